/**
 * Days and moments. Deadlines are moments in Europe/Amsterdam: entered and shown as local
 * time there, stored as instants. Conversions use the platform's time-zone database (Intl),
 * so summer and winter time are right on every day, including the change-over days.
 */
export const TIME_ZONE = 'Europe/Amsterdam';

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_MOMENT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether `text` is a real calendar day written YYYY-MM-DD (so 2026-02-30 is not). */
export function isValidDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days since 1970-01-01 of a valid day (proleptic Gregorian calendar). */
export function dayNumber(day: string): number {
  if (!isValidDay(day)) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  // Days from civil (Howard Hinnant), exact for every year without Date's two-digit quirks.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** A wall-clock time read as UTC, in ms; not Date.UTC, which reads years 0–99 as 1900–1999. */
function wallClockMillis(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, 0, 0);
  return date.getTime();
}

function utcDate(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(wallClockMillis(y, m, d));
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
  const year = (parts.year ?? '').padStart(4, '0');
  return `${year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`;
}

/**
 * The calendar day in Amsterdam at an instant, YYYY-MM-DD: today is `amsterdamDay(now)`.
 * A day later is `addDays(amsterdamDay(now), 1)`, never `now` plus 24 hours: on the days
 * summer time starts or ends that lands on the wrong day around midnight.
 */
export function amsterdamDay(instant: Date): string {
  return toAmsterdamLocal(instant).slice(0, 10);
}

/**
 * The Amsterdam day of an instant for work whose day begins at `hour` o'clock there instead
 * of at midnight: before that hour it is still the day before.
 */
export function amsterdamDayStartingAt(instant: Date, hour: number): string {
  const local = toAmsterdamLocal(instant);
  const day = local.slice(0, 10);
  return Number(local.slice(11, 13)) < hour ? addDays(day, -1) : day;
}

function localMillis(m: RegExpExecArray): number {
  return wallClockMillis(Number(m[1]), Number(m[2]), Number(m[3]), Number(m[4]), Number(m[5]));
}

/** Offset of Amsterdam from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(instant: Date): number {
  const asUtc = localMillis(LOCAL_MOMENT.exec(toAmsterdamLocal(instant))!);
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
  const asUtc = localMillis(m);
  // Try both possible offsets; keep those that map back to the same wall-clock time.
  const candidates = [120, 60]
    .map((offset) => new Date(asUtc - offset * 60_000))
    .filter((instant) => offsetMinutes(instant) * 60_000 === asUtc - instant.getTime());
  const first = candidates.sort((a, b) => a.getTime() - b.getTime())[0];
  return first ? { ok: true, instant: first } : { ok: false, reason: 'nonexistent' };
}

/**
 * The instant an Amsterdam day YYYY-MM-DD begins: midnight there. Summer time starts at
 * 02:00 and ends at 03:00, so midnight is never skipped or repeated. The offset is read at
 * a first guess and then at the guess itself, which also holds for the offsets of days long
 * past (a filter may name any day).
 */
export function startOfAmsterdamDay(day: string): Date {
  if (!isValidDay(day)) throw new RangeError(`Not a day (YYYY-MM-DD): ${day}`);
  const midnight = utcDate(day).getTime();
  const guess = midnight - offsetMinutes(new Date(midnight)) * 60_000;
  return new Date(midnight - offsetMinutes(new Date(guess)) * 60_000);
}

/**
 * The instant an Amsterdam day ends: the start of the next day, which no longer belongs to
 * it. A day is 23 hours long when summer time starts and 25 when it ends.
 */
export function endOfAmsterdamDay(day: string): Date {
  return startOfAmsterdamDay(addDays(day, 1));
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
  return dayFormatter.format(utcDate(day));
}
