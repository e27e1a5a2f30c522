/**
 * The fixed periods of the municipality's report (docs/privacy/small-numbers.md): a calendar
 * month, a quarter or a year, and only one that has ended. With any from/to, two reports over
 * overlapping periods differ by one person's answer (5 answers with mean 6.4, then 6 with mean
 * 6.5: the sixth answer was 7). Fixed periods only overlap by nesting (a month in its quarter
 * in its year), and the report hides a figure that differs by 1 to 4 from the same figure of a
 * nested period (see `municipalityReport`). A period still running would change day by day,
 * which is the same attack; so it is not offered until it has ended.
 */
import { z } from 'zod';
import type { ReportPeriod } from './report/period.ts';

export type FixedPeriodKind = 'month' | 'quarter' | 'year';

export interface FixedPeriod extends ReportPeriod {
  kind: FixedPeriodKind;
  /** "2026", "2026-Q1" or "2026-03". */
  key: string;
}

const MONTH_NAMES = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) =>
  `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

function month(year: number, m: number): FixedPeriod {
  return {
    kind: 'month',
    key: `${year}-${pad(m)}`,
    from: `${year}-${pad(m)}-01`,
    to: lastDayOf(year, m),
  };
}

function quarter(year: number, q: number): FixedPeriod {
  const first = (q - 1) * 3 + 1;
  return {
    kind: 'quarter',
    key: `${year}-Q${q}`,
    from: `${year}-${pad(first)}-01`,
    to: lastDayOf(year, first + 2),
  };
}

function year(y: number): FixedPeriod {
  return { kind: 'year', key: String(y), from: `${y}-01-01`, to: `${y}-12-31` };
}

/** The period of a key, or null when the key is none of "2026", "2026-Q1", "2026-03". */
export function parseFixedPeriod(key: string): FixedPeriod | null {
  let match = /^(\d{4})$/.exec(key);
  if (match) return year(Number(match[1]));
  match = /^(\d{4})-Q([1-4])$/.exec(key);
  if (match) return quarter(Number(match[1]), Number(match[2]));
  match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(key);
  if (match) return month(Number(match[1]), Number(match[2]));
  return null;
}

/** "maart 2026", "1e kwartaal 2026", "2026". */
export function fixedPeriodLabel(period: FixedPeriod): string {
  const y = period.key.slice(0, 4);
  if (period.kind === 'year') return y;
  if (period.kind === 'quarter') return `${period.key.slice(6)}e kwartaal ${y}`;
  return `${MONTH_NAMES[Number(period.key.slice(5, 7)) - 1]} ${y}`;
}

/**
 * The fixed periods nested with this one: the months and quarters inside it, and the quarter
 * and year around it. Only these can be subtracted from it.
 */
export function nestedFixedPeriods(period: FixedPeriod): {
  inside: FixedPeriod[];
  around: FixedPeriod[];
} {
  const y = Number(period.key.slice(0, 4));
  if (period.kind === 'year') {
    return {
      inside: [
        ...[1, 2, 3, 4].map((q) => quarter(y, q)),
        ...Array.from({ length: 12 }, (_, i) => month(y, i + 1)),
      ],
      around: [],
    };
  }
  if (period.kind === 'quarter') {
    const q = Number(period.key.slice(6));
    return {
      inside: [1, 2, 3].map((i) => month(y, (q - 1) * 3 + i)),
      around: [year(y)],
    };
  }
  const m = Number(period.key.slice(5, 7));
  return { inside: [], around: [quarter(y, Math.floor((m - 1) / 3) + 1), year(y)] };
}

/** The last quarter that has ended on `today`: what the report shows when none is chosen. */
export function lastEndedQuarter(today: string): FixedPeriod {
  const y = Number(today.slice(0, 4));
  const q = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return q === 1 ? quarter(y - 1, 4) : quarter(y, q - 1);
}

export const FIXED_PERIOD_MESSAGES = {
  fixedOnly:
    'De rapportage voor de gemeente gaat alleen over een vaste periode: een maand, een kwartaal of een jaar. Kies zo’n periode.',
  unknown: 'Kies een maand (2026-03), een kwartaal (2026-Q1) of een jaar (2026).',
  notEnded: 'Deze periode is nog niet voorbij. Kies een maand, kwartaal of jaar dat al voorbij is.',
  tooEarly: 'Kies een periode vanaf het jaar 2000.',
} as const;

/** The query of the municipality's report: a fixed period, never a from/to. */
export const fixedPeriodKeySchema = z
  .string({ message: FIXED_PERIOD_MESSAGES.unknown })
  .refine((key) => parseFixedPeriod(key) !== null, { message: FIXED_PERIOD_MESSAGES.unknown });

/**
 * The fixed period asked for on `today` (by default the last ended quarter), or the problem
 * with the field it is about.
 */
export function resolveFixedPeriod(
  query: { period?: string | undefined; from?: string | undefined; to?: string | undefined },
  today: string,
):
  { ok: true; period: FixedPeriod } | { ok: false; problems: { path: string; message: string }[] } {
  if (query.from !== undefined || query.to !== undefined) {
    return {
      ok: false,
      problems: [
        {
          path: query.from !== undefined ? 'from' : 'to',
          message: FIXED_PERIOD_MESSAGES.fixedOnly,
        },
      ],
    };
  }
  if (query.period === undefined) return { ok: true, period: lastEndedQuarter(today) };
  const period = parseFixedPeriod(query.period);
  if (!period)
    return { ok: false, problems: [{ path: 'period', message: FIXED_PERIOD_MESSAGES.unknown }] };
  if (period.from < '2000-01-01') {
    return { ok: false, problems: [{ path: 'period', message: FIXED_PERIOD_MESSAGES.tooEarly }] };
  }
  if (period.to >= today) {
    return { ok: false, problems: [{ path: 'period', message: FIXED_PERIOD_MESSAGES.notEnded }] };
  }
  return { ok: true, period };
}
