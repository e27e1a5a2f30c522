import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES, type Category } from './categories.ts';
import {
  rankAndAllocate,
  tieBreakHash,
  type TenderApplicationInput,
  type TenderRankInput,
  type TenderRankOutput,
} from './rank-and-allocate.ts';

// Narrow ranges on purpose: costs and reach close together give price scores from 5 to 10,
// judged scores mostly 6 to 9 (sometimes a failing 5) give many equal totals, and a ceiling of
// the same order as the requests makes it run out somewhere in the middle.
function applicationArbitrary(
  category: Category,
): fc.Arbitrary<Omit<TenderApplicationInput, 'reference'>> {
  const score = fc.oneof(
    { weight: 1, arbitrary: fc.constant(5) },
    { weight: 12, arbitrary: fc.integer({ min: 6, max: 9 }) },
  );
  return fc.record({
    submittedOnTime: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
    meetsGeneralConditions: fc.integer({ min: 0, max: 9 }).map((n) => n > 0),
    requestedCents: fc.integer({ min: 0, max: 1_500_000 }),
    budget: fc
      .tuple(
        fc.integer({ min: 800_000, max: 1_000_000 }),
        fc.integer({ min: 0, max: 400_000 }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 0, max: 100_000 }),
      )
      .map(([fixed, staff, volunteers, refreshments]) => [
        { kind: 'fixed_costs' as const, cents: fixed },
        { kind: 'staff' as const, cents: staff },
        { kind: 'volunteer_expenses' as const, cents: volunteers },
        { kind: 'refreshments' as const, cents: refreshments },
      ]),
    reach: fc.record({
      participants: fc.integer({ min: 28, max: 40 }),
      dayPartsPerWeek: fc.constant(4),
      weeksPerYear: fc.integer({ min: 48, max: 52 }),
    }),
    returnService:
      category === 'services' ? fc.constantFrom('tegenprestatie', 'fee') : fc.constant(undefined),
    scores: fc.record({
      samenwerking: score,
      resultaat: score,
      inclusie: score,
      duurzaamheid: score,
    }),
  });
}

const roundArbitrary: fc.Arbitrary<TenderRankInput> = fc
  .constantFrom(...CATEGORY_CODES)
  .chain((category) =>
    fc.record({
      category: fc.constant(category),
      ceilingCents: fc.integer({ min: 0, max: 6_000_000 }),
      seed: fc.string({ maxLength: 20 }),
      partialGrant: fc.boolean(),
      applications: fc
        .uniqueArray(fc.integer({ min: 1, max: 999 }), { maxLength: 25 })
        .chain((numbers) =>
          fc.tuple(...numbers.map(() => applicationArbitrary(category))).map((applications) =>
            applications.map((application, i) => ({
              reference: `AV-2027-${String(numbers[i]).padStart(3, '0')}`,
              ...application,
            })),
          ),
        ),
    }),
  );

const ranked = (output: TenderRankOutput) =>
  output.applications.filter((application) => application.rank !== null);

describe('rankAndAllocate, for any round', () => {
  it('never allocates more than the ceiling, and the sums add up', () => {
    fc.assert(
      fc.property(roundArbitrary, (input) => {
        const output = rankAndAllocate(input);
        const granted = output.applications.reduce((sum, a) => sum + a.grantedCents, 0);
        expect(output.allocatedCents).toBeLessThanOrEqual(input.ceilingCents);
        expect(granted).toBe(output.allocatedCents);
        expect(output.remainingCents).toBe(input.ceilingCents - output.allocatedCents);
        for (const application of output.applications) {
          expect(application.grantedCents).toBeGreaterThanOrEqual(0);
          expect(application.grantedCents).toBeLessThanOrEqual(application.eligibleCents);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never passes over a higher total for a lower one', () => {
    fc.assert(
      fc.property(roundArbitrary, (input) => {
        const list = ranked(rankAndAllocate(input));
        for (const higher of list) {
          for (const lower of list) {
            if (higher.total! <= lower.total!) continue;
            // granted ÷ eligible of the higher total is at least that of the lower one
            expect(higher.grantedCents * lower.eligibleCents).toBeGreaterThanOrEqual(
              lower.grantedCents * higher.eligibleCents,
            );
            // and whoever ranks lower gets anything only when the higher one got all it could
            if (lower.grantedCents > 0) expect(higher.grantedCents).toBe(higher.eligibleCents);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('runs down the ranking: granted, at most one partial, then nothing', () => {
    fc.assert(
      fc.property(roundArbitrary, (input) => {
        const output = rankAndAllocate(input);
        const list = ranked(output);
        expect(list.map((a) => a.rank)).toEqual(list.map((_, i) => i + 1));
        const outcomes = list.map((a) => a.outcome).join(' ');
        expect(outcomes).toMatch(/^(granted ?)*(partially_granted ?)?(not_granted_ceiling ?)*$/);
        if (!input.partialGrant) expect(outcomes).not.toContain('partially_granted');
        for (const application of output.applications.slice(list.length)) {
          expect(application.grantedCents).toBe(0);
          expect(['late', 'rejected_general_conditions', 'rejected_criterion_below_6']).toContain(
            application.outcome,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same result whatever the order of the applications', () => {
    const withShuffle = roundArbitrary.chain((input) =>
      fc
        .shuffledSubarray([...input.applications], {
          minLength: input.applications.length,
          maxLength: input.applications.length,
        })
        .map((shuffled) => [input, { ...input, applications: shuffled }] as const),
    );
    fc.assert(
      fc.property(withShuffle, ([input, shuffled]) => {
        const a = rankAndAllocate(input);
        const b = rankAndAllocate(shuffled);
        // The ranked part is identical; the others keep their input order, so compare them as
        // a set.
        expect(ranked(b)).toEqual(ranked(a));
        const byReference = (output: TenderRankOutput) =>
          [...output.applications].sort((x, y) => (x.reference < y.reference ? -1 : 1));
        expect(byReference(b)).toEqual(byReference(a));
        expect(b.allocatedCents).toBe(a.allocatedCents);
      }),
      { numRuns: 300 },
    );
  });

  it('draws the same lot from the same seed, ordered by the published hash', () => {
    fc.assert(
      fc.property(roundArbitrary, (input) => {
        const first = rankAndAllocate(structuredClone(input));
        expect(rankAndAllocate(structuredClone(input))).toEqual(first);
        const list = ranked(first);
        list.forEach((application, i) => {
          const tied = list.some(
            (other) => other !== application && other.total === application.total,
          );
          expect(application.tieBreak).toBe(
            tied ? tieBreakHash(input.seed, application.reference) : null,
          );
          const next = list[i + 1];
          if (next && next.total === application.total) {
            expect(application.tieBreak! < next.tieBreak!).toBe(true);
          }
        });
      }),
      { numRuns: 300 },
    );
  });
});
