import { and, count, desc, eq, ilike, sql, type SQL } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import { auditEvents } from '../../platform/db/schema.ts';

export interface AuditFilter {
  actor?: string | undefined;
  action?: string | undefined;
  entityType?: string | undefined;
  entityId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function where(filter: AuditFilter): SQL | undefined {
  return and(
    filter.actor ? ilike(auditEvents.actorEmail, `%${escapeLike(filter.actor)}%`) : undefined,
    filter.action ? ilike(auditEvents.action, `${escapeLike(filter.action)}%`) : undefined,
    filter.entityType ? eq(auditEvents.entityType, filter.entityType) : undefined,
    filter.entityId ? eq(auditEvents.entityId, filter.entityId) : undefined,
    // Days are Amsterdam days: from the start of `from` up to the end of `to`.
    filter.from
      ? sql`${auditEvents.at} >= (${filter.from}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`
      : undefined,
    filter.to
      ? sql`${auditEvents.at} < ((${filter.to}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam')`
      : undefined,
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
