import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { privacySettingsBodySchema } from '../../../../server/features/settings/settings.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { useSettings } from '../../../app/municipality.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ErrorSummary } from '../../../components/error-summary.tsx';
import {
  applyServerFieldErrors,
  summaryErrors,
  type FieldSpec,
} from '../../../components/form-errors.ts';
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
  const [saved, setSaved] = useState(false);
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const [focusSignal, setFocusSignal] = useState(0);
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
    setSaved(false);
    setServerMessage(null);
    try {
      await update.mutateAsync(values);
      setSaved(true);
    } catch (error) {
      if (applyServerFieldErrors(error, form.setError, fields).applied) {
        setFocusSignal((n) => n + 1);
      } else {
        setServerMessage(error instanceof ApiError ? error.message : texts.saveFailed);
      }
    }
  };

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <StatusMessage>{saved ? texts.saved : null}</StatusMessage>
      <ErrorMessage>{serverMessage}</ErrorMessage>
      <ErrorSummary
        id={`${ID}-fouten`}
        errors={summaryErrors(errors, fields)}
        focusSignal={focusSignal}
      />
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) =>
          void form.handleSubmit(onValid, () => setFocusSignal((n) => n + 1))(event)
        }
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
