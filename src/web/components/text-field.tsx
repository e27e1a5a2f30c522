import type { ComponentPropsWithRef, ReactNode } from 'react';
import { cx } from './class-names.ts';
import { describedBy, FieldError } from './field-parts.tsx';

interface TextFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id'> {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string | undefined;
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
  const descriptionId = description ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  return (
    <div
      className={cx(
        'utrecht-form-field',
        'utrecht-form-field--text',
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
        <input
          id={id}
          type="text"
          className={cx(
            'utrecht-textbox',
            'utrecht-textbox--html-input',
            error && 'utrecht-textbox--invalid',
            className,
          )}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
          {...input}
        />
      </div>
    </div>
  );
}
