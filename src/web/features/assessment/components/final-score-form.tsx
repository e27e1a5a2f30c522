import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import type { ScoreSheet } from '../../../../domain/tender/assessment.ts';
import type { JudgedCriterion } from '../../../../domain/tender/categories.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors } from '../../../components/form-errors.ts';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useFixFinalScores } from '../api/assessment-api.ts';
import { assessmentTexts } from '../texts.ts';
import { ScoreFields, scoreFieldSpecs } from './score-fields.tsx';
import {
  completenessProblems,
  scoreFormSchema,
  scoreFormValues,
  type ScoreFormOutput,
  type ScoreFormValues,
} from './score-form-schema.ts';

const texts = assessmentTexts.chair;
const ID = 'eindscores';
const fields = scoreFieldSpecs(ID);
const resolver = zodResolver(scoreFormSchema) as unknown as Resolver<
  ScoreFormValues,
  unknown,
  ScoreFormOutput
>;

/** The chair's final score per criterion, prefilled with the proposals. */
export function FinalScoreForm({
  applicationId,
  finals,
  proposals,
}: {
  applicationId: string;
  finals: ScoreSheet;
  proposals: Partial<Record<JudgedCriterion, number | null>>;
}) {
  const fix = useFixFinalScores(applicationId);
  const feedback = useFormFeedback(assessmentTexts.loadFailed);
  const form = useForm<ScoreFormValues, unknown, ScoreFormOutput>({
    resolver,
    defaultValues: scoreFormValues(finals, proposals),
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const values = form.watch('scores');
  const lengths = Object.fromEntries(
    Object.entries(values).map(([criterion, entry]) => [criterion, entry.motivation.length]),
  );

  const onValid = async (output: ScoreFormOutput) => {
    feedback.reset();
    const problems = completenessProblems(output.scores);
    if (problems.length > 0) {
      for (const problem of problems) {
        form.setError(problem.path as Path<ScoreFormValues>, {
          type: 'required',
          message: problem.message,
        });
      }
      feedback.invalid();
      return;
    }
    try {
      await fix.mutateAsync(output.scores);
      feedback.succeeded(texts.finalSaved);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${ID}-fouten`}
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        <ScoreFields
          formId={ID}
          register={form.register}
          errors={errors}
          motivationLengths={lengths}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.finalSubmit}
          </Button>
        </div>
      </form>
    </>
  );
}
