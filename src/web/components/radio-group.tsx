import type { ReactNode, Ref } from 'react';
import { cx } from './class-names.ts';
import { describedBy, FieldError } from './field-parts.tsx';

export interface RadioOption {
  value: string;
  label: string;
  description?: string;
}

interface RadioGroupProps {
  /** Prefix of the ids; the first option gets `${id}-0` (link target of the error summary). */
  id: string;
  legend: string;
  name: string;
  options: RadioOption[];
  value: string | null;
  onChange: (value: string) => void;
  onBlur?: () => void;
  inputRef?: Ref<HTMLInputElement>;
  description?: ReactNode;
  error?: string | undefined;
  disabled?: boolean;
}

/** Radio buttons in a fieldset with a legend. */
export function RadioGroup({
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
  disabled,
}: RadioGroupProps) {
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
      {options.map((option, index) => {
        const optionId = `${id}-${index}`;
        const hintId = option.description ? `${optionId}-hint` : undefined;
        return (
          <div
            className="utrecht-form-field utrecht-form-field--radio sr-checkbox-option"
            key={option.value}
          >
            <div className="utrecht-form-field__input">
              <input
                id={optionId}
                ref={index === 0 ? inputRef : undefined}
                type="radio"
                name={name}
                value={option.value}
                className="utrecht-radio-button utrecht-radio-button--html-input sr-checkbox"
                checked={value === option.value}
                disabled={disabled}
                aria-invalid={error ? true : undefined}
                aria-describedby={hintId}
                onBlur={onBlur}
                onChange={() => onChange(option.value)}
              />
            </div>
            <div className="utrecht-form-field__label">
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={optionId}>
                {option.label}
              </label>
            </div>
            {option.description ? (
              <div
                id={hintId}
                className="utrecht-form-field__description utrecht-form-field-description"
              >
                {option.description}
              </div>
            ) : null}
          </div>
        );
      })}
    </fieldset>
  );
}
