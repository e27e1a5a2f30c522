import type { Queryable } from './db/database.ts';
import { auditEvents } from './db/schema.ts';

export async function insertAuditEvents(
  db: Queryable,
  rows: readonly (typeof auditEvents.$inferInsert)[],
) {
  if (rows.length === 0) return;
  await db.insert(auditEvents).values([...rows]);
}
