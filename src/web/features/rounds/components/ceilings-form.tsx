import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { Round } from '../../../../server/features/rounds/rounds.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useChangeCeilings } from '../api/rounds-api.ts';
import { roundsTexts } from '../texts.ts';
import { CeilingFields, ceilingFieldSpecs } from './ceiling-fields.tsx';
import {
  ceilingChangeFormSchema,
  ceilingValues,
  type CeilingChangeValues,
} from './round-form-schema.ts';

type FormOutput = z.output<typeof ceilingChangeFormSchema>;
const resolver = zodResolver(ceilingChangeFormSchema) as unknown as Resolver<
  CeilingChangeValues,
  unknown,
  FormOutput
>;
const ID = 'plafonds';
const fields: FieldSpec<CeilingChangeValues>[] = [
  ...ceilingFieldSpecs<CeilingChangeValues>(ID),
  { name: 'reason', id: `${ID}-reden` },
];

/** After opening, only the ceilings change, and only with a reason. */
export function CeilingsForm({ round }: { round: Round }) {
  const changeCeilings = useChangeCeilings(round.id);
  const feedback = useFormFeedback(roundsTexts.saveFailed);
  const form = useForm<CeilingChangeValues, unknown, FormOutput>({
    resolver,
    defaultValues: { ceilings: ceilingValues(round.ceilings), reason: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const reason = form.watch('reason');

  const onValid = async (values: FormOutput) => {
    feedback.reset();
    try {
      const saved = await changeCeilings.mutateAsync(values);
      form.reset({ ceilings: ceilingValues(saved.ceilings), reason: '' });
      feedback.succeeded(roundsTexts.ceilings.saved);
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
        <CeilingFields formId={ID} register={form.register} errors={errors} />
        <TextareaField
          id={`${ID}-reden`}
          label={roundsTexts.fields.reason}
          description={roundsTexts.fields.reasonHint}
          rows={3}
          length={reason.length}
          error={errors.reason?.message}
          {...form.register('reason')}
        />
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {roundsTexts.ceilings.submit}
          </Button>
        </div>
      </form>
    </>
  );
}
