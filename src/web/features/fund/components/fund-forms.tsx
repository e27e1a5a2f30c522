/**
 * Finance proposes a deposit or a correction; both count once a colleague approves them
 * (docs/rules/fund-ledger.md). The forms check with the API's own schemas.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import {
  type FundBooking,
  correctionBodySchema,
  depositBodySchema,
} from '../../../../server/features/fund/fund.schemas.ts';
import { StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { FormProblems } from '../../../components/form-problems.tsx';
import type { FieldSpec } from '../../../components/form-errors.ts';
import {
  into,
  optionalText,
  requiredEuroText,
  wholeNumberText,
} from '../../../components/form-schemas.ts';
import { formatEuro } from '../../../components/money.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useProposeCorrection, useProposeDeposit } from '../api/fund-api.ts';
import { fundTexts } from '../texts.ts';

interface DepositValues {
  amountCents: string;
  sourceYear: string;
  description: string;
}
const depositShape = depositBodySchema.shape;
const depositFormSchema = z
  .object({
    amountCents: requiredEuroText().pipe(into(depositShape.amountCents)),
    sourceYear: wholeNumberText('Het jaar').pipe(into(depositShape.sourceYear)),
    description: optionalText,
  })
  .pipe(into(depositBodySchema));
type DepositOutput = z.output<typeof depositFormSchema>;
const depositResolver = zodResolver(depositFormSchema) as unknown as Resolver<
  DepositValues,
  unknown,
  DepositOutput
>;
const depositFields: FieldSpec<DepositValues>[] = [
  { name: 'amountCents', id: 'storting-bedrag' },
  { name: 'sourceYear', id: 'storting-jaar' },
  { name: 'description', id: 'storting-omschrijving' },
];

export function DepositForm() {
  const texts = fundTexts.deposit;
  const propose = useProposeDeposit();
  const feedback = useFormFeedback(fundTexts.failed);
  const form = useForm<DepositValues, unknown, DepositOutput>({
    resolver: depositResolver,
    defaultValues: { amountCents: '', sourceYear: '', description: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const onValid = async (output: DepositOutput) => {
    feedback.reset();
    try {
      await propose.mutateAsync(output);
      feedback.succeeded(texts.saved);
      form.reset();
    } catch (error) {
      feedback.failed(error, form.setError, depositFields);
    }
  };
  return (
    <section aria-labelledby="storting-titel" className="sr-section sr-form-section">
      <h2 id="storting-titel" className="utrecht-heading-2">
        {texts.title}
      </h2>
      <p className="utrecht-paragraph">{texts.hint}</p>
      <StatusMessage>{feedback.status}</StatusMessage>
      <FormProblems
        id="storting-fouten"
        errors={errors}
        fields={depositFields}
        feedback={feedback}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <TextField
          id="storting-bedrag"
          label={texts.amount}
          inputMode="decimal"
          error={errors.amountCents?.message}
          {...form.register('amountCents')}
        />
        <TextField
          id="storting-jaar"
          label={texts.sourceYear}
          description={texts.sourceYearHint}
          inputMode="numeric"
          error={errors.sourceYear?.message}
          {...form.register('sourceYear')}
        />
        <TextField
          id="storting-omschrijving"
          label={texts.description}
          description={texts.descriptionHint}
          error={errors.description?.message}
          {...form.register('description')}
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

interface CorrectionValues {
  correctsId: string;
  amountCents: string;
  reason: string;
}
const correctionShape = correctionBodySchema.shape;
const correctionFormSchema = z
  .object({
    correctsId: correctionShape.correctsId,
    amountCents: requiredEuroText().pipe(into(correctionShape.amountCents)),
    reason: z.string(),
  })
  .pipe(into(correctionBodySchema));
type CorrectionOutput = z.output<typeof correctionFormSchema>;
const correctionResolver = zodResolver(correctionFormSchema) as unknown as Resolver<
  CorrectionValues,
  unknown,
  CorrectionOutput
>;
const correctionFields: FieldSpec<CorrectionValues>[] = [
  { name: 'correctsId', id: 'correctie-boeking' },
  { name: 'amountCents', id: 'correctie-bedrag' },
  { name: 'reason', id: 'correctie-reden' },
];

/** The bookings that count and are not corrections themselves can be corrected. */
export function CorrectionForm({ bookings }: { bookings: FundBooking[] }) {
  const texts = fundTexts.correction;
  const propose = useProposeCorrection();
  const feedback = useFormFeedback(fundTexts.failed);
  const form = useForm<CorrectionValues, unknown, CorrectionOutput>({
    resolver: correctionResolver,
    defaultValues: { correctsId: '', amountCents: '', reason: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const correctable = bookings.filter((b) => !b.pending && b.kind !== 'correction');
  const onValid = async (output: CorrectionOutput) => {
    feedback.reset();
    try {
      await propose.mutateAsync(output);
      feedback.succeeded(texts.saved);
      form.reset();
    } catch (error) {
      feedback.failed(error, form.setError, correctionFields);
    }
  };
  return (
    <section aria-labelledby="correctie-titel" className="sr-section sr-form-section">
      <h2 id="correctie-titel" className="utrecht-heading-2">
        {texts.title}
      </h2>
      <p className="utrecht-paragraph">{texts.hint}</p>
      <StatusMessage>{feedback.status}</StatusMessage>
      <FormProblems
        id="correctie-fouten"
        errors={errors}
        fields={correctionFields}
        feedback={feedback}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <SelectField
          id="correctie-boeking"
          label={texts.booking}
          placeholder={texts.choose}
          options={correctable.map((b) => ({
            value: b.id,
            label: `${fundTexts.kinds[b.kind]} ${formatEuro(b.amountCents)} — ${bookingAbout(b)}`,
          }))}
          error={errors.correctsId?.message}
          {...form.register('correctsId')}
        />
        <TextField
          id="correctie-bedrag"
          label={texts.amount}
          inputMode="decimal"
          error={errors.amountCents?.message}
          {...form.register('amountCents')}
        />
        <TextareaField
          id="correctie-reden"
          label={texts.reason}
          rows={3}
          error={errors.reason?.message}
          {...form.register('reason')}
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

/** What a booking is about, in a few words. */
export function bookingAbout(b: FundBooking): string {
  if (b.kind === 'correction')
    return fundTexts.correctionOf(fundTexts.kinds[b.correctsKind ?? 'deposit'], b.reason ?? '');
  if (b.grantReference) return fundTexts.grant(b.grantReference);
  const parts = [
    b.sourceYear !== null ? fundTexts.annualResult(b.sourceYear) : null,
    b.description,
  ].filter((p): p is string => !!p && p !== '');
  return parts.join(' — ') || '—';
}
