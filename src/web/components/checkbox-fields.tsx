import type { ComponentPropsWithRef, ReactNode, Ref } from 'react';
import { cx } from './class-names.ts';
import { describedBy, FieldError } from './field-parts.tsx';

interface CheckboxFieldProps extends Omit<ComponentPropsWithRef<'input'>, 'id' | 'type'> {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string | undefined;
}

/** One checkbox with its label to the right. */
export function CheckboxField({ id, label, description, error, ...input }: CheckboxFieldProps) {
  const descriptionId = description ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  return (
    <div
      className={cx(
        'utrecht-form-field',
        'utrecht-form-field--checkbox',
        'sr-form-field',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__input">
        <input
          id={id}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input sr-checkbox"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId)}
          {...input}
        />
      </div>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={id}>
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
    </div>
  );
}

export interface CheckboxOption {
  value: string;
  label: string;
}

interface CheckboxGroupProps {
  /** Prefix of the ids; the first checkbox gets `${id}-0` (link targets of the error summary). */
  id: string;
  legend: string;
  name: string;
  options: CheckboxOption[];
  value: string[];
  onChange: (value: string[]) => void;
  onBlur?: () => void;
  /** Receives the first checkbox, so the form can move focus to the group. */
  inputRef?: Ref<HTMLInputElement>;
  description?: ReactNode;
  error?: string | undefined;
  /** Shown instead of checkboxes when there is nothing to choose. */
  emptyText?: string;
}

/** A group of checkboxes in a fieldset with a legend; the value is the list of checked values. */
export function CheckboxGroup({
  id,
  legend,
  name,
  options,
  value,
  onChange,
  onBlur,
  inputRef,
  description,
  error,
  emptyText,
}: CheckboxGroupProps) {
  const descriptionId = description ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  return (
    <fieldset
      className={cx(
        'utrecht-form-fieldset',
        'utrecht-form-fieldset--html-fieldset',
        'sr-fieldset',
        error && 'utrecht-form-fieldset--invalid',
      )}
      aria-describedby={describedBy(descriptionId, errorId)}
    >
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
        {legend}
      </legend>
      {description ? (
        <div id={descriptionId} className="utrecht-form-field-description">
          {description}
        </div>
      ) : null}
      {errorId && error ? <FieldError id={errorId} message={error} /> : null}
      {options.length === 0 && emptyText ? <p className="utrecht-paragraph">{emptyText}</p> : null}
      {options.map((option, index) => {
        const optionId = `${id}-${index}`;
        const checked = value.includes(option.value);
        return (
          <div
            className="utrecht-form-field utrecht-form-field--checkbox sr-checkbox-option"
            key={option.value}
          >
            <div className="utrecht-form-field__input">
              <input
                id={optionId}
                ref={index === 0 ? inputRef : undefined}
                type="checkbox"
                name={name}
                value={option.value}
                className="utrecht-checkbox utrecht-checkbox--html-input sr-checkbox"
                checked={checked}
                aria-invalid={error ? true : undefined}
                onBlur={onBlur}
                onChange={(event) => {
                  const next = event.target.checked
                    ? [...value, option.value]
                    : value.filter((v) => v !== option.value);
                  // Keep the order of the options, so the value is stable.
                  onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
                }}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={optionId}>
                {option.label}
              </label>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
