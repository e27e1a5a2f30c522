import type { ComponentPropsWithRef } from 'react';
import { FormField, type FieldTextProps } from './form-field.tsx';

interface CheckboxFieldProps
  extends FieldTextProps, Omit<ComponentPropsWithRef<'input'>, 'id' | 'type'> {}

/** One checkbox with its label to the right. */
export function CheckboxField({ id, label, description, error, ...input }: CheckboxFieldProps) {
  return (
    <FormField kind="checkbox" id={id} label={label} description={description} error={error}>
      {(control) => (
        <input
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input sr-checkbox"
          {...control}
          {...input}
        />
      )}
    </FormField>
  );
}
