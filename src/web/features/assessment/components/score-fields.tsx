import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import {
  CRITERION_LABELS,
  JUDGED_CRITERIA,
  type JudgedCriterion,
} from '../../../../domain/tender/categories.ts';
import type { FieldSpec } from '../../../components/form-errors.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { assessmentTexts } from '../texts.ts';
import type { ScoreFormValues } from './score-form-schema.ts';
import { Fieldset } from '../../../components/fieldset.tsx';

const texts = assessmentTexts.assess;
const SCORE_OPTIONS = Array.from({ length: 11 }, (_, n) => ({
  value: String(n),
  label: String(n),
}));

export const scoreFieldId = (formId: string, criterion: string, part: 'score' | 'motivation') =>
  `${formId}-${part === 'score' ? 'score' : 'motivering'}-${criterion}`;

/** The fields in the order of the form, for the error summary. */
export function scoreFieldSpecs(formId: string): FieldSpec<ScoreFormValues>[] {
  return JUDGED_CRITERIA.flatMap((criterion) => [
    { name: `scores.${criterion}.score` as const, id: scoreFieldId(formId, criterion, 'score') },
    {
      name: `scores.${criterion}.motivation` as const,
      id: scoreFieldId(formId, criterion, 'motivation'),
    },
  ]);
}

/** What the application says on one criterion, shown beside its score. */
export interface CriterionAnswer {
  label: string;
  explanation: string;
  text: string;
}

interface ScoreFieldsProps {
  formId: string;
  register: UseFormRegister<ScoreFormValues>;
  errors: FieldErrors<ScoreFormValues>;
  motivationLengths: Partial<Record<string, number>>;
  /** The application's answers: each is shown beside the fields of its criterion. */
  answers?: Partial<Record<JudgedCriterion, CriterionAnswer>>;
}

/**
 * Per judged criterion: a fieldset with a score 0–10 and a motivation. With the application's
 * answers, each criterion is a row: the answer on the left and the fields on the right on a
 * wide screen, the answer above the fields on a narrow one.
 */
export function ScoreFields({
  formId,
  register,
  errors,
  motivationLengths,
  answers,
}: ScoreFieldsProps) {
  return (
    <>
      {JUDGED_CRITERIA.map((criterion) => {
        const label = CRITERION_LABELS[criterion];
        const entryErrors = errors.scores?.[criterion];
        const answer = answers?.[criterion];
        const fieldset = (
          <Fieldset key={criterion} framed legend={label}>
            <SelectField
              id={scoreFieldId(formId, criterion, 'score')}
              label={texts.scoreLabel(label)}
              placeholder={texts.chooseScore}
              options={SCORE_OPTIONS}
              error={entryErrors?.score?.message}
              {...register(`scores.${criterion}.score`)}
            />
            <TextareaField
              id={scoreFieldId(formId, criterion, 'motivation')}
              label={texts.motivationLabel(label)}
              rows={4}
              limit={5000}
              length={motivationLengths[criterion] ?? 0}
              error={entryErrors?.motivation?.message}
              {...register(`scores.${criterion}.motivation`)}
            />
          </Fieldset>
        );
        if (!answer) return fieldset;
        const answerId = `${formId}-antwoord-${criterion}`;
        return (
          <div key={criterion} className="sr-score-row">
            <section className="sr-score-row__answer" aria-labelledby={answerId}>
              <h3 id={answerId} className="utrecht-heading-3">
                {texts.answerTitle(answer.label)}
              </h3>
              {answer.explanation ? (
                <p className="utrecht-paragraph sr-muted">{answer.explanation}</p>
              ) : null}
              <p className="utrecht-paragraph sr-long-text">
                {answer.text.trim() || texts.noAnswer}
              </p>
            </section>
            <div className="sr-score-row__fields">{fieldset}</div>
          </div>
        );
      })}
    </>
  );
}
