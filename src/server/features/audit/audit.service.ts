import * as repo from './audit.repository.ts';
import type { AuditEvent } from './audit.schemas.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

export async function listAuditEvents(
  { db }: Pick<UseCaseContext, 'db'>,
  query: repo.AuditFilter & { page: number; pageSize: number },
) {
  const { page, pageSize, ...filter } = query;
  const { items, total } = await repo.listAuditEvents(db, filter, page, pageSize);
  const events: AuditEvent[] = items.map((e) => ({
    id: e.id,
    at: e.at.toISOString(),
    actorEmail: e.actorEmail,
    action: e.action,
    entityType: e.entityType,
    entityId: e.entityId,
    before: e.before,
    after: e.after,
  }));
  return { items: events, total, page, pageSize };
}
