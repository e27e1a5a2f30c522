import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { privacySettingsBodySchema } from '../../../../server/features/settings/settings.schemas.ts';
import { useSettings } from '../../../app/municipality.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { Page } from '../../../components/page.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { useUpdatePrivacySettings } from '../api/settings-api.ts';
import { settingsTexts } from '../texts.ts';

const texts = settingsTexts.privacy;

type FormInput = z.input<typeof privacySettingsBodySchema>;
type FormOutput = z.output<typeof privacySettingsBodySchema>;

const ID = 'privacy';
const fields: FieldSpec<FormInput>[] = [
  { name: 'controller', id: `${ID}-verantwoordelijke` },
  { name: 'dataProtectionOfficer', id: `${ID}-fg` },
  { name: 'dataProtectionOfficerEmail', id: `${ID}-fg-email` },
];

/** The administrator names the controller and the data protection officer (consent form). */
export function PrivacySettingsPage() {
  const { privacy } = useSettings();
  const update = useUpdatePrivacySettings();
  const feedback = useFormFeedback(texts.saveFailed);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(privacySettingsBodySchema),
    defaultValues: {
      controller: privacy.controller ?? '',
      dataProtectionOfficer: privacy.dataProtectionOfficer ?? '',
      dataProtectionOfficerEmail: privacy.dataProtectionOfficerEmail ?? '',
    },
    shouldFocusError: false,
  });
  const { errors, isSubmitting } = form.formState;

  const onValid = async (values: FormOutput) => {
    feedback.reset();
    try {
      await update.mutateAsync(values);
      feedback.succeeded(texts.saved);
    } catch (error) {
      feedback.failed(error, form.setError, fields);
    }
  };

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
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
        <TextField
          id={`${ID}-verantwoordelijke`}
          label={texts.controller}
          description={texts.controllerHint}
          error={errors.controller?.message}
          {...form.register('controller')}
        />
        <TextField
          id={`${ID}-fg`}
          label={texts.officer}
          description={texts.officerHint}
          error={errors.dataProtectionOfficer?.message}
          {...form.register('dataProtectionOfficer')}
        />
        <TextField
          id={`${ID}-fg-email`}
          label={texts.officerEmail}
          type="email"
          autoComplete="off"
          error={errors.dataProtectionOfficerEmail?.message}
          {...form.register('dataProtectionOfficerEmail')}
        />
        <div className="sr-actions">
          <Button type="submit" disabled={isSubmitting}>
            {texts.save}
          </Button>
        </div>
      </form>
    </Page>
  );
}
