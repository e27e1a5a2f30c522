/**
 * Shared by every participant feature: finding a provision or participant inside the caller's
 * scope (absent otherwise), and logging each read of a participant's personal data.
 */
import { and, eq, sql } from 'drizzle-orm';
import type { OpeningDayParts } from '../../../domain/day-parts.ts';
import type { Actor, DataScope } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { auditEvents, participants, provisions } from '../../platform/db/schema.ts';
import { provisionFilter } from '../../platform/db/scope.ts';
import { AppError } from '../../platform/errors.ts';

export interface ScopedProvision {
  id: string;
  organisationId: string;
  name: string;
  category: string;
  openingDayParts: OpeningDayParts;
}

/** The provision if the scope covers it; NOT_FOUND otherwise (also when it does not exist). */
export async function provisionInScope(
  db: Queryable,
  scope: DataScope,
  provisionId: string,
): Promise<ScopedProvision> {
  const [row] = await db
    .select({
      id: provisions.id,
      organisationId: provisions.organisationId,
      name: provisions.name,
      category: provisions.category,
      openingDayParts: provisions.openingDayParts,
    })
    .from(provisions)
    .where(and(eq(provisions.id, provisionId), provisionFilter(provisions.id, scope)));
  if (!row) throw new AppError('NOT_FOUND');
  return { ...row, openingDayParts: row.openingDayParts as OpeningDayParts };
}

export type ParticipantRow = typeof participants.$inferSelect;

/**
 * The participant if the scope covers its provision. Erased participants are absent: what is
 * left of them is statistics, not a person one can open. `forUpdate` locks the row.
 */
export async function participantInScope(
  db: Queryable,
  scope: DataScope,
  participantId: string,
  options: { forUpdate?: boolean } = {},
): Promise<ParticipantRow> {
  const query = db
    .select()
    .from(participants)
    .where(
      and(
        eq(participants.id, participantId),
        sql`${participants.erasedAt} is null`,
        provisionFilter(participants.provisionId, scope),
      ),
    );
  const [row] = options.forUpdate ? await query.for('update') : await query;
  if (!row) throw new AppError('NOT_FOUND');
  return row;
}

/**
 * Every read of a participant's personal data is logged (AVG accountability): who, when,
 * which participant, and what was read. The log names no personal data itself.
 */
export async function logPersonalDataRead(
  db: Queryable,
  actor: Actor | null,
  what: string,
  participantIds: readonly string[],
): Promise<void> {
  if (participantIds.length === 0) return;
  await db.insert(auditEvents).values(
    participantIds.map((id) => ({
      actorUserId: actor?.userId ?? null,
      actorEmail: actor?.email ?? 'questionnaire-link',
      action: 'participant.read',
      entityType: 'participant',
      entityId: id,
      after: { what },
    })),
  );
}
