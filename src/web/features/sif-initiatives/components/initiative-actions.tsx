/**
 * What each role does on an initiative (docs/rules/sif-initiatives.md): an assessor scores it,
 * the policy officer decides against the fund's free balance, the organisation reports its
 * impact. Each form checks with the API's own schema.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { formatDay } from '../../../../domain/dates.ts';
import { impactBodySchema } from '../../../../domain/sif/impact.ts';
import {
  REFUSAL_GROUNDS,
  SIF_CRITERIA,
  SIF_CRITERION_LABELS,
} from '../../../../domain/sif/initiative.ts';
import {
  type Initiative,
  assessmentBodySchema,
  decisionBodySchema,
} from '../../../../server/features/sif-initiatives/sif-initiatives.schemas.ts';
import type { FieldSpec } from '../../../components/form-errors.ts';
import { euroText, into, requiredWholeNumberText } from '../../../components/form-schemas.ts';
import { euroInputValue, formatEuro } from '../../../components/money.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useDecide, useSubmitAssessment, useSubmitImpact } from '../api/sif-api.ts';
import { FormSection } from './form-section.tsx';
import { sifTexts } from '../texts.ts';

type ScoreValues = { scores: Record<string, { score: string; motivation: string }> };
const scoreFormSchema = z
  .object({
    scores: z.object(
      Object.fromEntries(
        SIF_CRITERIA.map((c) => [
          c,
          z.object({
            score: requiredWholeNumberText(
              'Een score',
              `Geef een score van 0 tot en met 10 voor ${SIF_CRITERION_LABELS[c]}.`,
            ),
            motivation: z
              .string()
              .trim()
              .min(1, {
                message: `Schrijf een motivering bij de score voor ${SIF_CRITERION_LABELS[c]}.`,
              }),
          }),
        ]),
      ),
    ),
  })
  .pipe(into(assessmentBodySchema));
type ScoreOutput = z.output<typeof scoreFormSchema>;
const scoreFields: FieldSpec<ScoreValues>[] = SIF_CRITERIA.flatMap((c) => [
  { name: `scores.${c}.score` as const, id: `sif-score-${c}` },
  { name: `scores.${c}.motivation` as const, id: `sif-motivering-${c}` },
]);

export function AssessmentForm({ initiative }: { initiative: Initiative }) {
  const t = sifTexts.assess;
  const submit = useSubmitAssessment(initiative.id);
  const feedback = useFormFeedback(sifTexts.failed);
  const form = useForm<ScoreValues, unknown, ScoreOutput>({
    resolver: zodResolver(scoreFormSchema) as unknown as Resolver<
      ScoreValues,
      unknown,
      ScoreOutput
    >,
    defaultValues: {
      scores: Object.fromEntries(SIF_CRITERIA.map((c) => [c, { score: '', motivation: '' }])),
    },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const onValid = async (output: ScoreOutput) => {
    feedback.reset();
    try {
      await submit.mutateAsync(output);
      feedback.succeeded(t.saved);
    } catch (error) {
      feedback.failed(error, form.setError, scoreFields);
    }
  };
  return (
    <FormSection
      id="sif-beoordeling"
      title={t.title}
      hint={<p className="utrecht-paragraph">{t.hint}</p>}
      errors={errors}
      fields={scoreFields}
      feedback={feedback}
      onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      submitLabel={t.submit}
      busy={isSubmitting}
    >
      {SIF_CRITERIA.map((c) => (
        <div key={c}>
          <TextField
            id={`sif-score-${c}`}
            label={t.score(SIF_CRITERION_LABELS[c])}
            inputMode="numeric"
            error={errors.scores?.[c]?.score?.message}
            {...form.register(`scores.${c}.score`)}
          />
          <TextareaField
            id={`sif-motivering-${c}`}
            label={t.motivation(SIF_CRITERION_LABELS[c])}
            error={errors.scores?.[c]?.motivation?.message}
            {...form.register(`scores.${c}.motivation`)}
          />
        </div>
      ))}
    </FormSection>
  );
}

interface DecisionValues {
  outcome: string;
  grantedCents: string;
  refusalGround: string;
  reasons: string;
  lateReason: string;
}
const decisionShape = decisionBodySchema.shape;
const decisionFormSchema = z
  .object({
    outcome: decisionShape.outcome,
    grantedCents: euroText.transform((cents) => cents ?? 0),
    refusalGround: z.string().transform((g) => (g === '' ? null : g)),
    reasons: z.string(),
    lateReason: z.string(),
  })
  .pipe(into(decisionBodySchema));
type DecisionOutput = z.output<typeof decisionFormSchema>;
const decisionFields: FieldSpec<DecisionValues>[] = [
  { name: 'outcome', id: 'sif-besluit' },
  { name: 'grantedCents', id: 'sif-bedrag' },
  { name: 'refusalGround', id: 'sif-grond' },
  { name: 'reasons', id: 'sif-motivering' },
  { name: 'lateReason', id: 'sif-te-laat' },
];

export function DecisionForm({ initiative }: { initiative: Initiative }) {
  const t = sifTexts.decide;
  const decide = useDecide(initiative.id);
  const feedback = useFormFeedback(sifTexts.failed);
  const allowed = initiative.fund?.allowedOutcomes ?? [];
  const form = useForm<DecisionValues, unknown, DecisionOutput>({
    resolver: zodResolver(decisionFormSchema) as unknown as Resolver<
      DecisionValues,
      unknown,
      DecisionOutput
    >,
    defaultValues: {
      outcome: allowed[0] ?? '',
      grantedCents: allowed[0] === 'granted' ? euroInputValue(initiative.requestedCents) : '',
      refusalGround: '',
      reasons: '',
      lateReason: '',
    },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const outcome = form.watch('outcome');
  const late = initiative.daysLeft < 0;
  const onValid = async (output: DecisionOutput) => {
    feedback.reset();
    try {
      await decide.mutateAsync(output);
      feedback.succeeded(t.saved);
    } catch (error) {
      feedback.failed(error, form.setError, decisionFields);
    }
  };
  const free = initiative.fund ? (
    <p className="utrecht-paragraph">{t.free(formatEuro(initiative.fund.freeCents))}</p>
  ) : null;
  if (allowed.length === 0)
    return (
      <section aria-labelledby="sif-besluiten-titel" className="sr-section">
        <h2 id="sif-besluiten-titel" className="utrecht-heading-2">
          {t.title}
        </h2>
        {free}
        <p className="utrecht-paragraph">{t.noneYet}</p>
      </section>
    );
  return (
    <FormSection
      id="sif-besluiten"
      title={t.title}
      hint={free}
      errors={errors}
      fields={decisionFields}
      feedback={feedback}
      onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      submitLabel={t.submit}
      busy={isSubmitting}
    >
      <SelectField
        id="sif-besluit"
        label={t.outcome}
        options={allowed.map((o) => ({ value: o, label: sifTexts.outcomes[o] }))}
        error={errors.outcome?.message}
        {...form.register('outcome')}
      />
      {outcome !== 'refused' ? (
        <TextField
          id="sif-bedrag"
          label={t.amount}
          description={t.amountHint}
          inputMode="decimal"
          error={errors.grantedCents?.message}
          {...form.register('grantedCents')}
        />
      ) : (
        <SelectField
          id="sif-grond"
          label={t.ground}
          placeholder={sifTexts.form.choose}
          options={REFUSAL_GROUNDS.map((g) => ({ value: g, label: t.grounds[g] }))}
          error={errors.refusalGround?.message}
          {...form.register('refusalGround')}
        />
      )}
      <TextareaField
        id="sif-motivering"
        label={t.reasons}
        error={errors.reasons?.message}
        {...form.register('reasons')}
      />
      {late ? (
        <TextareaField
          id="sif-te-laat"
          label={t.lateReason}
          description={t.lateHint(formatDay(initiative.decisionDueDay))}
          error={errors.lateReason?.message}
          {...form.register('lateReason')}
        />
      ) : null}
    </FormSection>
  );
}

interface ImpactValues {
  structuralChange: string;
}
const impactFields: FieldSpec<ImpactValues>[] = [{ name: 'structuralChange', id: 'sif-impact' }];

export function ImpactForm({ initiative }: { initiative: Initiative }) {
  const t = sifTexts.impactForm;
  const submit = useSubmitImpact(initiative.id);
  const feedback = useFormFeedback(sifTexts.failed);
  const form = useForm<ImpactValues>({
    resolver: zodResolver(impactBodySchema),
    defaultValues: { structuralChange: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const onValid = async (values: ImpactValues) => {
    feedback.reset();
    try {
      await submit.mutateAsync(values);
      feedback.succeeded(t.saved);
    } catch (error) {
      feedback.failed(error, form.setError, impactFields);
    }
  };
  return (
    <FormSection
      id="sif-impactverslag-form"
      title={t.title}
      hint={<p className="utrecht-paragraph">{t.hint}</p>}
      errors={errors}
      fields={impactFields}
      feedback={feedback}
      onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      submitLabel={t.submit}
      busy={isSubmitting}
    >
      <TextareaField
        id="sif-impact"
        label={t.change}
        error={errors.structuralChange?.message}
        {...form.register('structuralChange')}
      />
    </FormSection>
  );
}
