/**
 * Every state change is written together with its audit row, in one transaction: either
 * both are stored or neither is.
 */
import type { Actor } from './access.ts';
import { insertAuditEvents } from './audit.repository.ts';
import type { Database, Tx } from './db/database.ts';

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

export type Audit = (entry: AuditEntry) => Promise<void>;

export async function changeWithAudit<T>(
  db: Database,
  actor: Actor,
  work: (tx: Tx, audit: Audit) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    const audit: Audit = async (entry) => {
      await insertAuditEvents(tx, [
        {
          actorUserId: actor.userId,
          actorEmail: actor.email,
          action: entry.action,
          entityType: entry.entityType,
          entityId: entry.entityId,
          before: entry.before ?? null,
          after: entry.after ?? null,
        },
      ]);
    };
    return work(tx, audit);
  });
}
