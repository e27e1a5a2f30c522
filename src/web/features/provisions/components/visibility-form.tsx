import { zodResolver } from '@hookform/resolvers/zod';
import { useForm, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import { HIDE_REASON_MAX } from '../../../../domain/social-map/photo.ts';
import {
  provisionVisibilityBodySchema,
  type Provision,
  type ProvisionVisibilityBody,
} from '../../../../server/features/provisions/provisions.schemas.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { errorMessage, summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useSetVisibility } from '../api/provisions-api.ts';
import { provisionsTexts } from '../texts.ts';

const texts = provisionsTexts.visibility;

interface VisibilityValues {
  hidden: boolean;
  reason: string;
}
type VisibilityOutput = z.output<typeof provisionVisibilityBodySchema>;

/** The policy officer hides a provision from the social map with a reason (audited), or shows it. */
export function VisibilityForm({ provision }: { provision: Provision }) {
  const setVisibility = useSetVisibility(provision.id);
  const feedback = useFormFeedback(provisionsTexts.saveFailed);
  const form = useForm<VisibilityValues, unknown, VisibilityOutput>({
    resolver: zodResolver(provisionVisibilityBodySchema) as unknown as Resolver<
      VisibilityValues,
      unknown,
      VisibilityOutput
    >,
    // The form does the opposite of the provision's state: hide a shown one, show a hidden one.
    values: { hidden: !provision.hidden, reason: '' },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;
  const fields: FieldSpec<VisibilityValues>[] = [{ name: 'reason', id: 'zichtbaarheid-reason' }];
  const onValid = async (values: VisibilityOutput) => {
    feedback.reset();
    try {
      const body: ProvisionVisibilityBody = values;
      await setVisibility.mutateAsync(body);
      feedback.succeeded(values.hidden ? texts.hiddenNow : texts.shownNow);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };
  return (
    <>
      <p className="utrecht-paragraph">
        {provision.hidden ? texts.isHidden(provision.hiddenReason ?? '') : texts.isShown}
      </p>
      <StatusMessage>{feedback.status}</StatusMessage>
      <ErrorMessage>{feedback.serverMessage}</ErrorMessage>
      <ErrorSummary
        id="zichtbaarheid-fouten"
        errors={summaryErrors(errors, fields, feedback.unmatched)}
        focusSignal={feedback.focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      >
        {provision.hidden ? null : (
          <TextareaField
            id="zichtbaarheid-reason"
            label={texts.reason}
            description={texts.reasonHint}
            rows={3}
            limit={HIDE_REASON_MAX}
            length={form.watch('reason').length}
            error={errorMessage(errors, 'reason')}
            {...form.register('reason')}
          />
        )}
        <div className="sr-actions">
          <Button type="submit" busy={isSubmitting}>
            {provision.hidden ? texts.show : texts.hide}
          </Button>
        </div>
      </form>
    </>
  );
}
