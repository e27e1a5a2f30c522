import { amsterdamDay, formatDay } from '../../../domain/dates.ts';

/** The day of a moment in the municipality, as "10 maart 2026". */
export function dayOf(iso: string): string {
  return formatDay(amsterdamDay(new Date(iso)));
}

/** The day of a moment as YYYY-MM-DD, for `<time dateTime>`. */
export function isoDayOf(iso: string): string {
  return amsterdamDay(new Date(iso));
}
