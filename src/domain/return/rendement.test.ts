import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  NOTE_2018_PARAMETERS,
  checkRendementInput,
  computeRendement,
  type RendementInput,
} from './rendement.ts';

const NOTE_EXAMPLE: RendementInput = {
  participants: 420,
  subsidyCents: 73_563_000,
  ...NOTE_2018_PARAMETERS,
};

const inputArbitrary = fc.record({
  participants: fc.integer({ min: 0, max: 1_000_000 }),
  shareWouldQualify: fc.integer({ min: 1, max: 1000 }).chain((denominator) =>
    fc.record({
      numerator: fc.integer({ min: 0, max: denominator }),
      denominator: fc.constant(denominator),
    }),
  ),
  personsPerPlace: fc.integer({ min: 100, max: 10_000 }).map((h) => h / 100),
  costPerPlaceCents: fc.integer({ min: 0, max: 1_000_000_000 }),
  subsidyCents: fc.integer({ min: 0, max: 1_000_000_000_000 }),
  hoursPerApplication: fc.integer({ min: 0, max: 100_000 }).map((h) => h / 100),
  productiveHoursPerFte: fc.integer({ min: 100, max: 878_400 }).map((h) => h / 100),
  monthlyContributionCents: fc.integer({ min: 0, max: 100_000_000 }),
});

describe('the financial return of day activities', () => {
  it('reproduces the 2018 example to the cent', () => {
    expect(computeRendement(NOTE_EXAMPLE)).toEqual({
      wouldQualify: 280,
      placesAvoided: 70,
      avoidedCostCents: 116_424_000,
      savingCents: 42_861_000,
      hoursSaved: 980,
      fteSaved: 0.75,
      contributionForgoneCents: 6_384_000,
      contributionForgoneAllCents: 9_576_000,
    });
  });

  it('counts those who would qualify down, and rounds places, cost and fte half up', () => {
    // 10 × 2/3 = 6.67 → 6; 6 ÷ 4 = 1.5 places; 1001 × 6 ÷ 4 = 1501.5 → 1502 cents;
    // 6 × 0.5 = 3 h ÷ 24 = 0.125 fte → 0.13 (a binary 0.125 × 100 would be exact, a .5 case)
    const result = computeRendement({
      ...NOTE_EXAMPLE,
      participants: 10,
      personsPerPlace: 4,
      costPerPlaceCents: 1001,
      subsidyCents: 2000,
      hoursPerApplication: 0.5,
      productiveHoursPerFte: 24,
    });
    expect(result.wouldQualify).toBe(6);
    expect(result.placesAvoided).toBe(1.5);
    expect(result.avoidedCostCents).toBe(1502);
    expect(result.savingCents).toBe(-498);
    expect(result.hoursSaved).toBe(3);
    expect(result.fteSaved).toBe(0.13);
    // 3 × 2/3 = 2 qualify, over 3 persons per place: 0.666… places → 0.67
    expect(
      computeRendement({ ...NOTE_EXAMPLE, participants: 3, personsPerPlace: 3 }).placesAvoided,
    ).toBe(0.67);
    // 201 ÷ 200 = 1.005 exactly; in floating point it is just below and would round to 1.00
    expect(
      computeRendement({
        ...NOTE_EXAMPLE,
        participants: 201,
        shareWouldQualify: { numerator: 1, denominator: 1 },
        personsPerPlace: 200,
      }).placesAvoided,
    ).toBe(1.01);
  });

  it('saving is always avoided cost minus subsidy, and every figure is a safe number', () => {
    fc.assert(
      fc.property(inputArbitrary, (input) => {
        const result = computeRendement(input);
        expect(result.savingCents).toBe(result.avoidedCostCents - input.subsidyCents);
        for (const value of Object.values(result)) expect(Number.isFinite(value)).toBe(true);
        expect(Number.isSafeInteger(result.avoidedCostCents)).toBe(true);
        expect(Number.isSafeInteger(result.contributionForgoneAllCents)).toBe(true);
        expect(result.wouldQualify).toBeLessThanOrEqual(input.participants);
      }),
    );
  });

  it('never gives less return for more participants', () => {
    fc.assert(
      fc.property(inputArbitrary, fc.integer({ min: 0, max: 1000 }), (input, extra) => {
        const fewer = computeRendement(input);
        const more = computeRendement({ ...input, participants: input.participants + extra });
        for (const key of Object.keys(fewer) as (keyof typeof fewer)[]) {
          expect(more[key]).toBeGreaterThanOrEqual(fewer[key]);
        }
      }),
    );
  });

  it('rounds exactly at .5: cost × qualifying ÷ persons ending in a half goes up', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 1, max: 10_000 }),
        (base, qualifying) => {
          // cost = 2 × base + 1 cents, over 2 persons per place, 1 qualifying: exactly base + 0.5
          const result = computeRendement({
            ...NOTE_EXAMPLE,
            participants: qualifying,
            shareWouldQualify: { numerator: 1, denominator: 1 },
            personsPerPlace: 2,
            costPerPlaceCents: 2 * base + 1,
          });
          const exactTimesTwo = BigInt(2 * base + 1) * BigInt(qualifying);
          expect(BigInt(result.avoidedCostCents)).toBe((exactTimesTwo + 1n) / 2n);
        },
      ),
    );
  });
});

describe('the rendement input', () => {
  it('accepts the example and names the field of each problem', () => {
    expect(checkRendementInput(NOTE_EXAMPLE)).toEqual({ ok: true, input: NOTE_EXAMPLE });
    const result = checkRendementInput({
      ...NOTE_EXAMPLE,
      shareWouldQualify: { numerator: 4, denominator: 3 },
      personsPerPlace: 0,
      costPerPlaceCents: -1,
      hoursPerApplication: 3.555,
      extra: true,
    });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          field: 'shareWouldQualify',
          message: 'is 4/3, above 1: a share is at most the whole (numerator ≤ denominator)',
        },
        {
          field: 'personsPerPlace',
          message: 'must be a number from 1 to 100 with at most two decimals',
        },
        {
          field: 'hoursPerApplication',
          message: 'must be a number from 0 to 1000 with at most two decimals',
        },
        {
          field: 'costPerPlaceCents',
          message: 'must be a whole number of cents from 0 to 1000000000',
        },
        { field: 'extra', message: 'is not a known field' },
      ],
    });
  });

  it('says what is missing, and refuses what is not an object', () => {
    expect(checkRendementInput([])).toEqual({
      ok: false,
      problems: [{ field: '', message: 'the document must be an object' }],
    });
    const { participants: _, ...withoutParticipants } = NOTE_EXAMPLE;
    expect(
      checkRendementInput({
        ...withoutParticipants,
        shareWouldQualify: { numerator: 1, denominator: 0 },
      }),
    ).toEqual({
      ok: false,
      problems: [
        { field: 'participants', message: 'is missing (a whole number)' },
        {
          field: 'shareWouldQualify.denominator',
          message: 'must be a whole number from 1 to 1000',
        },
      ],
    });
  });
});
