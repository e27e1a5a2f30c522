import { useRef, useState } from 'react';
import { ApiError } from '../app/api-client.ts';
import { Button } from './button.tsx';
import { cx } from './class-names.ts';
import { FormField } from './form-field.tsx';
import { widgetTexts } from './widget-texts.ts';

/** The server refuses bigger files as well; checking here spares a useless upload. */
const MAX_BYTES = 10 * 1024 * 1024;

export interface AttachmentKindTexts {
  noAttachment: string;
  chooseFile: (label: string) => string;
  fileHint: string;
  upload: (label: string) => string;
  uploading: string;
  uploaded: (name: string) => string;
  removed: (name: string) => string;
  remove: (name: string) => string;
  download: (name: string) => string;
  noFile: string;
  tooLarge: string;
  /** When the server gives no reason. */
  failed: string;
}

interface StoredFile {
  id: string;
  filename: string;
  sizeBytes: number;
}

interface AttachmentKindFieldProps {
  /** The field's id; the heading's id is derived from it. */
  id: string;
  label: string;
  headingLevel: 3 | 4;
  attachments: StoredFile[];
  fileUrl: (attachmentId: string) => string;
  upload: (file: File) => Promise<{ filename: string }>;
  uploading: boolean;
  remove: (attachmentId: string) => Promise<unknown>;
  removingId: string | undefined;
  /** A problem of the parent about this kind, shown as the field's error. */
  problem?: string | undefined;
  /** Marks "nothing added" as missing. */
  missing?: boolean;
  /** Shows the server's field messages after its message when an upload is refused. */
  withFieldMessages?: boolean;
  texts: AttachmentKindTexts;
  onStatus: (message: string | null) => void;
}

/** One kind of attachment: the files there (download, remove) and a box to add a file. */
export function AttachmentKindField({
  id,
  label,
  headingLevel,
  attachments,
  fileUrl,
  upload,
  uploading,
  remove,
  removingId,
  problem,
  missing,
  withFieldMessages,
  texts,
  onStatus,
}: AttachmentKindFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const headingId = `${id}-titel`;
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

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
      const attachment = await upload(file);
      if (input.current) input.current.value = '';
      onStatus(texts.uploaded(attachment.filename));
    } catch (failure) {
      setError(
        failure instanceof ApiError
          ? withFieldMessages
            ? [failure.message, ...failure.fields.map((f) => f.message)]
                .filter((m, i, all) => all.indexOf(m) === i)
                .join(' ')
            : failure.message
          : texts.failed,
      );
      input.current?.focus();
    }
  };

  const onRemove = async (attachment: StoredFile) => {
    setError(null);
    onStatus(null);
    try {
      await remove(attachment.id);
      onStatus(texts.removed(attachment.filename));
      input.current?.focus();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : texts.failed);
    }
  };

  return (
    <div className="sr-attachment-kind" role="group" aria-labelledby={headingId}>
      <Heading id={headingId} className={`utrecht-heading-${headingLevel}`}>
        {label}
      </Heading>
      {attachments.length === 0 ? (
        <p className={cx('utrecht-paragraph', missing && 'sr-missing')}>{texts.noAttachment}</p>
      ) : (
        <ul className="utrecht-unordered-list sr-file-list">
          {attachments.map((attachment) => (
            <li className="utrecht-unordered-list__item sr-file-list__item" key={attachment.id}>
              <a
                href={fileUrl(attachment.id)}
                download={attachment.filename}
                className="utrecht-link utrecht-link--html-a"
                aria-label={texts.download(attachment.filename)}
              >
                {attachment.filename}
              </a>{' '}
              <span className="sr-muted">({widgetTexts.bytes(attachment.sizeBytes)})</span>{' '}
              <Button
                appearance="subtle"
                busy={removingId === attachment.id}
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
        error={error ?? problem}
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
            <Button appearance="secondary" busy={uploading} onClick={() => void onUpload()}>
              {uploading ? texts.uploading : texts.upload(label)}
            </Button>
          </>
        )}
      </FormField>
    </div>
  );
}
