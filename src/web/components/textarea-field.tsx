import { useEffect, useState, type ComponentPropsWithRef } from 'react';
import { cx } from './class-names.ts';
import { FormField, type FieldTextProps } from './form-field.tsx';
import { widgetTexts } from './widget-texts.ts';

interface TextareaFieldProps extends FieldTextProps, Omit<ComponentPropsWithRef<'textarea'>, 'id'> {
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
    <FormField
      kind="textarea"
      id={id}
      label={label}
      description={description}
      error={error}
      invalid={over}
      describedByIds={[counterId]}
      after={
        limit ? (
          <>
            <div id={counterId} className={cx('sr-counter', over && 'sr-counter--over')}>
              {counterText}
            </div>
            <div className="sr-visually-hidden" aria-live="polite">
              {announced}
            </div>
          </>
        ) : null
      }
    >
      {(control) => (
        <textarea
          className={cx(
            'utrecht-textarea',
            'utrecht-textarea--html-textarea',
            (error || over) && 'utrecht-textarea--invalid',
            'sr-textarea',
            className,
          )}
          {...control}
          {...textarea}
        />
      )}
    </FormField>
  );
}
