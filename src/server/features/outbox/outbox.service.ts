import * as repo from './outbox.repository.ts';
import type { MailMessage, OutboxList, OutboxQuery } from './outbox.schemas.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

export async function listOutbox(
  { db }: Pick<UseCaseContext, 'db'>,
  query: OutboxQuery,
): Promise<OutboxList> {
  const { items, total } = await repo.listMailMessages(db, query.to, query.page, query.pageSize);
  return {
    items: items.map((m): MailMessage => ({
      id: m.id,
      to: m.to,
      subject: m.subject,
      text: m.text,
      attachments: m.attachments as MailMessage['attachments'],
      status: m.status as MailMessage['status'],
      error: m.error,
      createdAt: m.createdAt.toISOString(),
      sentAt: m.sentAt?.toISOString() ?? null,
    })),
    total,
  };
}
