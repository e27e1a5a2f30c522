import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { settlementOutcome } from '../../../../domain/grants/settlement.ts';
import {
  type SettlementReview,
  settlementBodySchema,
} from '../../../../server/features/settlements/settlements.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { type FieldSpec, summaryErrors } from '../../../components/form-errors.ts';
import { into, requiredEuroText } from '../../../components/form-schemas.ts';
import { euroInputValue, formatEuro, parseEuro } from '../../../components/money.ts';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useProposeSettlement } from '../api/settlements-api.ts';
import { settlementsTexts } from '../texts.ts';
import { outcomeText } from './outcome-text.ts';

const texts = settlementsTexts.form;
const shape = settlementBodySchema.shape;

interface Values {
  settledCents: string;
  reasons: string;
}

// The amount is typed in euros; the API's own schema checks the cents and the reasons.
const formSchema = z
  .object({
    settledCents: requiredEuroText('Vul het vastgestelde bedrag in.').pipe(
      into(shape.settledCents),
    ),
    reasons: z.string(),
  })
  .pipe(into(settlementBodySchema));
type Output = z.output<typeof formSchema>;
const resolver = zodResolver(formSchema) as unknown as Resolver<Values, unknown, Output>;

const fields: FieldSpec<Values>[] = [
  { name: 'settledCents', id: 'vaststelling-bedrag' },
  { name: 'reasons', id: 'vaststelling-redenen' },
];

/**
 * The policy officer proposes the settled amount (or changes the proposal until the letter is
 * sent), and sees what it leads to against the advances paid: a reclaim or an extra payment.
 */
export function SettlementForm({ review }: { review: SettlementReview }) {
  const propose = useProposeSettlement(review.grantId);
  const feedback = useFormFeedback(settlementsTexts.failed);
  const form = useForm<Values, unknown, Output>({
    resolver,
    defaultValues: {
      settledCents: euroInputValue(review.settlement?.settledCents ?? review.limitCents),
      reasons: review.settlement?.reasons ?? '',
    },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const typed = parseEuro(form.watch('settledCents'));
  const reasons = form.watch('reasons');
  const preview =
    typeof typed === 'number' && typed <= review.grantedCents
      ? outcomeText(
          settlementOutcome({
            grantedCents: review.grantedCents,
            settledCents: typed,
            paidCents: review.paidCents,
          }),
        )
      : texts.previewNone;

  const onValid = async (output: Output) => {
    feedback.reset();
    try {
      await propose.mutateAsync(output);
      feedback.succeeded(texts.saved);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <section aria-labelledby="voorstel-titel" className="sr-section sr-form-section">
      <h2 id="voorstel-titel" className="utrecht-heading-2">
        {review.settlement ? texts.titleChange : texts.title}
      </h2>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id="vaststelling-fouten"
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <TextField
          id="vaststelling-bedrag"
          label={texts.amount}
          description={texts.amountHint(formatEuro(review.grantedCents))}
          inputMode="decimal"
          autoComplete="off"
          error={errors.settledCents?.message}
          {...form.register('settledCents')}
        />
        <p className="utrecht-paragraph" id="vaststelling-gevolg" aria-live="polite">
          <strong>{texts.preview}:</strong> {preview}
        </p>
        <TextareaField
          id="vaststelling-redenen"
          label={texts.reasons}
          description={texts.reasonsHint}
          rows={5}
          limit={4000}
          length={reasons.length}
          error={errors.reasons?.message}
          {...form.register('reasons')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.submit}
          </Button>
        </div>
      </form>
    </section>
  );
}
