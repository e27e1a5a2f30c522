import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  activityChangeProblems,
  addMonths,
  budgetShiftProblems,
  loweringGroundArticle,
  loweringProblems,
  periodChangeProblems,
  scheduleAfterLowering,
  scheduleAfterRaise,
  termsWithinPeriod,
} from './changes.ts';
import { plannedTerms } from './payment-schedule.ts';

/** Intl writes a non-breaking space after the euro sign. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value).replaceAll('\u00a0', ' '));

const year2025 = { start: '2025-01-01', end: '2025-12-31' };

describe('a request for another period', () => {
  it('accepts a period that starts later and ends up to six months later', () => {
    expect(periodChangeProblems(year2025, { start: '2025-03-01', end: '2026-02-28' })).toEqual([]);
  });

  it('refuses a start before the granted start and an end past six months', () => {
    expect(periodChangeProblems(year2025, { start: '2024-12-01', end: '2026-07-01' })).toEqual([
      {
        path: 'periodStart',
        message: 'De nieuwe periode begint niet eerder dan de verleende periode.',
      },
      {
        path: 'periodEnd',
        message: 'De nieuwe periode eindigt hoogstens 6 maanden na de verleende einddatum.',
      },
      { path: 'periodEnd', message: 'Een subsidieperiode duurt hoogstens 12 maanden.' },
    ]);
  });

  it('refuses an end before the start, a period of more than a year and the same period', () => {
    expect(periodChangeProblems(year2025, { start: '2025-06-01', end: '2025-05-31' })).toEqual([
      { path: 'periodEnd', message: 'De einddatum ligt vóór de begindatum.' },
    ]);
    expect(periodChangeProblems(year2025, { start: '2025-02-01', end: '2026-02-01' })).toEqual([
      { path: 'periodEnd', message: 'Een subsidieperiode duurt hoogstens 12 maanden.' },
    ]);
    expect(periodChangeProblems(year2025, year2025)).toEqual([
      { path: 'periodEnd', message: 'De nieuwe periode is gelijk aan de verleende periode.' },
    ]);
    expect(periodChangeProblems(year2025, { start: '2025-02-30', end: '' })).toEqual([
      { path: 'periodStart', message: 'Vul een geldige begindatum in.' },
      { path: 'periodEnd', message: 'Vul een geldige einddatum in.' },
    ]);
  });

  it('counts months to the last day of a shorter month', () => {
    expect(addMonths('2025-08-31', 6)).toBe('2026-02-28');
    expect(addMonths('2025-12-31', 6)).toBe('2026-06-30');
  });

  it('moves unpaid terms outside the new period to its start or end, amounts unchanged', () => {
    expect(
      termsWithinPeriod(
        [
          { dueDay: '2025-01-01', amountCents: 100 },
          { dueDay: '2025-06-01', amountCents: 200 },
          { dueDay: '2025-12-01', amountCents: 300 },
        ],
        { start: '2025-03-01', end: '2025-10-31' },
      ),
    ).toEqual([
      { dueDay: '2025-03-01', amountCents: 100 },
      { dueDay: '2025-06-01', amountCents: 200 },
      { dueDay: '2025-10-31', amountCents: 300 },
    ]);
  });
});

describe('a budget shift', () => {
  it('accepts new amounts with the same total', () => {
    expect(budgetShiftProblems([600_000, 400_000], [500_000, 500_000])).toEqual([]);
  });

  it('refuses another total, negative amounts, a missing line and no change', () => {
    expect(plain(budgetShiftProblems([600_000, 400_000], [600_000, 500_000]))).toEqual([
      {
        path: 'budgetLines',
        message:
          'De posten tellen samen op tot het oorspronkelijke totaal (€ 10.000,00); nu € 11.000,00.',
      },
    ]);
    expect(budgetShiftProblems([600_000, 400_000], [1_100_000, -100_000])).toEqual([
      { path: 'budgetLines.1', message: 'Een bedrag is € 0,00 of meer, in hele centen.' },
    ]);
    expect(budgetShiftProblems([600_000, 400_000], [1_000_000])).toEqual([
      { path: 'budgetLines', message: 'Geef voor elk van de 2 begrotingsposten een bedrag.' },
    ]);
    expect(budgetShiftProblems([600_000, 400_000], [600_000, 400_000])).toEqual([
      { path: 'budgetLines', message: 'Verschuif minstens één bedrag.' },
    ]);
  });
});

describe('an activity change', () => {
  it('needs a description of at least 20 characters', () => {
    expect(activityChangeProblems('Andere zaal')).toEqual([
      {
        path: 'activity',
        message: 'Beschrijf de wijziging van de activiteit in minstens 20 tekens.',
      },
    ]);
    expect(activityChangeProblems('De kookochtend wordt een wandelochtend.')).toEqual([]);
  });
});

describe('lowering and withdrawal (Awb 4:48)', () => {
  it('names the article and ground', () => {
    expect(loweringGroundArticle('b')).toBe(
      'artikel 4:48, eerste lid, aanhef en onder b, Algemene wet bestuursrecht',
    );
  });

  it('only lowers: a new amount below the granted amount, 0 or more', () => {
    expect(plain(loweringProblems(1_000_000, 1_000_000))).toEqual([
      {
        path: 'newCents',
        message: 'Het nieuwe bedrag is lager dan het verleende bedrag (€ 10.000,00).',
      },
    ]);
    expect(loweringProblems(1_000_000, -1)).toHaveLength(1);
    expect(loweringProblems(1_000_000, 0)).toEqual([]);
  });

  it('keeps the paid terms and splits the rest over the unpaid terms, the rest in the last', () => {
    // € 10,000 in twelve terms, eleven paid (€ 9,166.63); lowered to € 9,500: € 333.37 left.
    const terms = plannedTerms('monthly', year2025, 1_000_000).map((t, i) => ({
      ...t,
      paid: i < 11,
    }));
    const lowered = scheduleAfterLowering(terms, 950_000);
    expect(lowered.paidCents).toBe(916_663);
    expect(lowered.unpaid).toEqual([{ dueDay: '2025-12-01', amountCents: 33_337 }]);
    expect(lowered.excessCents).toBe(0);
  });

  it('splits evenly over several unpaid terms in whole cents', () => {
    const terms = plannedTerms('quarterly', year2025, 1_000_000).map((t, i) => ({
      ...t,
      paid: i < 1,
    }));
    // Paid € 2,500; lowered to € 6,000: € 3,500 over three terms = 1,166.66 + 1,166.66 + 1,166.68.
    expect(scheduleAfterLowering(terms, 600_000).unpaid).toEqual([
      { dueDay: '2025-04-01', amountCents: 116_666 },
      { dueDay: '2025-07-01', amountCents: 116_666 },
      { dueDay: '2025-10-01', amountCents: 116_668 },
    ]);
  });

  it('drops the unpaid terms and names the excess when the new amount is below what is paid', () => {
    const terms = plannedTerms('quarterly', year2025, 1_000_000).map((t, i) => ({
      ...t,
      paid: i < 2,
    }));
    expect(scheduleAfterLowering(terms, 400_000)).toEqual({
      unpaid: [],
      paidCents: 500_000,
      excessCents: 100_000,
    });
    // Withdrawal: nothing more is paid, all that was paid is reclaimed.
    expect(scheduleAfterLowering(terms, 0)).toEqual({
      unpaid: [],
      paidCents: 500_000,
      excessCents: 500_000,
    });
  });

  it('never lets the advances exceed the new amount, and sums to it minus paid when it can', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.constantFrom<'monthly' | 'quarterly' | 'single'>('monthly', 'quarterly', 'single'),
        fc.integer({ min: 0, max: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (granted, kind, paidCount, fraction) => {
          const terms = plannedTerms(kind, year2025, granted).map((t, i) => ({
            ...t,
            paid: i < paidCount,
          }));
          const newCents = Math.floor(granted * fraction);
          const { unpaid, paidCents, excessCents } = scheduleAfterLowering(terms, newCents);
          const unpaidCents = unpaid.reduce((sum, t) => sum + t.amountCents, 0);
          const unpaidBefore = terms
            .filter((t) => !t.paid)
            .reduce((sum, t) => sum + t.amountCents, 0);
          // Paid terms stay; the unpaid ones add up exactly to what is left of the new amount.
          expect(unpaidCents).toBe(Math.min(unpaidBefore, Math.max(0, newCents - paidCents)));
          expect(paidCents + unpaidCents - excessCents).toBeLessThanOrEqual(newCents);
          if (unpaidBefore > 0) expect(paidCents + unpaidCents).toBe(Math.max(newCents, paidCents));
          expect(excessCents).toBe(Math.max(0, paidCents - newCents));
          for (const t of unpaid) {
            expect(Number.isSafeInteger(t.amountCents)).toBe(true);
            expect(t.amountCents).toBeGreaterThan(0);
          }
        },
      ),
    );
  });
});

describe('a raise after a well-founded objection', () => {
  it('adds the raise to the unpaid terms, split evenly, the rest in the last', () => {
    const terms = plannedTerms('quarterly', year2025, 1_000_000).map((t, i) => ({
      ...t,
      paid: i < 2,
    }));
    // € 5,000 unpaid + € 1,000.01 raise = € 6,000.01 over two terms.
    expect(scheduleAfterRaise(terms, 100_001, '2025-11-15')).toEqual([
      { dueDay: '2025-07-01', amountCents: 300_000 },
      { dueDay: '2025-10-01', amountCents: 300_001 },
    ]);
  });

  it('pays the raise in one new term when every term is paid', () => {
    const terms = plannedTerms('single', year2025, 1_000_000).map((t) => ({ ...t, paid: true }));
    expect(scheduleAfterRaise(terms, 250_000, '2025-11-15')).toEqual([
      { dueDay: '2025-11-15', amountCents: 250_000 },
    ]);
  });
});
