import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from './class-names.ts';
import { describedBy, FieldError } from './field-parts.tsx';

export interface SelectOption {
  value: string;
  label: string;
}

export interface SelectGroup {
  label: string;
  options: SelectOption[];
}

interface SelectFieldProps extends Omit<ComponentPropsWithRef<'select'>, 'id'> {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string | undefined;
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
  const descriptionId = description ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  return (
    <div
      className={cx(
        'utrecht-form-field',
        'utrecht-form-field--select',
        'sr-form-field',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className={cx('utrecht-form-field__label', hideLabel && 'sr-visually-hidden')}>
        <label className="utrecht-form-label" htmlFor={id}>
          {label}
        </label>
      </div>
      {description ? (
        <div
          id={descriptionId}
          className="utrecht-form-field__description utrecht-form-field-description"
        >
          {description}
        </div>
      ) : null}
      {errorId && error ? <FieldError id={errorId} message={error} /> : null}
      <div className="utrecht-form-field__input">
        <select
          id={id}
          className={cx(
            'utrecht-select',
            'utrecht-select--html-select',
            error && 'utrecht-select--invalid',
            className,
          )}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
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
      </div>
    </div>
  );
}
