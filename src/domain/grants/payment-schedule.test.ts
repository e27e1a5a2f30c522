import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plannedTerms, scheduleProblems, splitEvenly, termsDue } from './payment-schedule.ts';

const YEAR_2027 = { start: '2027-01-01', end: '2027-12-31' };

describe('a planned schedule of advances', () => {
  it('pays € 10,000.00 over 2027 in twelve monthly terms of € 833.33, the last € 833.37', () => {
    const terms = plannedTerms('monthly', YEAR_2027, 1_000_000);
    expect(terms).toHaveLength(12);
    expect(terms[0]).toEqual({ dueDay: '2027-01-01', amountCents: 83_333 });
    expect(terms[10]).toEqual({ dueDay: '2027-11-01', amountCents: 83_333 });
    expect(terms[11]).toEqual({ dueDay: '2027-12-01', amountCents: 83_337 });
  });

  it('starts a period that begins mid-month on its first day, then on the first of each month', () => {
    const terms = plannedTerms('monthly', { start: '2027-03-15', end: '2027-06-30' }, 400_000);
    expect(terms.map((t) => t.dueDay)).toEqual([
      '2027-03-15',
      '2027-04-01',
      '2027-05-01',
      '2027-06-01',
    ]);
    expect(terms.map((t) => t.amountCents)).toEqual([100_000, 100_000, 100_000, 100_000]);
  });

  it('pays quarterly terms at the start of each quarter, and one sum at the start', () => {
    expect(plannedTerms('quarterly', YEAR_2027, 1_000_001)).toEqual([
      { dueDay: '2027-01-01', amountCents: 250_000 },
      { dueDay: '2027-04-01', amountCents: 250_000 },
      { dueDay: '2027-07-01', amountCents: 250_000 },
      { dueDay: '2027-10-01', amountCents: 250_001 },
    ]);
    expect(plannedTerms('single', YEAR_2027, 1_234_567)).toEqual([
      { dueDay: '2027-01-01', amountCents: 1_234_567 },
    ]);
  });

  it('always adds up to the planned total to the cent, with the rest only in the last term (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 60 }),
        (total, count) => {
          const parts = splitEvenly(total, count);
          expect(parts).toHaveLength(count);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
          const first = parts[0]!;
          expect(parts.slice(0, -1).every((p) => p === first)).toBe(true);
          expect(parts.at(-1)! - first).toBeGreaterThanOrEqual(0);
          expect(parts.at(-1)! - first).toBeLessThan(count);
        },
      ),
    );
  });

  it('spans a period over a year end with one term per month it touches', () => {
    const terms = plannedTerms('monthly', { start: '2026-11-20', end: '2027-02-10' }, 100);
    expect(terms).toEqual([
      { dueDay: '2026-11-20', amountCents: 25 },
      { dueDay: '2026-12-01', amountCents: 25 },
      { dueDay: '2027-01-01', amountCents: 25 },
      { dueDay: '2027-02-01', amountCents: 25 },
    ]);
  });
});

describe('a schedule of its own', () => {
  it('is accepted when its terms lie in the period, in order, and add up to at most the grant', () => {
    const terms = [
      { dueDay: '2027-01-15', amountCents: 600_000 },
      { dueDay: '2027-07-01', amountCents: 400_000 },
    ];
    expect(scheduleProblems(terms, 1_000_000, YEAR_2027)).toEqual([]);
  });

  it('is refused, naming the field, when it pays more than granted or outside the period', () => {
    expect(
      scheduleProblems(
        [
          { dueDay: '2027-01-15', amountCents: 600_000 },
          { dueDay: '2028-01-01', amountCents: 400_001 },
        ],
        1_000_000,
        YEAR_2027,
      ),
    ).toEqual([
      {
        path: 'terms.1.dueDay',
        message: 'Een voorschot wordt betaald binnen de subsidieperiode.',
      },
      {
        path: 'terms',
        message: 'De voorschotten zijn samen meer dan de verleende subsidie.',
      },
    ]);
    expect(scheduleProblems([], 1_000_000, YEAR_2027)).toEqual([
      { path: 'terms', message: 'Voeg minstens één termijn toe.' },
    ]);
    expect(
      scheduleProblems(
        [
          { dueDay: '2027-06-01', amountCents: 0 },
          { dueDay: '2027-02-01', amountCents: 100 },
        ],
        1_000_000,
        YEAR_2027,
      ),
    ).toEqual([
      { path: 'terms.0.amountCents', message: 'Een termijn is minstens € 0,01, in hele centen.' },
      { path: 'terms.1.dueDay', message: 'Zet de termijnen op volgorde van datum.' },
    ]);
  });
});

describe('the terms due for a payment run', () => {
  it('selects the unpaid terms due up to and including the day', () => {
    const terms = [
      { dueDay: '2027-01-01', amountCents: 1, paid: true },
      { dueDay: '2027-02-01', amountCents: 2, paid: false },
      { dueDay: '2027-03-01', amountCents: 3, paid: false },
      { dueDay: '2027-03-02', amountCents: 4, paid: false },
    ];
    expect(termsDue(terms, '2027-03-01').map((t) => t.amountCents)).toEqual([2, 3]);
  });
});
