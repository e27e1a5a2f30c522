import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { assignAssessorsBodySchema } from '../../../../server/features/assessment/assessment.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useAssignAssessors } from '../api/assessment-api.ts';
import { assessmentTexts } from '../texts.ts';

const texts = assessmentTexts.round;
const assignFormSchema = z.object({ assessorIds: assignAssessorsBodySchema.shape.assessorIds });
type AssignValues = z.infer<typeof assignFormSchema>;
const resolver = zodResolver(assignFormSchema);

interface AssignFormProps {
  roundId: string;
  applicationId: string;
  reference: string;
  assessors: { id: string; name: string }[];
  assigned: string[];
}

/** Checkboxes for the assessors of one application (at least two). */
export function AssignForm({
  roundId,
  applicationId,
  reference,
  assessors,
  assigned,
}: AssignFormProps) {
  const assign = useAssignAssessors(roundId);
  const feedback = useFormFeedback(assessmentTexts.loadFailed);
  const id = `toewijzen-${applicationId}`;
  const fields: FieldSpec<AssignValues>[] = [{ name: 'assessorIds', id: `${id}-0` }];
  const form = useForm<AssignValues>({
    resolver,
    defaultValues: { assessorIds: assigned },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  // Assigned elsewhere too (to many applications at once): show what is assigned now.
  const assignedKey = assigned.join(',');
  useEffect(() => {
    form.reset({ assessorIds: assignedKey === '' ? [] : assignedKey.split(',') });
  }, [assignedKey, form]);

  const onValid = async (values: AssignValues) => {
    feedback.reset();
    try {
      await assign.mutateAsync({ applicationId, assessorIds: values.assessorIds });
      feedback.succeeded(texts.assigned(reference));
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${id}-fouten`}
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
          name="assessorIds"
          render={({ field }) => (
            <ChoiceGroup
              type="checkbox"
              id={id}
              legend={texts.assignLegend(reference)}
              name={field.name}
              options={assessors.map((a) => ({ value: a.id, label: a.name }))}
              value={field.value}
              onChange={field.onChange}
              onBlur={field.onBlur}
              ref={field.ref}
              error={errors.assessorIds?.message}
              emptyText={texts.noAssessors}
            />
          )}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting} aria-label={texts.assignSubmitFor(reference)}>
            {texts.assignSubmit}
          </Button>
        </div>
      </form>
    </>
  );
}
