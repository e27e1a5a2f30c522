import { formatDay, toAmsterdamLocal } from '../../../domain/dates.ts';

/** The day of a moment in the municipality, as "10 maart 2026". */
export function dayOf(iso: string): string {
  return formatDay(toAmsterdamLocal(new Date(iso)).slice(0, 10));
}

/** The day of a moment as YYYY-MM-DD, for `<time dateTime>`. */
export function isoDayOf(iso: string): string {
  return toAmsterdamLocal(new Date(iso)).slice(0, 10);
}
