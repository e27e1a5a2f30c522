import type { FormEventHandler, ReactNode } from 'react';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary, type SummaryError } from '../../../components/error-summary.tsx';
import type { useFormFeedback } from '../../../components/use-form-feedback.ts';

interface FeedbackFormProps {
  id: string;
  feedback: ReturnType<typeof useFormFeedback>;
  /** The messages for the error summary at the top. */
  errors: SummaryError[];
  onSubmit: FormEventHandler<HTMLFormElement>;
  submitLabel: string;
  busy: boolean;
  children: ReactNode;
  /**
   * Shown instead of the form when there is nothing left to fill in, under the same
   * messages: the live regions stay in place, so the last success is still announced.
   */
  replacement?: ReactNode;
}

/**
 * A form with what surrounds it: the success message, the server's message, the error
 * summary (which takes focus when the form is sent wrong) and the submit button.
 */
export function FeedbackForm({
  id,
  feedback,
  errors,
  onSubmit,
  submitLabel,
  busy,
  children,
  replacement,
}: FeedbackFormProps) {
  return (
    <>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      {replacement ?? (
        <>
          <ErrorSummary id={`${id}-fouten`} errors={errors} focusSignal={feedback.focusSignal} />
          <form id={id} className="sr-form" noValidate onSubmit={onSubmit}>
            {children}
            <div className="sr-actions">
              <Button type="submit" busy={busy}>
                {submitLabel}
              </Button>
            </div>
          </form>
        </>
      )}
    </>
  );
}
