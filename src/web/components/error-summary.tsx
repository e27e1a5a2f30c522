import { useEffect, useRef } from 'react';
import { componentTexts } from './texts.ts';

export interface SummaryError {
  /** The id of the field (or the first input of a group) the message is about. */
  fieldId: string | null;
  message: string;
}

interface ErrorSummaryProps {
  id: string;
  errors: SummaryError[];
  /** Changes each time the form was sent and turned out wrong: focus moves to the summary. */
  focusSignal: number;
}

/**
 * The NL Design System error summary: at the top of the form, a list of what is wrong with
 * links that move focus to the field.
 */
export function ErrorSummary({ id, errors, focusSignal }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasErrors = errors.length > 0;

  useEffect(() => {
    if (focusSignal > 0 && hasErrors) ref.current?.focus();
  }, [focusSignal, hasErrors]);

  if (!hasErrors) return null;
  const headingId = `${id}-titel`;
  return (
    <div
      ref={ref}
      id={id}
      className="utrecht-alert utrecht-alert--error sr-alert sr-error-summary"
      tabIndex={-1}
      role="group"
      aria-labelledby={headingId}
    >
      <div className="utrecht-alert__content">
        <div className="utrecht-alert__message">
          <h2 id={headingId} className="utrecht-heading-2 sr-error-summary__title">
            {componentTexts.errorSummaryTitle}
          </h2>
          <p className="utrecht-paragraph">{componentTexts.errorSummaryIntro}</p>
          <ul className="utrecht-unordered-list">
            {errors.map((error, index) => (
              <li className="utrecht-unordered-list__item" key={`${error.fieldId ?? ''}-${index}`}>
                {error.fieldId ? (
                  <a
                    className="utrecht-link utrecht-link--html-a"
                    href={`#${error.fieldId}`}
                    onClick={(event) => {
                      const field = document.getElementById(error.fieldId ?? '');
                      if (!field) return;
                      event.preventDefault();
                      field.focus();
                      field.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {error.message}
                  </a>
                ) : (
                  error.message
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}
