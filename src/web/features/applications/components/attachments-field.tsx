import { useState } from 'react';
import {
  ATTACHMENT_KINDS,
  ATTACHMENT_LABELS,
  type AttachmentKind,
} from '../../../../domain/tender/scheme-definition.ts';
import type { Attachment } from '../../../../server/features/applications/applications.schemas.ts';
import { StatusMessage } from '../../../components/alert.tsx';
import { AttachmentKindField } from '../../../components/attachment-kind-field.tsx';
import {
  attachmentUrl,
  useRemoveAttachment,
  useUploadAttachment,
} from '../api/applications-api.ts';
import { fieldIdForPath } from '../application-form-schema.ts';
import { applicationsTexts } from '../texts.ts';

const texts = applicationsTexts.fields;

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
        <AttachmentKind
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

function AttachmentKind({
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
  const remove = useRemoveAttachment(applicationId);
  return (
    <AttachmentKindField
      id={fieldIdForPath(`attachments.${kind}`)}
      label={ATTACHMENT_LABELS[kind]}
      headingLevel={3}
      attachments={attachments}
      fileUrl={(attachmentId) => attachmentUrl(applicationId, attachmentId)}
      upload={(file) => upload.mutateAsync({ kind, file })}
      uploading={upload.isPending}
      remove={(attachmentId) => remove.mutateAsync(attachmentId)}
      removingId={remove.isPending ? remove.variables : undefined}
      missing={Boolean(problem)}
      withFieldMessages
      texts={{ ...texts, failed: texts.uploadFailed }}
      onStatus={onStatus}
    />
  );
}
