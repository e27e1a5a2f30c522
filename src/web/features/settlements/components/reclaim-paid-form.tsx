import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { reclaimPaidBodySchema } from '../../../../server/features/settlements/settlements.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { type FieldSpec, summaryErrors } from '../../../components/form-errors.ts';
import { TextField } from '../../../components/text-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useRegisterReclaimPaid } from '../api/settlements-api.ts';
import { settlementsTexts } from '../texts.ts';

const texts = settlementsTexts.reclaimForm;

interface Values {
  paidDay: string;
}
type Output = z.output<typeof reclaimPaidBodySchema>;
const resolver = zodResolver(reclaimPaidBodySchema) as unknown as Resolver<Values, unknown, Output>;
const fields: FieldSpec<Values>[] = [{ name: 'paidDay', id: 'terugbetaald-op' }];

/** Finance records the day the reclaim came in; the grant is then closed (afgerekend). */
export function ReclaimPaidForm({ grantId, today }: { grantId: string; today: string }) {
  const register = useRegisterReclaimPaid(grantId);
  const feedback = useFormFeedback(settlementsTexts.failed);
  const form = useForm<Values, unknown, Output>({
    resolver,
    defaultValues: { paidDay: today },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const onValid = async (output: Output) => {
    feedback.reset();
    try {
      await register.mutateAsync(output);
      feedback.succeeded(texts.saved);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };
  return (
    <div className="sr-form-section">
      <h3 className="utrecht-heading-3">{texts.title}</h3>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id="terugbetaald-fouten"
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <TextField
          id="terugbetaald-op"
          type="date"
          label={texts.paidDay}
          error={errors.paidDay?.message}
          {...form.register('paidDay')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.submit}
          </Button>
        </div>
      </form>
    </div>
  );
}
