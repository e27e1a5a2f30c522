/**
 * E-mail as a transactional outbox: a message is written in the same transaction as the
 * change that causes it, so a rolled-back change sends nothing. With SMTP_URL set, queued
 * messages are delivered by nodemailer after the commit (and retried by the scheduler);
 * without it they stay in the outbox that the administrator reads in the interface.
 */
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Database, Queryable } from './db/database.ts';
import { documents, mailMessages } from './db/schema.ts';

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
  const [row] = await tx
    .insert(mailMessages)
    .values({
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      attachments: mail.attachments ?? [],
      status: settings.smtpUrl ? 'queued' : 'outbox',
    })
    .returning({ id: mailMessages.id });
  return row!.id;
}

/** Sends every queued message; a failure is recorded on the message and retried later. */
export async function deliverQueuedMail(db: Database, settings: MailSettings): Promise<number> {
  if (!settings.smtpUrl) return 0;
  const queued = await db
    .select()
    .from(mailMessages)
    .where(inArray(mailMessages.status, ['queued', 'failed']))
    .orderBy(asc(mailMessages.createdAt))
    .limit(100);
  if (queued.length === 0) return 0;
  // Loaded with the first message to send: a server without SMTP_URL never needs it.
  const { default: nodemailer } = await import('nodemailer');
  const transport = nodemailer.createTransport(settings.smtpUrl);
  let sent = 0;
  for (const message of queued) {
    // Claim the message, so that a second server (or a second tick) does not send it too.
    const claimed = await db
      .update(mailMessages)
      .set({ status: 'sending' })
      .where(
        and(eq(mailMessages.id, message.id), inArray(mailMessages.status, ['queued', 'failed'])),
      )
      .returning({ id: mailMessages.id });
    if (claimed.length === 0) continue;
    const refs = message.attachments as MailAttachmentRef[];
    const files = refs.length
      ? await db
          .select({ id: documents.id, data: documents.data })
          .from(documents)
          .where(
            inArray(
              documents.id,
              refs.map((r) => r.documentId),
            ),
          )
      : [];
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
      // A sent invitation link is a key for its addressee only: the stored copy loses it.
      await db
        .update(mailMessages)
        .set({ status: 'sent', sentAt: new Date(), error: null, text: redactLinks(message.text) })
        .where(eq(mailMessages.id, message.id));
      sent++;
    } catch (error) {
      await db
        .update(mailMessages)
        .set({ status: 'failed', error: (error as Error).message.slice(0, 500) })
        .where(eq(mailMessages.id, message.id));
    }
  }
  transport.close();
  return sent;
}

export function redactLinks(text: string): string {
  return text.replace(/(\/uitnodiging\/)[A-Za-z0-9_-]+/g, '$1…');
}
