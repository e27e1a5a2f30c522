import { useNavigate } from '@tanstack/react-router';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { CONSENT_SCOPES } from '../../../../domain/participants/registration.ts';
import { registerParticipantSchema } from '../../../../server/features/participants/participants.schemas.ts';
import type { FieldSpec } from '../../../components/form-errors.ts';
import { useRegisterParticipant } from '../api/participants-api.ts';
import { participantsTexts } from '../texts.ts';
import { FormShell } from './form-shell.tsx';
import {
  apiResolver,
  ConsentFields,
  consentFieldSpecs,
  DetailsFields,
  detailFieldSpecs,
  detailsValues,
  today,
  type ConsentValues,
  type DetailsValues,
} from './participant-fields.tsx';

const texts = participantsTexts;
const ID = 'inschrijven';

interface RegisterValues extends DetailsValues {
  consent: ConsentValues;
  bsn?: string;
}
type Output = z.output<typeof registerParticipantSchema>;
const resolver = apiResolver<RegisterValues, Output>(registerParticipantSchema);
const fields: FieldSpec<RegisterValues>[] = [
  ...detailFieldSpecs<RegisterValues>(ID),
  ...consentFieldSpecs<RegisterValues>(ID, 'consent.'),
];

export function RegisterParticipantForm({ provisionId }: { provisionId: string }) {
  const register = useRegisterParticipant(provisionId);
  const navigate = useNavigate();
  const day = today();
  const form = useForm<RegisterValues, unknown, Output>({
    resolver,
    defaultValues: {
      ...detailsValues(),
      startDate: day,
      consent: { scopes: [], givenOn: day, method: '' },
    },
    shouldFocusError: false,
  });

  return (
    <FormShell
      id={ID}
      form={form}
      fields={fields}
      submitLabel={texts.register.submit}
      failedMessage={texts.register.failed}
      onSave={async (values) => {
        const participant = await register.mutateAsync(values);
        await navigate({
          to: '/deelnemers/$participantId',
          params: { participantId: participant.id },
          state: {
            notice: { type: 'ok', message: texts.register.saved(participant.displayName) },
          },
        });
        return null;
      }}
    >
      <DetailsFields id={ID} />
      <section aria-labelledby={`${ID}-toestemming`} className="sr-section">
        <h2 id={`${ID}-toestemming`} className="utrecht-heading-2">
          {texts.fields.consentTitle}
        </h2>
        <p className="utrecht-paragraph">{texts.fields.consentIntro}</p>
        <ConsentFields id={ID} prefix="consent." scopes={CONSENT_SCOPES} />
      </section>
    </FormShell>
  );
}
