import type { ReactNode } from 'react';
import { cx } from './class-names.ts';
import { describedBy, FieldError } from './field-parts.tsx';

/** What the control of a field needs to be linked to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

export interface FieldTextProps {
  id: string;
  label: ReactNode;
  description?: ReactNode;
  error?: string | undefined;
}

interface FormFieldProps extends FieldTextProps {
  /** The kind of control: sets Utrecht's modifier class and, for a checkbox, the order. */
  kind?: 'text' | 'select' | 'textarea' | 'checkbox' | 'file';
  /** Keep the label for assistive technology only (inside a table with its own headers). */
  hideLabel?: boolean;
  /** Marks the control invalid without a message of its own (a text over its limit). */
  invalid?: boolean;
  /** More elements that describe the control, after the hint and the error (a counter). */
  describedByIds?: (string | undefined)[];
  /** Extra class names of the element around the control. */
  inputClassName?: string;
  /** The control, given the id and the aria attributes that link it. */
  children: (control: FieldControlProps) => ReactNode;
  /** Shown under the control (a counter). */
  after?: ReactNode;
}

/**
 * One form field: label, optional hint, error message and the control, linked for assistive
 * technology (the hint and the error through aria-describedby, the error through aria-invalid).
 * The hint's id is `${id}-hint`, the error's `${id}-fout`. A checkbox comes before its label.
 */
export function FormField({
  id,
  label,
  description,
  error,
  kind,
  hideLabel,
  invalid,
  describedByIds = [],
  inputClassName,
  children,
  after,
}: FormFieldProps) {
  const descriptionId = description ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  const checkbox = kind === 'checkbox';
  const labelPart = (
    <div className={cx('utrecht-form-field__label', hideLabel && 'sr-visually-hidden')}>
      <label
        className={cx('utrecht-form-label', checkbox && 'utrecht-form-label--checkbox')}
        htmlFor={id}
      >
        {label}
      </label>
    </div>
  );
  const descriptionPart = description ? (
    <div
      id={descriptionId}
      className="utrecht-form-field__description utrecht-form-field-description"
    >
      {description}
    </div>
  ) : null;
  const errorPart = errorId && error ? <FieldError id={errorId} message={error} /> : null;
  const inputPart = (
    <div className={cx('utrecht-form-field__input', inputClassName)}>
      {children({
        id,
        'aria-invalid': error || invalid ? true : undefined,
        'aria-describedby': describedBy(descriptionId, errorId, ...describedByIds),
      })}
    </div>
  );
  return (
    <div
      className={cx(
        'utrecht-form-field',
        kind && kind !== 'file' && `utrecht-form-field--${kind}`,
        'sr-form-field',
        kind === 'file' && 'sr-file-field',
        error && 'utrecht-form-field--invalid',
      )}
    >
      {checkbox ? (
        <>
          {inputPart}
          {labelPart}
          {descriptionPart}
          {errorPart}
        </>
      ) : (
        <>
          {labelPart}
          {descriptionPart}
          {errorPart}
          {inputPart}
        </>
      )}
      {after}
    </div>
  );
}
