import type { ComponentPropsWithRef } from 'react';
import { cx } from './class-names.ts';
import { FormField, type FieldTextProps } from './form-field.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectGroup {
  label: string;
  options: SelectOption[];
}

interface SelectFieldProps extends FieldTextProps, Omit<ComponentPropsWithRef<'select'>, 'id'> {
  options?: SelectOption[];
  groups?: SelectGroup[];
  /** The first, empty choice ("Kies …"), when nothing need be chosen yet. */
  placeholder?: string;
  /** Keep the label for assistive technology only (inside a table with its own headers). */
  hideLabel?: boolean;
}

/** Label, optional hint, error message and a native select. */
export function SelectField({
  id,
  label,
  description,
  error,
  options = [],
  groups = [],
  placeholder,
  hideLabel,
  className,
  ...select
}: SelectFieldProps) {
  return (
    <FormField
      kind="select"
      id={id}
      label={label}
      description={description}
      error={error}
      hideLabel={hideLabel}
    >
      {(control) => (
        <select
          className={cx(
            'utrecht-select',
            'utrecht-select--html-select',
            error && 'utrecht-select--invalid',
            className,
          )}
          {...control}
          {...select}
        >
          {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </FormField>
  );
}
