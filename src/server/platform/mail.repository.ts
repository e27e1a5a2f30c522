import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from './db/database.ts';
import { documents, mailMessages } from './db/schema.ts';

export type MailMessageRow = typeof mailMessages.$inferSelect;

export async function insertMailMessage(
  db: Queryable,
  values: typeof mailMessages.$inferInsert,
): Promise<string> {
  const [row] = await db.insert(mailMessages).values(values).returning({ id: mailMessages.id });
  return row!.id;
}

/** Messages waiting to be sent or to be tried again, oldest first. */
export async function messagesToSend(db: Queryable, limit: number): Promise<MailMessageRow[]> {
  return db
    .select()
    .from(mailMessages)
    .where(inArray(mailMessages.status, ['queued', 'failed']))
    .orderBy(asc(mailMessages.createdAt))
    .limit(limit);
}

/** Marks the message as being sent unless another sender did so first (then false). */
export async function claimForSending(db: Queryable, id: string): Promise<boolean> {
  const claimed = await db
    .update(mailMessages)
    .set({ status: 'sending' })
    .where(and(eq(mailMessages.id, id), inArray(mailMessages.status, ['queued', 'failed'])))
    .returning({ id: mailMessages.id });
  return claimed.length > 0;
}

export async function attachmentFiles(db: Queryable, documentIds: readonly string[]) {
  if (documentIds.length === 0) return [];
  return db
    .select({ id: documents.id, data: documents.data })
    .from(documents)
    .where(inArray(documents.id, [...documentIds]));
}

export async function updateMailMessage(
  db: Queryable,
  id: string,
  changes: Partial<Pick<MailMessageRow, 'status' | 'sentAt' | 'error' | 'text'>>,
) {
  await db.update(mailMessages).set(changes).where(eq(mailMessages.id, id));
}
