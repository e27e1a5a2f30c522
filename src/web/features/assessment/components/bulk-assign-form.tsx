import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { CATEGORY_LABELS, type Category } from '../../../../domain/tender/categories.ts';
import { bulkAssignBodySchema } from '../../../../server/features/assessment/assessment.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useAssignAssessorsToMany } from '../api/assessment-api.ts';
import { assessmentTexts } from '../texts.ts';

const texts = assessmentTexts.round.bulk;
type BulkValues = z.infer<typeof bulkAssignBodySchema>;
const resolver = zodResolver(bulkAssignBodySchema);
const ID = 'meerdere-toewijzen';
const fields: FieldSpec<BulkValues>[] = [
  { name: 'applicationIds', id: `${ID}-aanvragen-0` },
  { name: 'assessorIds', id: `${ID}-beoordelaars-0` },
];

interface BulkAssignFormProps {
  roundId: string;
  /** Applications submitted on time: late ones are not assessed. */
  applications: {
    applicationId: string;
    reference: string;
    category: Category;
    organisationName: string;
    excludedAssessorIds: string[];
  }[];
  assessors: { id: string; name: string }[];
}

/** The same assessors for every selected application, in one go (refused whole on a conflict). */
export function BulkAssignForm({ roundId, applications, assessors }: BulkAssignFormProps) {
  const assign = useAssignAssessorsToMany(roundId);
  const feedback = useFormFeedback(assessmentTexts.loadFailed);
  const form = useForm<BulkValues>({
    resolver,
    defaultValues: { applicationIds: [], assessorIds: [] },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  // An assessor who may not assess one of the chosen applications is not offered at all.
  const chosenApplicationIds = form.watch('applicationIds');
  const excluded = new Set(
    applications
      .filter((a) => chosenApplicationIds.includes(a.applicationId))
      .flatMap((a) => a.excludedAssessorIds),
  );
  const offeredAssessors = assessors.filter((a) => !excluded.has(a.id));

  const onValid = async (values: BulkValues) => {
    feedback.reset();
    try {
      await assign.mutateAsync(values);
      feedback.succeeded(texts.assigned(values.applicationIds.length));
      form.reset({ applicationIds: [], assessorIds: values.assessorIds });
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
        <Controller
          control={form.control}
          name="applicationIds"
          render={({ field }) => (
            <ChoiceGroup
              type="checkbox"
              id={`${ID}-aanvragen`}
              legend={texts.applicationsLegend}
              description={texts.applicationsHint}
              name={field.name}
              options={applications.map((a) => ({
                value: a.applicationId,
                label: texts.applicationLabel(
                  a.reference,
                  a.organisationName,
                  CATEGORY_LABELS[a.category],
                ),
              }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.applicationIds?.message}
              emptyText={texts.noApplications}
            />
          )}
        />
        <Controller
          control={form.control}
          name="assessorIds"
          render={({ field }) => (
            <ChoiceGroup
              type="checkbox"
              id={`${ID}-beoordelaars`}
              legend={texts.assessorsLegend}
              name={field.name}
              options={offeredAssessors.map((a) => ({ value: a.id, label: a.name }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.assessorIds?.message}
              emptyText={assessmentTexts.round.noAssessors}
            />
          )}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {texts.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
