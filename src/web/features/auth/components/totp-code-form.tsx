import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import {
  totpCodeBodySchema,
  type TotpCodeBody,
} from '../../../../server/features/auth/two-factor.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { TextField } from '../../../components/text-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';

interface TotpCodeFormProps {
  /** Unique on the page: the field's id and the summary's. */
  id: string;
  label: string;
  hint?: string;
  submit: string;
  failed: string;
  /** Resolves with the message to show, or null for none. */
  onCode: (body: TotpCodeBody) => Promise<string | null>;
}

/** One field for the app's current code, for a change that needs the second factor. */
export function TotpCodeForm({ id, label, hint, submit, failed, onCode }: TotpCodeFormProps) {
  const fields: FieldSpec<TotpCodeBody>[] = [{ name: 'code', id }];
  const feedback = useFormFeedback(failed);
  const form = useForm<TotpCodeBody>({
    resolver: zodResolver(totpCodeBodySchema),
    defaultValues: { code: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;

  const onValid = async (values: TotpCodeBody) => {
    feedback.reset();
    try {
      feedback.succeeded(await onCode(values));
      form.reset({ code: '' });
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${id}-fouten`}
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form sr-form--narrow"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <TextField
          id={id}
          label={label}
          description={hint}
          autoComplete="one-time-code"
          inputMode="numeric"
          spellCheck={false}
          error={errors.code?.message}
          {...form.register('code')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {submit}
          </Button>
        </div>
      </form>
    </>
  );
}
