import type { ReactNode, Ref } from 'react';
import { Fieldset } from './fieldset.tsx';

export interface ChoiceOption {
  value: string;
  label: ReactNode;
  description?: string;
}

interface CommonProps {
  /** Prefix of the ids; the first option gets `${id}-0` (link target of the error summary). */
  id: string;
  legend: string;
  name: string;
  options: ChoiceOption[];
  onBlur?: () => void;
  /** Receives the first option, so the form can move focus to the group. */
  ref?: Ref<HTMLInputElement>;
  description?: ReactNode;
  error?: string | undefined;
  disabled?: boolean;
  /** Shown instead of the options when there is nothing to choose. */
  emptyText?: string;
  /**
   * `list`: one option under the other, the label beside its box. `scale`: the options in a
   * row of large touch targets (a mark from 0 to 10).
   */
  layout?: 'list' | 'scale';
  /** Extra class names of the fieldset. */
  className?: string;
  /** Shown after the options, inside the fieldset. */
  children?: ReactNode;
}

/** Checkboxes: the value is the list of checked values, in the order of the options. */
interface CheckboxProps extends CommonProps {
  type: 'checkbox';
  value: readonly string[];
  onChange: (value: string[]) => void;
}

/** Radio buttons: the value is the chosen value, or null before a choice. */
interface RadioProps extends CommonProps {
  type: 'radio';
  value: string | null;
  onChange: (value: string) => void;
}

export type ChoiceGroupProps = CheckboxProps | RadioProps;

/**
 * Checkboxes or radio buttons in a fieldset with a legend, an optional hint and an error
 * message. Works as a react-hook-form Controller's field (`{...field}`).
 */
export function ChoiceGroup(props: ChoiceGroupProps) {
  const {
    id,
    legend,
    name,
    options,
    onBlur,
    ref,
    description,
    error,
    disabled,
    emptyText,
    layout = 'list',
    className,
    children,
  } = props;
  const checked = (value: string) =>
    props.type === 'checkbox' ? props.value.includes(value) : props.value === value;
  const choose = (value: string, on: boolean) => {
    if (props.type === 'radio') return props.onChange(value);
    const next = on ? [...props.value, value] : props.value.filter((v) => v !== value);
    // Keep the order of the options, so the value is stable.
    props.onChange(options.map((o) => o.value).filter((v) => next.includes(v)));
  };
  const input = (option: ChoiceOption, index: number, hintId?: string) => (
    <input
      id={`${id}-${index}`}
      ref={index === 0 ? ref : undefined}
      type={props.type}
      name={name}
      value={option.value}
      className={
        props.type === 'radio'
          ? 'utrecht-radio-button utrecht-radio-button--html-input sr-checkbox'
          : 'utrecht-checkbox utrecht-checkbox--html-input sr-checkbox'
      }
      checked={checked(option.value)}
      disabled={disabled}
      aria-invalid={error ? true : undefined}
      aria-describedby={hintId}
      onBlur={onBlur}
      onChange={(event) => choose(option.value, event.target.checked)}
    />
  );
  return (
    <Fieldset id={id} legend={legend} description={description} error={error} className={className}>
      {options.length === 0 && emptyText ? <p className="utrecht-paragraph">{emptyText}</p> : null}
      {layout === 'scale' ? (
        <div className="sr-score-options">
          {options.map((option, index) => (
            <label key={option.value} className="sr-score-option" htmlFor={`${id}-${index}`}>
              {input(option, index)}
              <span>{option.label}</span>
            </label>
          ))}
        </div>
      ) : (
        options.map((option, index) => {
          const optionId = `${id}-${index}`;
          const hintId = option.description ? `${optionId}-hint` : undefined;
          return (
            <div
              className={`utrecht-form-field utrecht-form-field--${props.type} sr-checkbox-option`}
              key={option.value}
            >
              <div className="utrecht-form-field__input">{input(option, index, hintId)}</div>
              <div className="utrecht-form-field__label">
                <label
                  className={`utrecht-form-label utrecht-form-label--${props.type}`}
                  htmlFor={optionId}
                >
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
        })
      )}
      {children}
    </Fieldset>
  );
}
