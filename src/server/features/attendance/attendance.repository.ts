/**
 * The queries of the week grid. Saving is set-based: each change is one statement with the
 * cells as one JSON parameter, never a statement per cell.
 */
import { and, asc, between, eq, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Cell, Registration } from '../../../domain/participants/attendance.ts';
import type { DayPart } from '../../../domain/day-parts.ts';
import type { Queryable } from '../../platform/db/database.ts';
import {
  anonymousAttendance,
  attendance,
  participantConsents,
  participants,
  provisions,
} from '../../platform/db/schema.ts';

export interface PresenceCell extends Cell {
  participantId: string;
}

export interface AnonymousCell extends Cell {
  count: number;
}

type Consent = Registration['registrationConsents'][number];

export interface ParticipantRegistration extends Registration {
  id: string;
  displayName: string;
}

/** Locks the provision's row: saves of one provision's attendance wait for each other. */
export async function lockProvision(db: Queryable, provisionId: string): Promise<void> {
  await db
    .select({ id: provisions.id })
    .from(provisions)
    .where(eq(provisions.id, provisionId))
    .for('update');
}

/**
 * The provision's participants (not erased) whose participation overlaps the week, and those
 * named in `alsoIds`, each with their consents for registration.
 */
export async function findRegistrations(
  db: Queryable,
  provisionId: string,
  week: { monday: string; sunday: string },
  alsoIds: readonly string[] = [],
): Promise<ParticipantRegistration[]> {
  const overlaps = and(
    lte(participants.startDate, week.sunday),
    or(isNull(participants.endDate), sql`${participants.endDate} >= ${week.monday}`),
  );
  const rows = await db
    .select({
      id: participants.id,
      displayName: participants.displayName,
      startDate: participants.startDate,
      endDate: participants.endDate,
      givenOn: participantConsents.givenOn,
      withdrawnOn: participantConsents.withdrawnOn,
    })
    .from(participants)
    .leftJoin(
      participantConsents,
      and(
        eq(participantConsents.participantId, participants.id),
        eq(participantConsents.scope, 'registration'),
      ),
    )
    .where(
      and(
        eq(participants.provisionId, provisionId),
        isNull(participants.erasedAt),
        alsoIds.length > 0 ? or(overlaps, inArray(participants.id, [...alsoIds])) : overlaps,
      ),
    )
    .orderBy(asc(participants.id));
  const byId = new Map<string, ParticipantRegistration & { registrationConsents: Consent[] }>();
  for (const row of rows) {
    const registration = byId.get(row.id) ?? {
      id: row.id,
      displayName: row.displayName ?? '',
      startDate: row.startDate,
      endDate: row.endDate,
      registrationConsents: [],
    };
    byId.set(row.id, registration);
    if (row.givenOn !== null) {
      registration.registrationConsents.push({
        givenOn: row.givenOn,
        withdrawnOn: row.withdrawnOn,
      });
    }
  }
  return [...byId.values()];
}

/** The presence of these participants in the week. */
export async function findPresence(
  db: Queryable,
  provisionId: string,
  participantIds: readonly string[],
  week: { monday: string; sunday: string },
): Promise<PresenceCell[]> {
  if (participantIds.length === 0) return [];
  const rows = await db
    .select({
      participantId: attendance.participantId,
      day: attendance.day,
      dayPart: attendance.dayPart,
    })
    .from(attendance)
    .where(
      and(
        eq(attendance.provisionId, provisionId),
        between(attendance.day, week.monday, week.sunday),
        inArray(attendance.participantId, [...participantIds]),
      ),
    );
  return rows.map((row) => ({ ...row, dayPart: row.dayPart as DayPart }));
}

export async function findAnonymous(
  db: Queryable,
  provisionId: string,
  week: { monday: string; sunday: string },
): Promise<AnonymousCell[]> {
  const rows = await db
    .select({
      day: anonymousAttendance.day,
      dayPart: anonymousAttendance.dayPart,
      count: anonymousAttendance.count,
    })
    .from(anonymousAttendance)
    .where(
      and(
        eq(anonymousAttendance.provisionId, provisionId),
        between(anonymousAttendance.day, week.monday, week.sunday),
      ),
    );
  return rows.map((row) => ({ ...row, dayPart: row.dayPart as DayPart }));
}

/** Cells as a table a statement can join on: one parameter, however many cells. */
function cellsTable(cells: readonly Cell[], withParticipant: boolean): SQL {
  const rows = JSON.stringify(cells);
  return withParticipant
    ? sql`json_to_recordset(${rows}::json) AS c("participantId" uuid, day date, "dayPart" text)`
    : sql`json_to_recordset(${rows}::json) AS c(day date, "dayPart" text)`;
}

/**
 * Removes and adds presence in one statement. The two sets are disjoint (what is added was
 * not there), so the insert does not depend on the delete it runs beside.
 */
export async function changePresence(
  db: Queryable,
  provisionId: string,
  removed: readonly PresenceCell[],
  added: readonly PresenceCell[],
): Promise<void> {
  if (removed.length === 0 && added.length === 0) return;
  await db.execute(sql`
    WITH removed AS (
      DELETE FROM attendance a
      USING ${cellsTable(removed, true)}
      WHERE a.provision_id = ${provisionId}::uuid
        AND a.participant_id = c."participantId" AND a.day = c.day AND a.day_part = c."dayPart"
    )
    INSERT INTO attendance (participant_id, provision_id, day, day_part)
    SELECT c."participantId", ${provisionId}::uuid, c.day, c."dayPart"
    FROM ${cellsTable(added, true)}
    ON CONFLICT DO NOTHING`);
}

/**
 * Sets the anonymous counts of day parts in one statement: a count above 0 is stored (or
 * replaces the one there), a day part with 0 is removed.
 */
export async function setAnonymous(
  db: Queryable,
  provisionId: string,
  counts: readonly AnonymousCell[],
): Promise<void> {
  if (counts.length === 0) return;
  await db.execute(sql`
    WITH cleared AS (
      DELETE FROM anonymous_attendance a
      USING ${cellsTable(
        counts.filter((c) => c.count === 0),
        false,
      )}
      WHERE a.provision_id = ${provisionId}::uuid AND a.day = c.day AND a.day_part = c."dayPart"
    )
    INSERT INTO anonymous_attendance (provision_id, day, day_part, count)
    SELECT ${provisionId}::uuid, c.day, c."dayPart", c.count
    FROM json_to_recordset(${JSON.stringify(counts.filter((c) => c.count > 0))}::json)
      AS c(day date, "dayPart" text, count int)
    ON CONFLICT (provision_id, day, day_part) DO UPDATE SET count = excluded.count`);
}
