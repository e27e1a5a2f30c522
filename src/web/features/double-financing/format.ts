import { formatDay } from '../../../domain/dates.ts';
import {
  SIGNAL_STATUS_LABELS,
  type SignalStatus,
} from '../../../domain/double-financing/signals.ts';
import { doubleFinancingTexts } from './texts.ts';

/** "1 januari 2026 tot en met 30 juni 2026", or "vanaf 1 januari 2026" while it is open. */
export function formatPeriod(start: string, end: string | null): string {
  return doubleFinancingTexts.period(formatDay(start), end === null ? null : formatDay(end));
}

export const statusLabel = (status: SignalStatus) => SIGNAL_STATUS_LABELS[status];

const monthFormat = new Intl.DateTimeFormat('nl-NL', {
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "januari 2026" for a month written YYYY-MM (or a day in it). */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  if (!year || !number) return month;
  return monthFormat.format(new Date(Date.UTC(year, number - 1, 1)));
}

/** A count as people here write it: 12.345. */
export const formatCount = (value: number) => value.toLocaleString('nl-NL');
