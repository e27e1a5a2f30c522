import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { formatDay } from '../../../../domain/dates.ts';
import { OUTFLOW_KINDS, OUTFLOW_LABELS } from '../../../../domain/participants/registration.ts';
import {
  eraseBodySchema,
  outflowBodySchema,
  updateParticipantSchema,
  type ParticipantDetail,
} from '../../../../server/features/participants/participants.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage } from '../../../components/alert.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import type { FieldSpec } from '../../../components/form-errors.ts';
import { TextareaField } from '../../../components/textarea-field.tsx';
import {
  inzageUrl,
  useEraseParticipant,
  useRecordOutflow,
  useUpdateParticipant,
} from '../api/participants-api.ts';
import { participantsTexts } from '../texts.ts';
import { FormShell } from './form-shell.tsx';
import {
  apiResolver,
  ChoiceWithDateForm,
  DetailsFields,
  detailFieldSpecs,
  detailsValues,
  type DetailsValues,
} from './participant-fields.tsx';

const texts = participantsTexts;

type UpdateOutput = z.output<typeof updateParticipantSchema>;
const updateResolver = apiResolver<DetailsValues, UpdateOutput>(updateParticipantSchema);
const EDIT_ID = 'gegevens-wijzigen';
const editFields = detailFieldSpecs<DetailsValues>(EDIT_ID);

export function EditDetailsForm({ participant }: { participant: ParticipantDetail }) {
  const update = useUpdateParticipant(participant.id);
  const form = useForm<DetailsValues, unknown, UpdateOutput>({
    resolver: updateResolver,
    defaultValues: detailsValues(participant),
    shouldFocusError: false,
  });
  return (
    <FormShell
      id={EDIT_ID}
      form={form}
      fields={editFields}
      submitLabel={texts.detail.editSubmit}
      failedMessage={texts.detail.saveFailed}
      onSave={async (values) => {
        await update.mutateAsync(values);
        return texts.detail.editSaved;
      }}
    >
      <DetailsFields id={EDIT_ID} />
    </FormShell>
  );
}

/** Where the participant went, and the form to record it while they still take part. */
export function OutflowSection({ participant }: { participant: ParticipantDetail }) {
  const outflow = useRecordOutflow(participant.id);
  return (
    <section aria-labelledby="uitstroom-titel" className="sr-section">
      <h2 id="uitstroom-titel" className="utrecht-heading-2">
        {texts.outflow.title}
      </h2>
      {participant.outflows.length > 0 ? (
        <ul className="utrecht-unordered-list">
          {participant.outflows.map((o) => (
            <li className="utrecht-unordered-list__item" key={o.id}>
              {texts.outflow.recorded(OUTFLOW_LABELS[o.kind], formatDay(o.onDate))}
            </li>
          ))}
        </ul>
      ) : null}
      {participant.endDate !== null ? (
        <p className="utrecht-paragraph">{texts.outflow.left}</p>
      ) : (
        <>
          <p className="utrecht-paragraph">{texts.outflow.intro}</p>
          <ChoiceWithDateForm
            id="uitstroom"
            schema={outflowBodySchema}
            choice={{
              name: 'kind',
              label: texts.outflow.kind,
              placeholder: texts.outflow.chooseKind,
              options: OUTFLOW_KINDS.map((k) => ({ value: k, label: OUTFLOW_LABELS[k] })),
            }}
            date={{ name: 'onDate', label: texts.outflow.onDate }}
            submitLabel={texts.outflow.submit}
            onSave={async (values) => {
              await outflow.mutateAsync(values);
              return texts.outflow.saved;
            }}
          />
        </>
      )}
    </section>
  );
}

export function InzageSection({ participantId }: { participantId: string }) {
  return (
    <section aria-labelledby="inzage-titel" className="sr-section">
      <h2 id="inzage-titel" className="utrecht-heading-2">
        {texts.inzage.title}
      </h2>
      <p className="utrecht-paragraph">{texts.inzage.intro}</p>
      <p className="utrecht-paragraph">
        <a className="utrecht-link utrecht-link--html-a" href={inzageUrl(participantId)} download>
          {texts.inzage.download}
        </a>
      </p>
    </section>
  );
}

interface EraseValues {
  reason: string;
}
type EraseOutput = z.output<typeof eraseBodySchema>;
const ERASE_ID = 'wissen';
const eraseFields: FieldSpec<EraseValues>[] = [{ name: 'reason', id: `${ERASE_ID}-reason` }];

/** Erasure on request: a reason, "are you sure?", and back to the list. */
export function EraseSection({ participant }: { participant: ParticipantDetail }) {
  const erase = useEraseParticipant(participant.id);
  const navigate = useNavigate();
  const [reason, setReason] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<EraseValues, unknown, EraseOutput>({
    resolver: apiResolver<EraseValues, EraseOutput>(eraseBodySchema),
    defaultValues: { reason: '' },
    shouldFocusError: false,
  });
  const typed = form.watch('reason');

  const confirm = async () => {
    if (reason === null) return;
    setFailure(null);
    try {
      await erase.mutateAsync({ reason });
      await navigate({
        to: '/beheer/voorzieningen/$provisionId/deelnemers',
        params: { provisionId: participant.provisionId },
        state: { notice: { type: 'ok', message: texts.erase.erased } },
      });
    } catch (error) {
      setReason(null);
      setFailure(error instanceof ApiError ? error.message : texts.erase.failed);
    }
  };

  return (
    <section aria-labelledby="wissen-titel" className="sr-section">
      <h2 id="wissen-titel" className="utrecht-heading-2">
        {texts.erase.title}
      </h2>
      <p className="utrecht-paragraph">{texts.erase.intro}</p>
      <ErrorMessage>{failure}</ErrorMessage>
      <FormShell
        id={ERASE_ID}
        form={form}
        fields={eraseFields}
        submitLabel={texts.erase.submit}
        failedMessage={texts.erase.failed}
        onSave={async (values) => {
          setReason(values.reason);
          return null;
        }}
      >
        <TextareaField
          id={`${ERASE_ID}-reason`}
          label={texts.erase.reason}
          description={texts.erase.reasonHint}
          rows={2}
          limit={500}
          length={typed.length}
          error={form.formState.errors.reason?.message}
          {...form.register('reason')}
        />
      </FormShell>
      <ConfirmDialog
        open={reason !== null}
        title={texts.erase.confirmTitle}
        confirmLabel={texts.erase.confirm}
        busy={erase.isPending}
        onConfirm={() => void confirm()}
        onCancel={() => setReason(null)}
      >
        <p className="utrecht-paragraph">{texts.erase.confirmText(participant.displayName)}</p>
      </ConfirmDialog>
    </section>
  );
}
