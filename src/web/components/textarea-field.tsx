import { useEffect, useState, type ComponentPropsWithRef, type ReactNode } from 'react';
import { cx } from './class-names.ts';
import { describedBy, FieldError } from './field-parts.tsx';
import { widgetTexts } from './widget-texts.ts';

interface TextareaFieldProps extends Omit<ComponentPropsWithRef<'textarea'>, 'id'> {
  id: string;
  label: string;
  description?: ReactNode;
  error?: string | undefined;
  /** Show how many characters are used of this limit (the text may go over; it is marked). */
  limit?: number;
  /** The current text, for the counter. */
  length?: number;
}

/**
 * Label, hint, error and a multi-line text box. With a limit, a counter under the box says how
 * many characters are left; screen readers hear it when typing pauses, not at every key.
 */
export function TextareaField({
  id,
  label,
  description,
  error,
  limit,
  length = 0,
  className,
  ...textarea
}: TextareaFieldProps) {
  const descriptionId = description ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-fout` : undefined;
  const counterId = limit ? `${id}-teller` : undefined;
  const over = limit !== undefined && length > limit;
  const counterText = limit === undefined ? '' : widgetTexts.characterCount(length, limit);
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    if (!limit) return;
    const timer = setTimeout(() => setAnnounced(counterText), 1000);
    return () => clearTimeout(timer);
  }, [counterText, limit]);

  return (
    <div
      className={cx(
        'utrecht-form-field',
        'utrecht-form-field--textarea',
        'sr-form-field',
        error && 'utrecht-form-field--invalid',
      )}
    >
      <div className="utrecht-form-field__label">
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
        <textarea
          id={id}
          className={cx(
            'utrecht-textarea',
            'utrecht-textarea--html-textarea',
            (error || over) && 'utrecht-textarea--invalid',
            'sr-textarea',
            className,
          )}
          aria-invalid={error || over ? true : undefined}
          aria-describedby={describedBy(descriptionId, errorId, counterId)}
          {...textarea}
        />
      </div>
      {limit ? (
        <>
          <div id={counterId} className={cx('sr-counter', over && 'sr-counter--over')}>
            {counterText}
          </div>
          <div className="sr-visually-hidden" aria-live="polite">
            {announced}
          </div>
        </>
      ) : null}
    </div>
  );
}
