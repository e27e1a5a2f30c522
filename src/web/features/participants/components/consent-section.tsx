import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { formatDay } from '../../../../domain/dates.ts';
import {
  CONSENT_METHOD_LABELS,
  CONSENT_SCOPE_LABELS,
  CONSENT_SCOPES,
} from '../../../../domain/participants/registration.ts';
import {
  addConsentSchema,
  withdrawConsentSchema,
  type ParticipantDetail,
} from '../../../../server/features/participants/participants.schemas.ts';
import { formatMoment, isoMoment } from '../../../components/format.ts';
import { useAddConsent, useWithdrawConsent } from '../api/participants-api.ts';
import { participantsTexts } from '../texts.ts';
import { FormShell } from './form-shell.tsx';
import {
  apiResolver,
  ChoiceWithDateForm,
  ConsentFields,
  consentFieldSpecs,
  today,
  type ConsentValues,
} from './participant-fields.tsx';
import { Table } from '../../../components/table.tsx';

const texts = participantsTexts.consent;
const cell = 'utrecht-table__cell';

/** Every consent, also withdrawn ones: the record of what was agreed and when. */
function ConsentHistory({ consents }: { consents: ParticipantDetail['consents'] }) {
  return (
    <Table
      caption={texts.caption}
      columns={[
        texts.columns.scope,
        texts.columns.givenOn,
        texts.columns.method,
        texts.columns.recordedBy,
        texts.columns.withdrawnOn,
      ]}
    >
      {consents.map((consent) => (
        <tr className="utrecht-table__row" key={consent.id}>
          <th scope="row" className={cell}>
            {CONSENT_SCOPE_LABELS[consent.scope]}
          </th>
          <td className={`${cell} sr-nowrap`}>{formatDay(consent.givenOn)}</td>
          <td className={cell}>{CONSENT_METHOD_LABELS[consent.method]}</td>
          <td className={cell}>
            {consent.recordedByName ?? texts.unknownPerson}
            <br />
            <time className="sr-muted" dateTime={isoMoment(consent.recordedAt)}>
              {formatMoment(consent.recordedAt)}
            </time>
          </td>
          <td className={`${cell} sr-nowrap`}>
            {consent.withdrawnOn ? formatDay(consent.withdrawnOn) : texts.stands}
          </td>
        </tr>
      ))}
    </Table>
  );
}

interface AddValues extends ConsentValues {
  bsn?: string;
}
type AddOutput = z.output<typeof addConsentSchema>;
const addResolver = apiResolver<AddValues, AddOutput>(addConsentSchema);
const ADD_ID = 'toestemming-toevoegen';
const addFields = consentFieldSpecs<AddValues>(ADD_ID, '');

function AddConsentForm({ participant }: { participant: ParticipantDetail }) {
  const addConsent = useAddConsent(participant.id);
  const open = CONSENT_SCOPES.filter((s) => !participant.consentScopes.includes(s));
  const empty = (): AddValues => ({ scopes: [], givenOn: today(), method: '' });
  const form = useForm<AddValues, unknown, AddOutput>({
    resolver: addResolver,
    defaultValues: empty(),
    shouldFocusError: false,
  });
  if (open.length === 0) return <p className="utrecht-paragraph">{texts.allGiven}</p>;
  return (
    <FormShell
      id={ADD_ID}
      form={form}
      fields={addFields}
      submitLabel={texts.addSubmit}
      failedMessage={participantsTexts.detail.saveFailed}
      onSave={async (values) => {
        await addConsent.mutateAsync(values);
        form.reset(empty());
        return texts.added;
      }}
    >
      <ConsentFields id={ADD_ID} prefix="" scopes={open} />
    </FormShell>
  );
}

function WithdrawConsentForm({ participant }: { participant: ParticipantDetail }) {
  const withdraw = useWithdrawConsent(participant.id);
  if (participant.consentScopes.length === 0)
    return <p className="utrecht-paragraph">{texts.noneToWithdraw}</p>;
  return (
    <ChoiceWithDateForm
      id="toestemming-intrekken"
      schema={withdrawConsentSchema}
      choice={{
        name: 'scope',
        label: texts.withdrawScope,
        placeholder: texts.chooseScope,
        options: participant.consentScopes.map((s) => ({
          value: s,
          label: CONSENT_SCOPE_LABELS[s],
        })),
      }}
      date={{ name: 'withdrawnOn', label: texts.withdrawnOn }}
      submitLabel={texts.withdrawSubmit}
      onSave={async (values) => {
        await withdraw.mutateAsync(values);
        return texts.withdrawn;
      }}
    />
  );
}

/** The consents of a participant: history, adding and withdrawing. */
export function ConsentSection({ participant }: { participant: ParticipantDetail }) {
  return (
    <section aria-labelledby="toestemming-titel" className="sr-section">
      <h2 id="toestemming-titel" className="utrecht-heading-2">
        {texts.title}
      </h2>
      <ConsentHistory consents={participant.consents} />
      <div className="sr-participant-part">
        <h3 className="utrecht-heading-3">{texts.withdrawTitle}</h3>
        <p className="utrecht-paragraph">{texts.withdrawIntro}</p>
        <WithdrawConsentForm participant={participant} />
      </div>
      {participant.endDate === null ? (
        <div className="sr-participant-part">
          <h3 className="utrecht-heading-3">{texts.addTitle}</h3>
          <p className="utrecht-paragraph">{texts.addIntro}</p>
          <AddConsentForm participant={participant} />
        </div>
      ) : null}
    </section>
  );
}
