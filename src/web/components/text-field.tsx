import type { ComponentPropsWithRef } from 'react';
import { cx } from './class-names.ts';
import { FormField, type FieldTextProps } from './form-field.tsx';

interface TextFieldProps extends FieldTextProps, Omit<ComponentPropsWithRef<'input'>, 'id'> {
  /** Keep the label for assistive technology only (inside a table with its own headers). */
  hideLabel?: boolean;
}

/** Label, optional hint, error message and text box, linked for assistive technology. */
export function TextField({
  id,
  label,
  description,
  error,
  hideLabel,
  className,
  ...input
}: TextFieldProps) {
  return (
    <FormField
      kind="text"
      id={id}
      label={label}
      description={description}
      error={error}
      hideLabel={hideLabel}
    >
      {(control) => (
        <input
          type="text"
          className={cx(
            'utrecht-textbox',
            'utrecht-textbox--html-input',
            error && 'utrecht-textbox--invalid',
            className,
          )}
          {...control}
          {...input}
        />
      )}
    </FormField>
  );
}
