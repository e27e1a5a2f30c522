import { useRef, useState } from 'react';
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_LABELS,
  type AttachmentKind,
} from '../../../../domain/tender/scheme-definition.ts';
import type { Attachment } from '../../../../server/features/applications/applications.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { cx } from '../../../components/class-names.ts';
import { FormField } from '../../../components/form-field.tsx';
import { widgetTexts } from '../../../components/widget-texts.ts';
import {
  attachmentUrl,
  useRemoveAttachment,
  useUploadAttachment,
} from '../api/applications-api.ts';
import { fieldIdForPath } from '../application-form-schema.ts';
import { applicationsTexts } from '../texts.ts';

const texts = applicationsTexts.fields;
const MAX_BYTES = 10 * 1024 * 1024;

interface AttachmentsFieldProps {
  applicationId: string;
  attachments: Attachment[];
  /** Problems of the application about attachments, by kind. */
  problems: Partial<Record<AttachmentKind, string>>;
}

/** Per kind of attachment: what is there (download, remove) and a box to add a file. */
export function AttachmentsField({ applicationId, attachments, problems }: AttachmentsFieldProps) {
  const [status, setStatus] = useState<string | null>(null);
  return (
    <>
      <p className="utrecht-paragraph">{texts.attachmentsIntro}</p>
      <StatusMessage>{status}</StatusMessage>
      {ATTACHMENT_KINDS.map((kind) => (
        <AttachmentKindField
          key={kind}
          kind={kind}
          applicationId={applicationId}
          attachments={attachments.filter((a) => a.kind === kind)}
          problem={problems[kind]}
          onStatus={setStatus}
        />
      ))}
    </>
  );
}

function AttachmentKindField({
  kind,
  applicationId,
  attachments,
  problem,
  onStatus,
}: {
  kind: AttachmentKind;
  applicationId: string;
  attachments: Attachment[];
  problem: string | undefined;
  onStatus: (message: string | null) => void;
}) {
  const upload = useUploadAttachment(applicationId);
  const removeAttachment = useRemoveAttachment(applicationId);
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const label = ATTACHMENT_LABELS[kind];
  const id = fieldIdForPath(`attachments.${kind}`);
  const headingId = `${id}-titel`;
  const shownError = error;

  const onUpload = async () => {
    setError(null);
    onStatus(null);
    const file = input.current?.files?.[0];
    if (!file) {
      setError(texts.noFile);
      input.current?.focus();
      return;
    }
    if (file.size > MAX_BYTES) {
      setError(texts.tooLarge);
      input.current?.focus();
      return;
    }
    try {
      const attachment = await upload.mutateAsync({ kind, file });
      if (input.current) input.current.value = '';
      onStatus(texts.uploaded(attachment.filename));
    } catch (failure) {
      setError(
        failure instanceof ApiError
          ? [failure.message, ...failure.fields.map((f) => f.message)]
              .filter((m, i, all) => all.indexOf(m) === i)
              .join(' ')
          : texts.uploadFailed,
      );
      input.current?.focus();
    }
  };

  const onRemove = async (attachment: Attachment) => {
    setError(null);
    onStatus(null);
    try {
      await removeAttachment.mutateAsync(attachment.id);
      onStatus(texts.removed(attachment.filename));
      input.current?.focus();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : texts.uploadFailed);
    }
  };

  return (
    <div className="sr-attachment-kind" role="group" aria-labelledby={headingId}>
      <h3 id={headingId} className="utrecht-heading-3">
        {label}
      </h3>
      {attachments.length === 0 ? (
        <p className={cx('utrecht-paragraph', problem && 'sr-missing')}>{texts.noAttachment}</p>
      ) : (
        <ul className="utrecht-unordered-list sr-file-list">
          {attachments.map((attachment) => (
            <li className="utrecht-unordered-list__item sr-file-list__item" key={attachment.id}>
              <a
                href={attachmentUrl(applicationId, attachment.id)}
                download={attachment.filename}
                className="utrecht-link utrecht-link--html-a"
                aria-label={texts.download(attachment.filename)}
              >
                {attachment.filename}
              </a>{' '}
              <span className="sr-muted">({widgetTexts.bytes(attachment.sizeBytes)})</span>{' '}
              <Button
                appearance="subtle"
                busy={removeAttachment.isPending && removeAttachment.variables === attachment.id}
                onClick={() => void onRemove(attachment)}
              >
                {texts.remove(attachment.filename)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <FormField
        kind="file"
        id={id}
        label={texts.chooseFile(label)}
        description={texts.fileHint}
        error={shownError ?? undefined}
        inputClassName="sr-file-field__input"
      >
        {(control) => (
          <>
            <input
              ref={input}
              type="file"
              accept="application/pdf,image/png,image/jpeg,.pdf,.png,.jpg,.jpeg"
              className="sr-file-input"
              {...control}
            />
            <Button appearance="secondary" busy={upload.isPending} onClick={() => void onUpload()}>
              {upload.isPending ? texts.uploading : texts.upload(label)}
            </Button>
          </>
        )}
      </FormField>
    </div>
  );
}
