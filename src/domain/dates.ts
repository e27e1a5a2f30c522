/**
 * Days and moments. Deadlines are moments in Europe/Amsterdam: entered and shown as local
 * time there, stored as instants. Conversions use the platform's time-zone database (Intl),
 * so summer and winter time are right on every day, including the change-over days.
 */
export const TIME_ZONE = 'Europe/Amsterdam';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_MOMENT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** A real calendar day as YYYY-MM-DD (2026-02-30 is not one). */
export function isValidDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function utcDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d));
}

/** The day `days` after a day YYYY-MM-DD (negative: before), across months and years. */
export function addDays(day: string, days: number): string {
  const date = utcDate(day);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The weekday of a day YYYY-MM-DD: 1 is Monday … 7 is Sunday (ISO 8601). */
export function isoWeekday(day: string): number {
  return ((utcDate(day).getUTCDay() + 6) % 7) + 1;
}

const partsFormatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** The wall-clock time in Amsterdam at an instant, as YYYY-MM-DDTHH:mm. */
export function toAmsterdamLocal(instant: Date): string {
  const parts = Object.fromEntries(
    partsFormatter.formatToParts(instant).map((p) => [p.type, p.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/** Offset of Amsterdam from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const local = toAmsterdamLocal(instant);
  const m = LOCAL_MOMENT.exec(local)!;
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  return Math.round((asUtc - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

export type LocalMomentResult =
  { ok: true; instant: Date } | { ok: false; reason: 'format' | 'nonexistent' };

/**
 * The instant of an Amsterdam wall-clock time YYYY-MM-DDTHH:mm. A time that does not exist
 * (the hour skipped when summer time starts) is refused; a time that occurs twice (the hour
 * repeated when it ends) means the first occurrence.
 */
export function fromAmsterdamLocal(local: string): LocalMomentResult {
  const m = LOCAL_MOMENT.exec(local);
  if (!m || !isValidDay(local.slice(0, 10)) || Number(m[4]) > 23 || Number(m[5]) > 59) {
    return { ok: false, reason: 'format' };
  }
  const asUtc = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
  // Try both possible offsets; keep those that map back to the same wall-clock time.
  const candidates = [120, 60]
    .map((offset) => new Date(asUtc - offset * 60_000))
    .filter((instant) => offsetMinutes(instant) * 60_000 === asUtc - instant.getTime());
  const first = candidates.sort((a, b) => a.getTime() - b.getTime())[0];
  return first ? { ok: true, instant: first } : { ok: false, reason: 'nonexistent' };
}

const displayFormatter = new Intl.DateTimeFormat('nl-NL', {
  timeZone: TIME_ZONE,
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "1 maart 2027 om 12:00 (Nederlandse tijd)": how a deadline is shown everywhere. */
export function formatAmsterdamMoment(instant: Date): string {
  const parts = Object.fromEntries(
    displayFormatter.formatToParts(instant).map((p) => [p.type, p.value]),
  );
  return `${parts.day} ${parts.month} ${parts.year} om ${parts.hour}:${parts.minute} (Nederlandse tijd)`;
}

const dayFormatter = new Intl.DateTimeFormat('nl-NL', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "1 januari 2027" for a day YYYY-MM-DD. */
export function formatDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return dayFormatter.format(new Date(Date.UTC(y, m - 1, d)));
}
