import type { FieldErrors, FieldValues } from 'react-hook-form';
import { ErrorMessage } from './alert.tsx';
import { ErrorSummary } from './error-summary.tsx';
import { type FieldSpec, summaryErrors } from './form-errors.ts';
import type { useFormFeedback } from './use-form-feedback.ts';

/** The server's message and the summary of the form's errors, above the form. */
export function FormProblems<V extends FieldValues>({
  id,
  errors,
  fields,
  feedback,
}: {
  id: string;
  errors: FieldErrors<V>;
  fields: FieldSpec<V>[];
  feedback: ReturnType<typeof useFormFeedback>;
}) {
  return (
    <>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={id}
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
    </>
  );
}
