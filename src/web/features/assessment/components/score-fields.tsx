import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { CRITERION_LABELS, JUDGED_CRITERIA } from '../../../../domain/tender/categories.ts';
import type { FieldSpec } from '../../../components/form-errors.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { assessmentTexts } from '../texts.ts';
import type { ScoreFormValues } from './score-form-schema.ts';

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

interface ScoreFieldsProps {
  formId: string;
  register: UseFormRegister<ScoreFormValues>;
  errors: FieldErrors<ScoreFormValues>;
  motivationLengths: Partial<Record<string, number>>;
}

/** Per judged criterion: a fieldset with a score 0–10 and a motivation. */
export function ScoreFields({ formId, register, errors, motivationLengths }: ScoreFieldsProps) {
  return (
    <>
      {JUDGED_CRITERIA.map((criterion) => {
        const label = CRITERION_LABELS[criterion];
        const entryErrors = errors.scores?.[criterion];
        return (
          <fieldset
            key={criterion}
            className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset sr-fieldset sr-fieldset--group"
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {label}
            </legend>
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
          </fieldset>
        );
      })}
    </>
  );
}
