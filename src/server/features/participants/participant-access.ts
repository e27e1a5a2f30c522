/**
 * Shared by every participant feature: finding a provision or participant inside the caller's
 * scope (absent otherwise), and logging each read of a participant's personal data.
 */
import type { OpeningDayParts } from '../../../domain/day-parts.ts';
import type { Actor, DataScope } from '../../platform/access.ts';
import { insertAuditEvents } from '../../platform/audit.repository.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import * as repo from './participants.repository.ts';

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
  const row = await repo.findProvisionInScope(db, scope, provisionId);
  if (!row) throw new AppError('NOT_FOUND');
  return { ...row, openingDayParts: row.openingDayParts as OpeningDayParts };
}

export type { ParticipantRow } from './participants.repository.ts';

/**
 * The participant if the scope covers its provision. Erased participants are absent: what is
 * left of them is statistics, not a person one can open. `forUpdate` locks the row.
 */
export async function participantInScope(
  db: Queryable,
  scope: DataScope,
  participantId: string,
  options: { forUpdate?: boolean } = {},
): Promise<repo.ParticipantRow> {
  const row = await repo.findParticipantInScope(
    db,
    scope,
    participantId,
    options.forUpdate ?? false,
  );
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
  await insertAuditEvents(
    db,
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
