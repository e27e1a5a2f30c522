import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { formatDay } from '../../../../domain/dates.ts';
import { DEFAULT_COMPLETION_TERM_DAYS } from '../../../../domain/tender/completion.ts';
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_LABELS,
  type AttachmentKind,
} from '../../../../domain/tender/scheme-definition.ts';
import type { CompletionRequest } from '../../../../server/features/completion/completion.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { FormField } from '../../../components/form-field.tsx';
import { LoadError } from '../../../components/query-state.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { TextareaField } from '../../../components/textarea-field.tsx';
import {
  completionRequestsQueryOptions,
  useAnswerCompletion,
  useRequestCompletion,
  useSetAside,
} from '../api/completion-api.ts';
import { completionTexts as texts } from '../texts.ts';

const fieldError = (error: unknown, path: string) =>
  error instanceof ApiError ? error.fields.find((f) => f.path === path)?.message : undefined;
const generalError = (error: unknown) =>
  error instanceof ApiError
    ? error.fields.length > 0
      ? null
      : error.message
    : error
      ? texts.failed
      : null;

export const whatIsMissing = (r: CompletionRequest) =>
  `${r.attachmentKind ? ATTACHMENT_LABELS[r.attachmentKind] : texts.section.information}: ${r.description}`;

/**
 * The requests to complete an application (its timeline of aanvulverzoeken): the applicant
 * completes here; the policy officer asks, and sets aside when a term passed unanswered.
 */
export function CompletionSection({
  applicationId,
  mayAnswer,
  mayManage,
  inProcess,
}: {
  applicationId: string;
  mayAnswer: boolean;
  mayManage: boolean;
  /** Submitted on time and not yet decided otherwise: requests can be made. */
  inProcess: boolean;
}) {
  const requests = useQuery(completionRequestsQueryOptions(applicationId));
  const items = requests.data ?? [];
  if (!mayManage && items.length === 0) return null;
  return (
    <section aria-labelledby="aanvullen-titel" className="sr-section">
      <h2 id="aanvullen-titel" className="utrecht-heading-2">
        {texts.section.title}
      </h2>
      <p className="utrecht-paragraph">{texts.section.intro}</p>
      {requests.isError ? (
        <LoadError error={requests.error} onRetry={() => void requests.refetch()} />
      ) : null}
      {items.length === 0 ? (
        <p className="utrecht-paragraph">{texts.section.none}</p>
      ) : (
        <Table
          id="aanvulverzoeken"
          caption={texts.section.caption}
          columns={Object.values(texts.section.columns)}
        >
          {items.map((r) => (
            <tr className="utrecht-table__row" key={r.id}>
              <td className={cell.data}>{formatDay(r.requestedDay)}</td>
              <td className={cell.data}>
                {whatIsMissing(r)}
                {r.answeredAt ? (
                  <>
                    <br />
                    <span className="sr-muted">
                      {texts.section.answer(formatDay(r.answeredAt.slice(0, 10)))}
                      {r.answerAttachment ? `: ${r.answerAttachment.filename}` : ''}
                    </span>
                    {r.answerText ? <p className="utrecht-paragraph">{r.answerText}</p> : null}
                  </>
                ) : null}
              </td>
              <td className={cell.data}>{formatDay(r.dueDay)}</td>
              <td className={cell.data}>
                {texts.states[r.state]}
                {r.setAsideDecisionReference ? ` (${r.setAsideDecisionReference})` : ''}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {mayAnswer
        ? items
            .filter((r) => r.state === 'open' || r.state === 'expired')
            .map((r) => <AnswerForm key={r.id} applicationId={applicationId} request={r} />)
        : null}
      {mayManage && inProcess
        ? items
            .filter((r) => r.state === 'expired')
            .slice(0, 1)
            .map((r) => <SetAsideForm key={r.id} applicationId={applicationId} request={r} />)
        : null}
      {mayManage && inProcess ? <RequestForm applicationId={applicationId} /> : null}
    </section>
  );
}

function AnswerForm({
  applicationId,
  request,
}: {
  applicationId: string;
  request: CompletionRequest;
}) {
  const answer = useAnswerCompletion(applicationId, request.id);
  const [text, setText] = useState('');
  const file = useRef<HTMLInputElement>(null);
  const id = `aanvulling-${request.id}`;
  const fileError = fieldError(answer.error, 'file');
  const textError = fieldError(answer.error, 'text');
  return (
    <form
      className="sr-form sr-form-section"
      noValidate
      aria-labelledby={`${id}-titel`}
      onSubmit={(event) => {
        event.preventDefault();
        answer.mutate({ text: text.trim(), file: file.current?.files?.[0] ?? null });
      }}
    >
      <h3 id={`${id}-titel`} className="utrecht-heading-3">
        {texts.answer.title(formatDay(request.dueDay))}
      </h3>
      <p className="utrecht-paragraph">{whatIsMissing(request)}</p>
      <ErrorMessage>{generalError(answer.error)}</ErrorMessage>
      {request.attachmentKind ? (
        <FormField
          kind="file"
          id={`${id}-bestand`}
          label={texts.answer.file(ATTACHMENT_LABELS[request.attachmentKind])}
          description={texts.answer.fileHint}
          error={fileError ?? undefined}
        >
          {(control) => (
            <input
              ref={file}
              type="file"
              accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
              className="sr-file-input"
              {...control}
            />
          )}
        </FormField>
      ) : null}
      <TextareaField
        id={`${id}-tekst`}
        label={request.attachmentKind ? texts.answer.textNote : texts.answer.text}
        rows={4}
        maxLength={5000}
        value={text}
        error={textError}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="sr-actions">
        <Button type="submit" busy={answer.isPending}>
          {texts.answer.submit}
        </Button>
      </div>
    </form>
  );
}

function RequestForm({ applicationId }: { applicationId: string }) {
  const ask = useRequestCompletion(applicationId);
  const [kind, setKind] = useState<AttachmentKind | ''>('');
  const [description, setDescription] = useState('');
  const [termDays, setTermDays] = useState(String(DEFAULT_COMPLETION_TERM_DAYS));
  return (
    <form
      className="sr-form sr-form-section"
      noValidate
      aria-labelledby="aanvulling-vragen-titel"
      onSubmit={(event) => {
        event.preventDefault();
        ask.mutate(
          {
            attachmentKind: kind === '' ? null : kind,
            description: description.trim(),
            termDays: Number(termDays),
          },
          { onSuccess: () => setDescription('') },
        );
      }}
    >
      <h3 id="aanvulling-vragen-titel" className="utrecht-heading-3">
        {texts.request.title}
      </h3>
      <StatusMessage>
        {ask.isSuccess ? texts.request.done(formatDay(ask.data.dueDay)) : null}
      </StatusMessage>
      <ErrorMessage>{generalError(ask.error)}</ErrorMessage>
      <SelectField
        id="aanvulling-soort"
        label={texts.request.kind}
        value={kind}
        onChange={(event) => setKind(event.target.value as AttachmentKind | '')}
        options={[
          { value: '', label: texts.request.information },
          ...ATTACHMENT_KINDS.map((k) => ({ value: k, label: ATTACHMENT_LABELS[k] })),
        ]}
        error={fieldError(ask.error, 'attachmentKind')}
      />
      <TextareaField
        id="aanvulling-beschrijving"
        label={texts.request.description}
        description={texts.request.descriptionHint}
        rows={3}
        maxLength={2000}
        value={description}
        error={fieldError(ask.error, 'description')}
        onChange={(event) => setDescription(event.target.value)}
      />
      <TextField
        id="aanvulling-termijn"
        label={texts.request.termDays}
        description={texts.request.termHint}
        inputMode="numeric"
        value={termDays}
        error={fieldError(ask.error, 'termDays')}
        onChange={(event) => setTermDays(event.target.value)}
      />
      <div className="sr-actions">
        <Button type="submit" busy={ask.isPending}>
          {texts.request.submit}
        </Button>
      </div>
    </form>
  );
}

function SetAsideForm({
  applicationId,
  request,
}: {
  applicationId: string;
  request: CompletionRequest;
}) {
  const setAside = useSetAside(applicationId);
  const [confirming, setConfirming] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <div className="sr-form-section">
      <StatusMessage>
        {setAside.isSuccess ? texts.setAside.done(setAside.data.decisionReference) : null}
      </StatusMessage>
      <ErrorMessage>
        {setAside.error instanceof ApiError
          ? setAside.error.message
          : setAside.error
            ? texts.failed
            : null}
      </ErrorMessage>
      <div className="sr-actions">
        <Button ref={button} appearance="secondary" onClick={() => setConfirming(true)}>
          {texts.setAside.button}
        </Button>
      </div>
      <ConfirmDialog
        open={confirming}
        title={texts.setAside.confirmTitle}
        confirmLabel={texts.setAside.confirm}
        busy={setAside.isPending}
        onConfirm={() =>
          setAside.mutate(request.id, {
            onSettled: () => {
              setConfirming(false);
              button.current?.focus();
            },
          })
        }
        onCancel={() => {
          setConfirming(false);
          button.current?.focus();
        }}
      >
        <p className="utrecht-paragraph">{texts.setAside.confirmBody}</p>
      </ConfirmDialog>
    </div>
  );
}
