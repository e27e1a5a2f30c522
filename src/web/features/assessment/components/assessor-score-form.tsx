import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type Path, type Resolver } from 'react-hook-form';
import type { ScoreSheet } from '../../../../domain/tender/assessment.ts';
import type { JudgedCriterion } from '../../../../domain/tender/categories.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors } from '../../../components/form-errors.ts';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useSaveScores } from '../api/assessment-api.ts';
import { assessmentTexts } from '../texts.ts';
import { type CriterionAnswer, ScoreFields, scoreFieldSpecs } from './score-fields.tsx';
import {
  completenessProblems,
  scoreFormSchema,
  scoreFormValues,
  type ScoreFormOutput,
  type ScoreFormValues,
} from './score-form-schema.ts';

const texts = assessmentTexts.assess;
const ID = 'scores';
const fields = scoreFieldSpecs(ID);
const resolver = zodResolver(scoreFormSchema) as unknown as Resolver<
  ScoreFormValues,
  unknown,
  ScoreFormOutput
>;

/** The assessor's own scores: save as often as needed, then submit once (after confirming). */
export function AssessorScoreForm({
  applicationId,
  scores,
  answers,
  onSubmitted,
}: {
  applicationId: string;
  scores: ScoreSheet;
  answers: Partial<Record<JudgedCriterion, CriterionAnswer>>;
  onSubmitted: () => void;
}) {
  const save = useSaveScores(applicationId);
  const feedback = useFormFeedback(assessmentTexts.loadFailed);
  const [pending, setPending] = useState<ScoreSheet | null>(null);
  const form = useForm<ScoreFormValues, unknown, ScoreFormOutput>({
    resolver,
    defaultValues: scoreFormValues(scores),
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const values = form.watch('scores');
  const lengths = Object.fromEntries(
    Object.entries(values).map(([criterion, entry]) => [criterion, entry.motivation.length]),
  );

  const onSave = async (output: ScoreFormOutput) => {
    feedback.reset();
    try {
      await save.mutateAsync({ scores: output.scores, submit: false });
      feedback.succeeded(texts.saved);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  const onSubmitRequest = (output: ScoreFormOutput) => {
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
    setPending(output.scores);
  };

  const onConfirm = async () => {
    if (!pending) return;
    try {
      await save.mutateAsync({ scores: pending, submit: true });
      setPending(null);
      onSubmitted();
    } catch (error) {
      setPending(null);
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
        className="sr-form sr-form--side-by-side"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onSave, feedback.invalid)(event)}
      >
        <ScoreFields
          formId={ID}
          register={form.register}
          errors={errors}
          motivationLengths={lengths}
          answers={answers}
        />
        <div className="sr-actions">
          <Button type="submit" appearance="secondary" busy={isSubmitting}>
            {texts.save}
          </Button>
          <Button
            busy={save.isPending}
            onClick={(event) => void form.handleSubmit(onSubmitRequest, feedback.invalid)(event)}
          >
            {texts.submit}
          </Button>
        </div>
      </form>
      <ConfirmDialog
        open={pending !== null}
        title={texts.confirmTitle}
        confirmLabel={texts.confirm}
        busy={save.isPending}
        onConfirm={() => void onConfirm()}
        onCancel={() => setPending(null)}
      >
        <p className="utrecht-paragraph">{texts.confirmBody}</p>
      </ConfirmDialog>
    </>
  );
}
