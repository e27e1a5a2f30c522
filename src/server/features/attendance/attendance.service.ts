/**
 * The week grid of a provision: who was present in which day part, and how many came without
 * registration. A save replaces the week's editable cells in one transaction, audited as the
 * cells added and removed per participant id (never names).
 */
import { DAY_PARTS } from '../../../domain/day-parts.ts';
import { addDays, amsterdamDay } from '../../../domain/dates.ts';
import {
  attendanceProblems,
  attendanceWeekSchema,
  daysOfWeek,
  isoWeek,
  mondayOf,
  notRegisteredMessage,
  openCells,
  registeredDays,
  type AttendanceWeek,
  type Cell,
} from '../../../domain/participants/attendance.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import { AppError, type FieldError } from '../../platform/errors.ts';
import {
  logPersonalDataRead,
  provisionInScope,
  type ScopedProvision,
} from '../participants/participant-access.ts';
import * as repo from './attendance.repository.ts';
import type { AttendanceWeekView } from './attendance.schemas.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const cellKey = (c: Cell) => `${c.day} ${c.dayPart}`;
const presenceKey = (c: repo.PresenceCell) => `${c.participantId} ${cellKey(c)}`;
const total = (cells: readonly repo.AnonymousCell[]) => cells.reduce((sum, c) => sum + c.count, 0);

function weekOf(monday: string) {
  return { monday, sunday: addDays(monday, 6) };
}

/** The participants of the grid: registered on at least one day of the week, by name. */
function gridParticipants(registrations: readonly repo.ParticipantRegistration[], monday: string) {
  return registrations
    .map((r) => ({ ...r, registeredDays: registeredDays(r, monday) }))
    .filter((r) => r.registeredDays.length > 0)
    .sort((a, b) => collator.compare(a.displayName, b.displayName) || a.id.localeCompare(b.id));
}

type GridParticipant = ReturnType<typeof gridParticipants>[number];

function toView(
  provision: ScopedProvision,
  monday: string,
  grid: readonly GridParticipant[],
  present: readonly repo.PresenceCell[],
  anonymous: readonly repo.AnonymousCell[],
): AttendanceWeekView {
  const days = daysOfWeek(monday);
  const row = new Map(grid.map((p, i) => [p.id, i]));
  const order = (c: Cell) => `${c.day} ${DAY_PARTS.indexOf(c.dayPart)}`;
  return {
    provision: { id: provision.id, name: provision.name },
    weekStart: monday,
    isoWeek: isoWeek(monday),
    days,
    openingDayParts: provision.openingDayParts,
    participants: grid.map((p) => ({
      id: p.id,
      displayName: p.displayName,
      startDate: p.startDate,
      endDate: p.endDate,
      registeredDays: p.registeredDays,
    })),
    present: present
      .filter((c) => row.has(c.participantId))
      .map(({ participantId, day, dayPart }) => ({ participantId, day, dayPart }))
      .sort(
        (a, b) =>
          row.get(a.participantId)! - row.get(b.participantId)! || order(a).localeCompare(order(b)),
      ),
    anonymous: anonymous
      .map(({ day, dayPart, count }) => ({ day, dayPart, count }))
      .sort((a, b) => order(a).localeCompare(order(b))),
  };
}

/**
 * The week that contains `week` (any day of it; without one, today in the Netherlands).
 * Reading it is logged per listed participant.
 */
export async function getAttendanceWeek(
  { db, actor, scope, now }: UseCaseContext,
  { provisionId, week: day }: { provisionId: string; week?: string | undefined },
): Promise<AttendanceWeekView> {
  const provision = await provisionInScope(db, scope, provisionId);
  const monday = mondayOf(day ?? amsterdamDay(now));
  const week = weekOf(monday);
  const grid = gridParticipants(await repo.findRegistrations(db, provisionId, week), monday);
  const ids = grid.map((p) => p.id);
  const [present, anonymous] = await Promise.all([
    repo.findPresence(db, provisionId, ids, week),
    repo.findAnonymous(db, provisionId, week),
  ]);
  await logPersonalDataRead(db, actor, 'attendance', ids);
  return toView(provision, monday, grid, present, anonymous);
}

function validationFailed(fields: FieldError[]): AppError {
  return new AppError('VALIDATION_FAILED', {
    message: `Niet alle gegevens zijn goed ingevuld (${fields.map((f) => f.path).join(', ')}).`,
    fields,
  });
}

/**
 * Saves a whole week: for the participants of the grid, the cells of the days they are
 * registered on and the open day parts become exactly `body.present` (duplicates count once);
 * the anonymous counts of the open day parts become `body.anonymous` (the last one of a day part
 * counts). Anything wrong: VALIDATION_FAILED with every problem, and nothing stored. Cells
 * outside what the grid can show (a day part that has since closed) are kept as they were.
 */
export async function saveAttendanceWeek(
  { db, actor, scope }: Pick<UseCaseContext, 'db' | 'actor' | 'scope'>,
  { provisionId, body }: { provisionId: string; body: AttendanceWeek },
): Promise<AttendanceWeekView> {
  const parsed = attendanceWeekSchema.safeParse(body);
  if (!parsed.success) {
    throw validationFailed(
      parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    );
  }
  const week = parsed.data;
  const monday = week.weekStart;
  const range = weekOf(monday);

  return changeWithAudit(db, actor, async (tx, audit) => {
    const provision = await provisionInScope(tx, scope, provisionId);
    await repo.lockProvision(tx, provisionId);

    // Problems of the cells themselves first; a participant is checked on cells that are fine.
    const fields: FieldError[] = attendanceProblems(week, provision.openingDayParts).map((p) => ({
      path: p.path.join('.'),
      message: p.message,
    }));
    const badCells = new Set(fields.map((f) => f.path.split('.').slice(0, 2).join('.')));
    const requested = [...new Set(week.present.map((c) => c.participantId))];
    const registrations = await repo.findRegistrations(tx, provisionId, range, requested);
    const byId = new Map(registrations.map((r) => [r.id, r]));
    week.present.forEach((cell, i) => {
      if (badCells.has(`present.${i}`)) return;
      const message = notRegisteredMessage(i + 1, cell.day, byId.get(cell.participantId));
      if (message) fields.push({ path: `present.${i}.participantId`, message });
    });
    if (fields.length > 0) {
      const position = (path: string) => {
        const [list, index] = path.split('.');
        return (list === 'present' ? 0 : 1_000_000) + Number(index);
      };
      throw validationFailed(fields.sort((a, b) => position(a.path) - position(b.path)));
    }

    const grid = gridParticipants(registrations, monday);
    const registeredOn = new Map(grid.map((p) => [p.id, new Set(p.registeredDays)]));
    const open = openCells(provision.openingDayParts, monday);
    const openKeys = new Set(open.map(cellKey));
    const editable = (c: repo.PresenceCell) =>
      openKeys.has(cellKey(c)) && registeredOn.get(c.participantId)?.has(c.day) === true;

    // One connection in a transaction: the queries go one after the other.
    const before = await repo.findPresence(tx, provisionId, [...registeredOn.keys()], range);
    const anonymousBefore = await repo.findAnonymous(tx, provisionId, range);
    const wanted = new Map(week.present.map((c) => [presenceKey(c), c]));
    const stored = new Set(before.map(presenceKey));
    const removed = before.filter((c) => editable(c) && !wanted.has(presenceKey(c)));
    const added = [...wanted.values()].filter((c) => !stored.has(presenceKey(c)));
    await repo.changePresence(tx, provisionId, removed, added);

    // Every open day part gets a count: the last one sent for it, else 0.
    const counts = new Map(open.map((c) => [cellKey(c), { ...c, count: 0 }]));
    for (const c of week.anonymous) if (counts.has(cellKey(c))) counts.set(cellKey(c), c);
    await repo.setAnonymous(tx, provisionId, [...counts.values()]);
    const newCounts = [...counts.values()].filter((c) => c.count > 0);
    const anonymousAfter = [
      ...anonymousBefore.filter((c) => !openKeys.has(cellKey(c))),
      ...newCounts,
    ];

    await audit({
      action: 'attendance.save',
      entityType: 'provision',
      entityId: provisionId,
      after: {
        weekStart: monday,
        added: added.length,
        removed: removed.length,
        anonymousBefore: total(anonymousBefore),
        anonymousAfter: total(anonymousAfter),
        changes: changesPerParticipant(added, removed),
      },
    });

    const removedKeys = new Set(removed.map(presenceKey));
    const present = [...before.filter((c) => !removedKeys.has(presenceKey(c))), ...added];
    await logPersonalDataRead(
      tx,
      actor,
      'attendance',
      grid.map((p) => p.id),
    );
    return toView(provision, monday, grid, present, anonymousAfter);
  });
}

/**
 * Per participant id the cells added and removed, each as "2026-11-30 morning": ids, days and
 * day parts only, compact because a full week can hold hundreds of cells.
 */
function changesPerParticipant(
  added: readonly repo.PresenceCell[],
  removed: readonly repo.PresenceCell[],
): Record<string, { added: string[]; removed: string[] }> {
  const changes: Record<string, { added: string[]; removed: string[] }> = {};
  const entry = (id: string) => (changes[id] ??= { added: [], removed: [] });
  for (const c of added) entry(c.participantId).added.push(cellKey(c));
  for (const c of removed) entry(c.participantId).removed.push(cellKey(c));
  return changes;
}
