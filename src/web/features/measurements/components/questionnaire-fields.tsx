/**
 * The questions of a measurement, for the participant's questionnaire and the coordinator's
 * form alike: per dimension a fieldset with its explanation, the marks 0 to 10 as large native
 * radio buttons and "hier wil ik over praten"; then satisfaction and an optional remark.
 * Used inside a react-hook-form FormProvider whose values include the questionnaire.
 */
import type { ReactNode } from 'react';
import {
  useController,
  useFormContext,
  type DefaultValues,
  type FieldErrors,
} from 'react-hook-form';
import type { z } from 'zod';
import {
  HEALTH_DIMENSION_LABELS,
  HEALTH_DIMENSIONS,
  SATISFACTION_REMARK_MAX,
  SCORES,
  type HealthDimension,
  type questionnaireSchema,
} from '../../../../domain/participants/positive-health.ts';
import { Button } from '../../../components/button.tsx';
import { CheckboxField } from '../../../components/checkbox-field.tsx';
import { ChoiceGroup, type ChoiceOption } from '../../../components/choice-group.tsx';
import type { SummaryError } from '../../../components/error-summary.tsx';
import { errorMessage, type FieldSpec } from '../../../components/form-errors.ts';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { measurementsTexts } from '../texts.ts';
import './measurements.css';

export type QuestionnaireValues = z.input<typeof questionnaireSchema>;

/** Empty answers: no mark chosen yet, nothing ticked. */
export const emptyQuestionnaire = (): DefaultValues<QuestionnaireValues> => ({
  health: Object.fromEntries(HEALTH_DIMENSIONS.map((d) => [d, { wantsToTalk: false }])),
  satisfactionRemark: '',
});

const scoreId = (prefix: string, name: string) => `${prefix}-${name}-0`;

/** The fields of the questionnaire and the element the error summary links to. */
export function questionnaireFieldSpecs<T extends QuestionnaireValues>(prefix: string) {
  return [
    ...HEALTH_DIMENSIONS.map((d) => ({
      name: `health.${d}.score`,
      id: scoreId(prefix, d),
    })),
    { name: 'satisfaction', id: scoreId(prefix, 'tevredenheid') },
    { name: 'satisfactionRemark', id: `${prefix}-opmerking` },
  ] as FieldSpec<T>[];
}

/**
 * The error summary's messages, each with the question it is about ("Zingeving: geef een
 * cijfer…"): next to the field the legend says so, in the summary nothing else does.
 */
export function namedErrors(list: SummaryError[], prefix: string): SummaryError[] {
  const names = new Map<string, string>([
    ...HEALTH_DIMENSIONS.map((d): [string, string] => [
      scoreId(prefix, d),
      HEALTH_DIMENSION_LABELS[d].label,
    ]),
    [scoreId(prefix, 'tevredenheid'), measurementsTexts.satisfactionName],
  ]);
  return list.map((error) => {
    const name = error.fieldId ? names.get(error.fieldId) : undefined;
    if (!name) return error;
    const message = error.message.charAt(0).toLowerCase() + error.message.slice(1);
    return { ...error, message: `${name}: ${message}` };
  });
}

/** The words that differ between the participant's questionnaire and the coordinator's form. */
export interface QuestionnaireWording {
  /** "Hier wil ik over praten" or, for the coordinator, "…wil de deelnemer…". */
  talk: string;
  satisfaction: string;
  remark: string;
  remarkHint: string;
  submit: string;
}

/** The questions and the button that sends them. */
export function QuestionnaireFields({
  idPrefix,
  wording,
  busy,
}: {
  /** Prefix of the ids in this form. */
  idPrefix: string;
  wording: QuestionnaireWording;
  busy: boolean;
}) {
  const { register, watch, formState } = useFormContext<QuestionnaireValues>();
  const errors = formState.errors;
  const remark = watch('satisfactionRemark') ?? '';
  return (
    <>
      {HEALTH_DIMENSIONS.map((dimension: HealthDimension) => {
        const { label, explanation } = HEALTH_DIMENSION_LABELS[dimension];
        return (
          <ScoreFieldset
            key={dimension}
            id={`${idPrefix}-${dimension}`}
            legend={label}
            hint={explanation}
            error={dimensionError(errors, dimension)}
            name={`health.${dimension}.score`}
          >
            {/* Inside the dimension's fieldset: its legend says what the box is about. */}
            <CheckboxField
              id={`${idPrefix}-${dimension}-praten`}
              label={wording.talk}
              {...register(`health.${dimension}.wantsToTalk`)}
            />
          </ScoreFieldset>
        );
      })}
      <ScoreFieldset
        id={`${idPrefix}-tevredenheid`}
        legend={wording.satisfaction}
        error={errorMessage(errors, 'satisfaction')}
        name="satisfaction"
      />
      <TextareaField
        id={`${idPrefix}-opmerking`}
        label={wording.remark}
        description={wording.remarkHint}
        rows={4}
        limit={SATISFACTION_REMARK_MAX}
        length={remark.length}
        error={errorMessage(errors, 'satisfactionRemark')}
        {...register('satisfactionRemark')}
      />
      <div className="sr-actions">
        <Button type="submit" busy={busy}>
          {wording.submit}
        </Button>
      </div>
    </>
  );
}

function dimensionError(
  errors: FieldErrors<QuestionnaireValues>,
  dimension: HealthDimension,
): string | undefined {
  return (
    errorMessage(errors, `health.${dimension}.score`) ?? errorMessage(errors, `health.${dimension}`)
  );
}

interface ScoreFieldsetProps {
  id: string;
  legend: string;
  hint?: string;
  error: string | undefined;
  name: `health.${HealthDimension}.score` | 'satisfaction';
  children?: ReactNode;
}

/** One mark from 0 to 10: native radio buttons in a fieldset, each a large touch target. */
function ScoreFieldset({ id, legend, hint, error, name, children }: ScoreFieldsetProps) {
  // Controlled: the form holds a number (radio buttons only know text).
  const { field } = useController<QuestionnaireValues, typeof name>({ name });
  return (
    <ChoiceGroup
      type="radio"
      layout="scale"
      className="sr-score-fieldset"
      id={id}
      legend={legend}
      description={
        <>
          {hint ? <p className="utrecht-paragraph sr-score-hint">{hint}</p> : null}
          <p className="utrecht-paragraph sr-score-hint">{measurementsTexts.scale.hint}</p>
        </>
      }
      error={error}
      name={field.name}
      options={SCORE_OPTIONS}
      value={typeof field.value === 'number' ? String(field.value) : null}
      onChange={(value) => field.onChange(Number(value))}
      onBlur={field.onBlur}
      ref={field.ref}
    >
      {children}
    </ChoiceGroup>
  );
}

/** The marks 0 to 10; the ends say what they mean to a screen reader. */
const SCORE_OPTIONS: ChoiceOption[] = SCORES.map((score) => ({
  value: String(score),
  label: (
    <>
      {score}
      {score === 0 || score === 10 ? (
        <span className="sr-visually-hidden">
          {' '}
          ({score === 0 ? measurementsTexts.scale.low : measurementsTexts.scale.high})
        </span>
      ) : null}
    </>
  ),
}));
