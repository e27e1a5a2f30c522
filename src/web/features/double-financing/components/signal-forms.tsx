import { zodResolver } from '@hookform/resolvers/zod';
import { Controller, useForm, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import {
  SIGNAL_TRANSITIONS,
  signalNoteBodySchema,
  signalStatusBodySchema,
  type SignalStatus,
} from '../../../../domain/double-financing/signals.ts';
import { summaryErrors, type FieldSpec } from '../../../components/form-errors.ts';
import { into } from '../../../components/form-schemas.ts';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import { useFormFeedback } from '../../../components/use-form-feedback.ts';
import { useAddSignalNote, useChangeSignalStatus } from '../api/double-financing-api.ts';
import { statusLabel } from '../format.ts';
import { doubleFinancingTexts } from '../texts.ts';
import { FeedbackForm } from './feedback-form.tsx';

const texts = doubleFinancingTexts.signal;
const NOTE_LIMIT = 2000;

interface StatusValues {
  status: string;
  phaseOutDate: string;
  reason: string;
  note: string;
}

// Only the field the chosen status needs goes to the server: a date typed for "afbouw" and
// then left for another status is not sent along.
const statusFormSchema = z
  .object({
    status: z.string().min(1, { message: texts.chooseStatus }),
    phaseOutDate: z.string(),
    reason: z.string(),
    note: z.string(),
  })
  .transform((values) => ({
    status: values.status,
    note: values.note,
    ...(values.status === 'phase_out_agreed' ? { phaseOutDate: values.phaseOutDate } : {}),
    ...(values.status === 'no_double_financing' ? { reason: values.reason } : {}),
  }))
  .pipe(into(signalStatusBodySchema));
type StatusOutput = z.output<typeof statusFormSchema>;
const statusResolver = zodResolver(statusFormSchema) as unknown as Resolver<
  StatusValues,
  unknown,
  StatusOutput
>;

const STATUS_FIELDS: FieldSpec<StatusValues>[] = [
  { name: 'status', id: 'signaal-status-0' },
  { name: 'phaseOutDate', id: 'signaal-afbouw' },
  { name: 'reason', id: 'signaal-reden' },
  { name: 'note', id: 'signaal-status-notitie' },
];
const EMPTY_STATUS: StatusValues = { status: '', phaseOutDate: '', reason: '', note: '' };

/** A change of status, offering only the statuses this signal may go to next. */
export function StatusForm({ signalId, status }: { signalId: string; status: SignalStatus }) {
  const change = useChangeSignalStatus(signalId);
  const feedback = useFormFeedback(doubleFinancingTexts.failed);
  const form = useForm<StatusValues, unknown, StatusOutput>({
    resolver: statusResolver,
    defaultValues: EMPTY_STATUS,
    shouldFocusError: false,
  });
  const { errors } = form.formState;
  const chosen = form.watch('status');
  const note = form.watch('note');
  const next = SIGNAL_TRANSITIONS[status];

  const onValid = async (values: StatusOutput) => {
    feedback.reset();
    try {
      await change.mutateAsync(values);
      form.reset(EMPTY_STATUS);
      feedback.succeeded(texts.statusSaved(statusLabel(values.status)));
    } catch (error) {
      feedback.failed(error, form.setError, STATUS_FIELDS);
    }
  };

  return (
    <FeedbackForm
      id="status"
      feedback={feedback}
      errors={summaryErrors(errors, STATUS_FIELDS, feedback.unmatched)}
      onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      submitLabel={texts.saveStatus}
      busy={change.isPending}
      replacement={
        next.length === 0 ? <p className="utrecht-paragraph">{texts.closed}</p> : undefined
      }
    >
      <Controller
        control={form.control}
        name="status"
        render={({ field }) => (
          <ChoiceGroup
            type="radio"
            id="signaal-status"
            legend={texts.newStatus}
            name={field.name}
            options={next.map((value) => ({ value, label: statusLabel(value) }))}
            value={field.value || null}
            onChange={field.onChange}
            onBlur={field.onBlur}
            ref={field.ref}
            error={errors.status?.message}
          />
        )}
      />
      {chosen === 'phase_out_agreed' ? (
        <TextField
          id="signaal-afbouw"
          label={texts.phaseOutDate}
          description={texts.phaseOutDateHint}
          type="date"
          error={errors.phaseOutDate?.message}
          {...form.register('phaseOutDate')}
        />
      ) : null}
      {chosen === 'no_double_financing' ? (
        <TextareaField
          id="signaal-reden"
          label={texts.reason}
          description={texts.reasonHint}
          rows={3}
          error={errors.reason?.message}
          {...form.register('reason')}
        />
      ) : null}
      <TextareaField
        id="signaal-status-notitie"
        label={texts.statusNote}
        description={texts.noteHint}
        rows={3}
        limit={NOTE_LIMIT}
        length={note.length}
        error={errors.note?.message}
        {...form.register('note')}
      />
    </FeedbackForm>
  );
}

interface NoteValues {
  note: string;
}
type NoteOutput = z.output<typeof signalNoteBodySchema>;
const noteResolver = zodResolver(signalNoteBodySchema) as unknown as Resolver<
  NoteValues,
  unknown,
  NoteOutput
>;
const NOTE_FIELDS: FieldSpec<NoteValues>[] = [{ name: 'note', id: 'signaal-notitie' }];

/** A note on the signal, without changing its status. */
export function NoteForm({ signalId }: { signalId: string }) {
  const add = useAddSignalNote(signalId);
  const feedback = useFormFeedback(doubleFinancingTexts.failed);
  const form = useForm<NoteValues, unknown, NoteOutput>({
    resolver: noteResolver,
    defaultValues: { note: '' },
    shouldFocusError: false,
  });
  const { errors } = form.formState;
  const note = form.watch('note');

  const onValid = async (values: NoteOutput) => {
    feedback.reset();
    try {
      await add.mutateAsync(values);
      form.reset({ note: '' });
      feedback.succeeded(texts.noteSaved);
    } catch (error) {
      feedback.failed(error, form.setError, NOTE_FIELDS);
    }
  };

  return (
    <FeedbackForm
      id="notitie"
      feedback={feedback}
      errors={summaryErrors(errors, NOTE_FIELDS, feedback.unmatched)}
      onSubmit={(event) => void form.handleSubmit(onValid, feedback.invalid)(event)}
      submitLabel={texts.saveNote}
      busy={add.isPending}
    >
      <TextareaField
        id="signaal-notitie"
        label={texts.note}
        description={texts.noteHint}
        rows={4}
        limit={NOTE_LIMIT}
        length={note.length}
        error={errors.note?.message}
        {...form.register('note')}
      />
    </FeedbackForm>
  );
}
