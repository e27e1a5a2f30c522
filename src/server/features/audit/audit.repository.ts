import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { endOfAmsterdamDay, startOfAmsterdamDay } from '../../../domain/dates.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { containsText, startsWithText } from '../../platform/db/like.ts';
import { auditEvents } from '../../platform/db/schema.ts';

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function where(filter: AuditFilter): SQL | undefined {
  return and(
    filter.actor ? containsText(auditEvents.actorEmail, filter.actor) : undefined,
    filter.action ? startsWithText(auditEvents.action, filter.action) : undefined,
    filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditEvents.entityId, filter.entityId) : undefined,
    // Days are Amsterdam days: from the start of `from` up to the end of `to`.
    filter.from ? gte(auditEvents.at, startOfAmsterdamDay(filter.from)) : undefined,
    filter.to ? lt(auditEvents.at, endOfAmsterdamDay(filter.to)) : undefined,
  );
}

export async function listAuditEvents(
  db: Queryable,
  filter: AuditFilter,
  page: number,
  pageSize: number,
) {
  const condition = where(filter);
  const [items, [total]] = await Promise.all([
    db
      .select()
      .from(auditEvents)
      .where(condition)
      .orderBy(desc(auditEvents.at), desc(auditEvents.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(auditEvents).where(condition),
  ]);
  return { items, total: total?.n ?? 0 };
}
