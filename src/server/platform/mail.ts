/**
 * E-mail as a transactional outbox: a message is written in the same transaction as the
 * change that causes it, so a rolled-back change sends nothing. With SMTP_URL set, queued
 * messages are delivered by nodemailer after the commit (and retried by the scheduler);
 * without it they stay in the outbox that the administrator reads in the interface.
 */
import type { Database, Queryable } from './db/database.ts';
import * as repo from './mail.repository.ts';

export interface MailAttachmentRef {
  filename: string;
  contentType: string;
  documentId: string;
}

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  attachments?: MailAttachmentRef[];
}

export interface MailSettings {
  smtpUrl: string | undefined;
  from: string;
}

export async function queueMail(
  tx: Queryable,
  settings: MailSettings,
  mail: OutgoingMail,
): Promise<string> {
  return repo.insertMailMessage(tx, {
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    attachments: mail.attachments ?? [],
    status: settings.smtpUrl ? 'queued' : 'outbox',
  });
}

/** Sends every queued message; a failure is recorded on the message and retried later. */
export async function deliverQueuedMail(db: Database, settings: MailSettings): Promise<number> {
  if (!settings.smtpUrl) return 0;
  const queued = await repo.messagesToSend(db, 100);
  if (queued.length === 0) return 0;
  // Loaded with the first message to send: a server without SMTP_URL never needs it.
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport(settings.smtpUrl);
  let sent = 0;
  for (const message of queued) {
    // Claim the message, so that a second server (or a second tick) does not send it too.
    if (!(await repo.claimForSending(db, message.id))) continue;
    const refs = message.attachments as MailAttachmentRef[];
    const files = await repo.attachmentFiles(
      db,
      refs.map((r) => r.documentId),
    );
    try {
      await transport.sendMail({
        from: settings.from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        attachments: refs.map((r) => ({
          filename: r.filename,
          contentType: r.contentType,
          content: files.find((f) => f.id === r.documentId)?.data,
        })),
      });
      // A sent invitation or password link is a key for its addressee only: the stored copy
      // loses it.
      await repo.updateMailMessage(db, message.id, {
        status: 'sent',
        sentAt: new Date(),
        error: null,
        text: redactLinks(message.text),
      });
      sent++;
    } catch (error) {
      await repo.updateMailMessage(db, message.id, {
        status: 'failed',
        error: (error as Error).message.slice(0, 500),
      });
    }
  }
  transport.close();
  return sent;
}

export function redactLinks(text: string): string {
  return text.replace(/(\/(?:uitnodiging|wachtwoord-herstellen)\/)[A-Za-z0-9_-]+/g, '$1…');
}
