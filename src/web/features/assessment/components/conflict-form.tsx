import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { conflictBodySchema } from '../../../../server/features/assessment/assessment.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { into } from '../../../components/form-schemas.ts';
import { SelectField } from '../../../components/select-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { assessmentViewQueryOptions, useDeclareConflict } from '../api/assessment-api.ts';
import { assessmentTexts } from '../texts.ts';

const texts = assessmentTexts.conflict;
const ID = 'belang';

interface ConflictValues {
  applicationId: string;
  reason: string;
}

const conflictFormSchema = z.object({
  applicationId: z.string().min(1, { message: texts.chooseMessage }),
  reason: into(conflictBodySchema.shape.reason),
});
type ConflictOutput = z.output<typeof conflictFormSchema>;
const resolver = zodResolver(conflictFormSchema) as unknown as Resolver<
  ConflictValues,
  unknown,
  ConflictOutput
>;
const fields: FieldSpec<ConflictValues>[] = [
  { name: 'applicationId', id: `${ID}-organisatie` },
  { name: 'reason', id: `${ID}-reden` },
];

export interface ConflictOption {
  applicationId: string;
  label: string;
}

/**
 * The assessor declares an interest in the organisation behind one of the applications
 * assigned to them (an assessor cannot list all organisations).
 */
export function ConflictForm({ options }: { options: ConflictOption[] }) {
  const queryClient = useQueryClient();
  const declare = useDeclareConflict();
  const feedback = useFormFeedback(assessmentTexts.loadFailed);
  const form = useForm<ConflictValues, unknown, ConflictOutput>({
    resolver,
    defaultValues: { applicationId: '', reason: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const reason = form.watch('reason');

  const onValid = async (values: ConflictOutput) => {
    feedback.reset();
    try {
      // The round and the organisation are those of the chosen application.
      const view = await queryClient.fetchQuery(assessmentViewQueryOptions(values.applicationId));
      await declare.mutateAsync({
        roundId: view.application.roundId,
        organisationId: view.application.organisationId,
        reason: values.reason,
      });
      form.reset({ applicationId: '', reason: '' });
      feedback.succeeded(texts.declared);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  if (options.length === 0) return <p className="utrecht-paragraph">{texts.none}</p>;

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
        <SelectField
          id={`${ID}-organisatie`}
          label={texts.organisation}
          placeholder={texts.choose}
          options={options.map((o) => ({ value: o.applicationId, label: o.label }))}
          error={errors.applicationId?.message}
          {...form.register('applicationId')}
        />
        <TextareaField
          id={`${ID}-reden`}
          label={texts.reason}
          description={texts.reasonHint}
          rows={3}
          limit={1000}
          length={reason.length}
          error={errors.reason?.message}
          {...form.register('reason')}
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
