/**
 * What the grid holds while someone fills it in, and the body a save sends. Only the cells the
 * grid shows are in it: open day parts, on days a participant is registered.
 */
import { DAY_PART_LABELS, type DayPart } from '../../../../domain/day-parts.ts';
import {
  formatWeekday,
  openCells,
  type AttendanceWeek,
  type Cell,
} from '../../../../domain/participants/attendance.ts';
import type { AttendanceWeekView } from '../../../../server/features/attendance/attendance.schemas.ts';
import { attendanceTexts as texts } from '../texts.ts';

export type Participant = AttendanceWeekView['participants'][number];

export interface Draft {
  /** Keys of `presenceKey`. */
  present: ReadonlySet<string>;
  /** Per `cellKey` the text of the number field ('' is 0). */
  anonymous: Readonly<Record<string, string>>;
}

export const cellKey = (c: Cell) => `${c.day}|${c.dayPart}`;
export const presenceKey = (participantId: string, c: Cell) => `${participantId}|${cellKey(c)}`;
export const presenceId = (participantId: string, c: Cell) =>
  `aanwezig-${participantId}-${c.day}-${c.dayPart}`;
export const anonymousId = (c: Cell) => `anoniem-${c.day}-${c.dayPart}`;

/** "maandag 30 november, ochtend" parts of a cell's name. */
export const cellDay = (c: Cell) => formatWeekday(c.day, { year: false });
export const cellPart = (dayPart: DayPart) => DAY_PART_LABELS[dayPart];

/** The open day parts of the week: the grid's columns. */
export const columnsOf = (view: AttendanceWeekView): Cell[] =>
  openCells(view.openingDayParts, view.weekStart);

export const canBePresent = (participant: Participant, c: Cell) =>
  participant.registeredDays.includes(c.day);

export function draftFromView(view: AttendanceWeekView): Draft {
  const columns = new Set(columnsOf(view).map(cellKey));
  const byId = new Map(view.participants.map((p) => [p.id, p]));
  const present = new Set(
    view.present
      .filter((c) => {
        const participant = byId.get(c.participantId);
        return participant && columns.has(cellKey(c)) && canBePresent(participant, c);
      })
      .map((c) => presenceKey(c.participantId, c)),
  );
  const anonymous: Record<string, string> = Object.fromEntries(
    [...columns].map((key) => [key, '0']),
  );
  for (const c of view.anonymous) {
    if (columns.has(cellKey(c))) anonymous[cellKey(c)] = String(c.count);
  }
  return { present, anonymous };
}

const countOf = (text: string | undefined) =>
  text === undefined || text.trim() === '' ? 0 : Number(text);

export function sameDraft(a: Draft, b: Draft): boolean {
  if (a.present.size !== b.present.size) return false;
  for (const key of a.present) if (!b.present.has(key)) return false;
  const keys = new Set([...Object.keys(a.anonymous), ...Object.keys(b.anonymous)]);
  for (const key of keys) if (countOf(a.anonymous[key]) !== countOf(b.anonymous[key])) return false;
  return true;
}

/** Where a message about an entry of the body belongs: the field, and how to name it. */
export interface Target {
  fieldId: string;
  label: string;
}

/**
 * The body of a save, in the grid's order, with for each entry the field it came from, so a
 * message of the server about `present.3` or `anonymous.1` can point at the right field.
 */
export function toBody(
  view: AttendanceWeekView,
  draft: Draft,
): { body: AttendanceWeek; present: Target[]; anonymous: Target[] } {
  const columns = columnsOf(view);
  const body: AttendanceWeek = { weekStart: view.weekStart, present: [], anonymous: [] };
  const present: Target[] = [];
  const anonymous: Target[] = [];
  for (const participant of view.participants) {
    for (const c of columns) {
      if (!draft.present.has(presenceKey(participant.id, c))) continue;
      body.present.push({ participantId: participant.id, day: c.day, dayPart: c.dayPart });
      present.push({
        fieldId: presenceId(participant.id, c),
        label: texts.cell(participant.displayName, cellDay(c), cellPart(c.dayPart)),
      });
    }
  }
  for (const c of columns) {
    body.anonymous.push({ ...c, count: countOf(draft.anonymous[cellKey(c)]) });
    anonymous.push({
      fieldId: anonymousId(c),
      label: texts.anonymousCell(cellDay(c), cellPart(c.dayPart)),
    });
  }
  return { body, present, anonymous };
}

/** A field error of the body (`present.3.dayPart`) as a message next to the right field. */
export function locateError(
  error: { path: string; message: string },
  targets: { present: Target[]; anonymous: Target[] },
): { fieldId: string | null; message: string } {
  const [list, index] = error.path.split('.');
  const target =
    list === 'present' || list === 'anonymous' ? targets[list][Number(index)] : undefined;
  return target
    ? { fieldId: target.fieldId, message: texts.fieldError(target.label, error.message) }
    : { fieldId: null, message: error.message };
}
