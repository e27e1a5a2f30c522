import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayNumber } from './dates.ts';
import { overlap, overlapDays, parsePeriod, type DayPeriod } from './periods.ts';

/** Real days between `from` and `to`, written YYYY-MM-DD. */
const dayBetween = (from: string, to: string) =>
  fc
    .integer({ min: dayNumber(from), max: dayNumber(to) })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
const day = dayBetween('1999-01-01', '2031-12-31');

const periodOf = (days: fc.Arbitrary<string>): fc.Arbitrary<DayPeriod> =>
  fc
    .tuple(days, fc.option(days, { nil: null }))
    .map(([a, b]) =>
      b === null ? { start: a, end: null } : a <= b ? { start: a, end: b } : { start: b, end: a },
    );
const period = periodOf(day);
/** Periods within two years, short enough to walk day by day. */
const nearbyPeriod = periodOf(dayBetween('2026-01-01', '2027-12-31'));

describe('reading a period', () => {
  it('gives an open end for an empty or missing end', () => {
    expect(parsePeriod('2026-01-01', '')).toEqual({
      ok: true,
      period: { start: '2026-01-01', end: null },
    });
    expect(parsePeriod('2026-01-01', undefined)).toEqual({
      ok: true,
      period: { start: '2026-01-01', end: null },
    });
  });

  it('accepts a period of one day', () => {
    expect(parsePeriod('2026-05-04', '2026-05-04')).toEqual({
      ok: true,
      period: { start: '2026-05-04', end: '2026-05-04' },
    });
  });

  it('refuses a day that does not exist, naming the field', () => {
    expect(parsePeriod('2026-02-30', '2026-03-01')).toEqual({
      ok: false,
      field: 'start',
      reason: '"2026-02-30" is not a valid date (YYYY-MM-DD)',
    });
    expect(parsePeriod('2026-02-01', '31-12-2026')).toMatchObject({ ok: false, field: 'end' });
  });

  it('refuses every end before its start', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        fc.pre(a !== b);
        const [early, late] = a < b ? [a, b] : [b, a];
        expect(parsePeriod(late, early)).toEqual({
          ok: false,
          field: 'end',
          reason: `the end ${early} lies before the start ${late}`,
        });
      }),
    );
  });
});

describe('the overlap of two periods', () => {
  it('is the shared days, inclusive, worked out by hand', () => {
    const participation = { start: '2026-02-01', end: null };
    const allocation = { start: '2026-01-01', end: '2026-06-30' };
    expect(overlap(participation, allocation)).toEqual({ start: '2026-02-01', end: '2026-06-30' });
    // February has 28 days in 2026: 28 + 31 + 30 + 31 + 30 = 150.
    expect(overlapDays(participation, allocation)).toBe(150);
    expect(
      overlap({ start: '2026-01-01', end: '2026-01-31' }, { start: '2026-02-01', end: null }),
    ).toBeNull();
    expect(
      overlapDays({ start: '2026-01-01', end: '2026-01-31' }, { start: '2026-02-01', end: null }),
    ).toBe(0);
  });

  it('is open only when both periods are open', () => {
    expect(overlap({ start: '2026-01-01', end: null }, { start: '2026-03-01', end: null })).toEqual(
      {
        start: '2026-03-01',
        end: null,
      },
    );
    expect(
      overlapDays({ start: '2026-01-01', end: null }, { start: '2026-03-01', end: null }),
    ).toBe(Number.POSITIVE_INFINITY);
  });

  it('is symmetric', () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        expect(overlap(a, b)).toEqual(overlap(b, a));
        expect(overlapDays(a, b)).toBe(overlapDays(b, a));
      }),
    );
  });

  it('is exactly one day for periods that touch on a boundary day', () => {
    fc.assert(
      fc.property(day, period, period, (touch, before, after) => {
        const a = { start: before.start < touch ? before.start : touch, end: touch };
        const b = {
          start: touch,
          end: after.end === null || after.end > touch ? after.end : touch,
        };
        expect(overlap(a, b)).toEqual({ start: touch, end: touch });
        expect(overlapDays(a, b)).toBe(1);
      }),
    );
  });

  it('lies within both periods and agrees with counting day by day', () => {
    fc.assert(
      fc.property(nearbyPeriod, nearbyPeriod, (a, b) => {
        const shared = overlap(a, b);
        const within = (p: DayPeriod, d: string) => p.start <= d && (p.end === null || d <= p.end);
        if (shared !== null) {
          expect(within(a, shared.start) && within(b, shared.start)).toBe(true);
          if (shared.end !== null)
            expect(within(a, shared.end) && within(b, shared.end)).toBe(true);
        }
        if (a.end !== null) {
          // Walk a's days and count those in b.
          let count = 0;
          for (let n = dayNumber(a.start); n <= dayNumber(a.end); n += 1) {
            const d = new Date(n * 86_400_000).toISOString().slice(0, 10);
            if (within(b, d)) count += 1;
          }
          expect(overlapDays(a, b)).toBe(count);
        }
      }),
      { numRuns: 200 },
    );
  });
});
