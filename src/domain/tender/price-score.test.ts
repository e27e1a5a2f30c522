import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ZeroPriceNumeratorError,
  annualReach,
  divideRoundingHalfUp,
  explainPriceScores,
  priceNumeratorCents,
  priceScores,
  type AnnualReach,
} from './price-score.ts';

const reach = (participants: number, dayPartsPerWeek: number, weeksPerYear: number) => ({
  participants,
  dayPartsPerWeek,
  weeksPerYear,
});

describe('price index and price score', () => {
  it('gives the only application in the comparison 10 points and explains the sum', () => {
    expect(
      explainPriceScores([
        { reference: 'AV-2027-003', numeratorCents: 1_400_000, reach: reach(40, 4, 48) },
      ]),
    ).toEqual([
      {
        reference: 'AV-2027-003',
        numeratorCents: 1_400_000,
        annualReach: 7680,
        indexCents: '182.2917',
        lowestIndexCents: '182.2917',
        unroundedScore: '10.0000',
        score: 10,
      },
    ]);
  });

  it('rounds exactly half up at .5: 6.5 → 7, 5.5 → 6 passes, 5.4999 → 5 fails', () => {
    const scores = explainPriceScores([
      // index 1920 / 1920 = 1: the lowest, 10 points
      { reference: 'AV-2027-001', numeratorCents: 1920, reach: reach(10, 4, 48) },
      // index 4000 / 2600 = 20/13; 10 × 1 ÷ 20/13 = 6.5 → 7
      { reference: 'AV-2027-002', numeratorCents: 4000, reach: reach(13, 4, 50) },
      // index 2000 / 1100 = 20/11; 10 × 1 ÷ 20/11 = 5.5 → 6
      { reference: 'AV-2027-003', numeratorCents: 2000, reach: reach(11, 2, 50) },
      // index 100000 / 54999; 10 × 1 ÷ that = 5.4999 → 5
      { reference: 'AV-2027-004', numeratorCents: 100_000, reach: reach(679, 3, 27) },
    ]);
    expect(scores.map((s) => [s.reference, s.annualReach, s.indexCents, s.score])).toEqual([
      ['AV-2027-001', 1920, '1.0000', 10],
      ['AV-2027-002', 2600, '1.5385', 7],
      ['AV-2027-003', 1100, '1.8182', 6],
      ['AV-2027-004', 54999, '1.8182', 5],
    ]);
    expect(new Set(scores.map((s) => s.lowestIndexCents))).toEqual(new Set(['1.0000']));
    // The letter shows 10 × lowest ÷ own before rounding, cut off at 4 decimals: the two that
    // share the index 1.8182 are told apart, and 5.4999 never shows as 5.5000.
    expect(scores.map((s) => s.unroundedScore)).toEqual(['10.0000', '6.5000', '5.5000', '5.4999']);
  });

  it('decides 5.5 as 6 where floating point would say 5.499999999999999', () => {
    // 10 × (38400 / 7680) / (20000 / 2200) is 5.499999999999999 in floating point.
    expect((10 * (38400 / 7680)) / (20000 / 2200)).toBeLessThan(5.5);
    const [lowest, own] = explainPriceScores([
      { reference: 'AV-2027-010', numeratorCents: 38_400, reach: reach(40, 4, 48) },
      { reference: 'AV-2027-011', numeratorCents: 20_000, reach: reach(11, 4, 50) },
    ]);
    expect(lowest!.indexCents).toBe('5.0000');
    expect(own!.indexCents).toBe('9.0909');
    expect(own!.score).toBe(6);
  });

  it('finds the lowest index wherever it is in the list, and can give 0 points', () => {
    const scores = explainPriceScores([
      { reference: 'AV-2027-021', numeratorCents: 2_000_000, reach: reach(1, 1, 1) },
      { reference: 'AV-2027-022', numeratorCents: 1000, reach: reach(10, 2, 50) },
    ]);
    // 1000 / 1000 = 1 is the lowest; 10 × 1 ÷ 2,000,000 rounds to 0.
    expect(scores.map((s) => s.score)).toEqual([0, 10]);
    expect(scores[0]!.indexCents).toBe('2000000.0000');
  });

  it('refuses a zero price numerator, naming the application', () => {
    const compare = () =>
      explainPriceScores([
        { reference: 'AV-2027-001', numeratorCents: 1000, reach: reach(10, 2, 50) },
        { reference: 'AV-2027-002', numeratorCents: 0, reach: reach(10, 2, 50) },
      ]);
    expect(compare).toThrow(ZeroPriceNumeratorError);
    expect(compare).toThrow(/AV-2027-002/);
    expect(() =>
      priceScores([{ reference: 'AV-2027-003', numeratorCents: 0, reach: reach(1, 1, 1) }]),
    ).toThrow(ZeroPriceNumeratorError);
  });

  it('returns nothing for an empty comparison', () => {
    expect(priceScores([])).toEqual([]);
    expect(explainPriceScores([])).toEqual([]);
  });

  it('counts fixed costs, and for day activities also paid staff, in the numerator', () => {
    const budget = [
      { kind: 'fixed_costs', cents: 1_000_000 },
      { kind: 'staff', cents: 2_500_000 },
      { kind: 'volunteer_expenses', cents: 300_000 },
      { kind: 'refreshments', cents: 200_000 },
    ] as const;
    expect(priceNumeratorCents('living_room', budget)).toBe(1_000_000);
    expect(priceNumeratorCents('information_advice', budget)).toBe(1_000_000);
    expect(priceNumeratorCents('services', budget)).toBe(1_000_000);
    expect(priceNumeratorCents('day_activities', budget)).toBe(3_500_000);
    expect(annualReach(reach(40, 4, 48))).toBe(7680);
  });

  it('divides rounding half up', () => {
    expect(divideRoundingHalfUp(13n, 2n)).toBe(7n);
    expect(divideRoundingHalfUp(11n, 2n)).toBe(6n);
    expect(divideRoundingHalfUp(54_999n, 10_000n)).toBe(5n);
    expect(divideRoundingHalfUp(0n, 7n)).toBe(0n);
  });
});

describe('price score properties', () => {
  const entry = fc.record({
    numeratorCents: fc.integer({ min: 1, max: 100_000_000 }),
    reach: fc.record({
      participants: fc.integer({ min: 1, max: 2000 }),
      dayPartsPerWeek: fc.integer({ min: 1, max: 21 }),
      weeksPerYear: fc.integer({ min: 1, max: 53 }),
    }),
  });
  const entries = fc
    .array(entry, { minLength: 1, maxLength: 20 })
    .map((list) => list.map((e, i) => ({ ...e, reference: `AV-2027-${i}` })));
  const reachOf = (r: AnnualReach) =>
    BigInt(r.participants) * BigInt(r.dayPartsPerWeek) * BigInt(r.weeksPerYear);

  it('gives the score s with s − ½ ≤ 10 × lowest ÷ own < s + ½', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const scores = priceScores(list);
        const indexes = list.map((e) => ({ n: BigInt(e.numeratorCents), r: reachOf(e.reach) }));
        const lowest = indexes.reduce((a, b) => (b.n * a.r < a.n * b.r ? b : a));
        indexes.forEach((own, i) => {
          // x = 10·lowN·ownR / (lowR·ownN); (2s − 1)·q ≤ 2p < (2s + 1)·q
          const p = 10n * lowest.n * own.r;
          const q = lowest.r * own.n;
          const s = BigInt(scores[i]!);
          expect((2n * s - 1n) * q <= 2n * p).toBe(true);
          expect(2n * p < (2n * s + 1n) * q).toBe(true);
        });
        expect(scores.some((s) => s === 10)).toBe(true);
        expect(explainPriceScores(list).map((e) => e.score)).toEqual(scores);
      }),
    );
  });

  it('never scores a cheaper index lower than a dearer one', () => {
    fc.assert(
      fc.property(entries, (list) => {
        const scores = priceScores(list);
        list.forEach((a, i) =>
          list.forEach((b, j) => {
            const aCheaper =
              BigInt(a.numeratorCents) * reachOf(b.reach) <
              BigInt(b.numeratorCents) * reachOf(a.reach);
            if (aCheaper) expect(scores[i]!).toBeGreaterThanOrEqual(scores[j]!);
          }),
        );
      }),
    );
  });
});
