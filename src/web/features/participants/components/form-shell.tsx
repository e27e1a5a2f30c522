import type { ReactNode } from 'react';
import { FormProvider, type FieldValues, type UseFormReturn } from 'react-hook-form';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';

interface FormShellProps<TValues extends FieldValues, TOutput> {
  id: string;
  form: UseFormReturn<TValues, unknown, TOutput>;
  /** The fields in the order of the form, for the error summary. */
  fields: FieldSpec<TValues>[];
  submitLabel: string;
  failedMessage: string;
  /** Saves; returns the message to show, or null (when it navigates away). */
  onSave: (values: TOutput) => Promise<string | null>;
  children: ReactNode;
}

/**
 * What every participant form has around its fields: the success or server message, the error
 * summary (focused when sending fails), the server's field errors next to the fields, and the
 * submit button. The fields read the form through the `FormProvider`.
 */
export function FormShell<TValues extends FieldValues, TOutput>({
  id,
  form,
  fields,
  submitLabel,
  failedMessage,
  onSave,
  children,
}: FormShellProps<TValues, TOutput>) {
  const feedback = useFormFeedback(failedMessage);
  const onValid = async (values: TOutput) => {
    feedback.reset();
    try {
      feedback.succeeded(await onSave(values));
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };
  return (
    <FormProvider {...form}>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${id}-fouten`}
        errors={summaryErrors(form.formState.errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        {children}
        <div className="sr-actions">
          <Button type="submit" busy={form.formState.isSubmitting}>
            {submitLabel}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
