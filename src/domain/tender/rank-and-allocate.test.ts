// The server sets zod to Dutch; the command line's messages must stay English regardless.
import '../zod-locale.ts';
import { describe, expect, it } from 'vitest';
import { ZeroPriceNumeratorError, explainPriceScores } from './price-score.ts';
import {
  rankAndAllocate,
  reachForRanking,
  tieBreakHash,
  type TenderApplicationInput,
  type TenderRankInput,
} from './rank-and-allocate.ts';
import { parseTenderRankInput } from './tender-rank-input.ts';
import { contractInput, contractOutput } from '../../../test/support/contract-example.ts';

const SEED = 'AV-2027 ronde 1';

/**
 * A living-room application. Every one has € 19,200 fixed costs for 1,920 participant-dagdelen
 * a year (index 1,000 cents), so all score 10 on prijs unless a test says otherwise; the total
 * is then the four judged scores + 10.
 */
function livingRoom(
  reference: string,
  judged: [number, number, number, number],
  requestedCents: number,
  more: Partial<TenderApplicationInput> = {},
): TenderApplicationInput {
  const [samenwerking, resultaat, inclusie, duurzaamheid] = judged;
  return {
    reference,
    submittedOnTime: true,
    meetsGeneralConditions: true,
    requestedCents,
    budget: [{ kind: 'fixed_costs', cents: 1_920_000 }],
    reach: { participants: 10, dayPartsPerWeek: 4, weeksPerYear: 48 },
    scores: { samenwerking, resultaat, inclusie, duurzaamheid },
    ...more,
  };
}

function round(
  applications: TenderApplicationInput[],
  more: Partial<TenderRankInput> = {},
): TenderRankInput {
  return { category: 'living_room', ceilingCents: 1_000_000, seed: SEED, applications, ...more };
}

const summary = (input: TenderRankInput) =>
  rankAndAllocate(input).applications.map((a) => [a.reference, a.outcome, a.rank, a.grantedCents]);

describe('rankAndAllocate', () => {
  it('turns the example of docs/command-line.md into its output, field for field and in order', () => {
    const parsed = parseTenderRankInput(contractInput);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const output = rankAndAllocate(parsed.input);
    expect(output).toEqual(contractOutput);
    expect(JSON.stringify(output)).toBe(JSON.stringify(contractOutput));
  });

  // Totals: 001 = 8+8+8+8+10 = 42, 002 = 7·4+10 = 38, 003 = 6·4+10 = 34.
  const threeApplications = [
    livingRoom('AV-2027-001', [8, 8, 8, 8], 600_000),
    livingRoom('AV-2027-002', [7, 7, 7, 7], 400_000),
    livingRoom('AV-2027-003', [6, 6, 6, 6], 100_000),
  ];

  it('grants in full when the ceiling fits exactly, and gives the next nothing', () => {
    const output = rankAndAllocate(round(threeApplications, { ceilingCents: 1_000_000 }));
    expect(output.applications.map((a) => [a.reference, a.outcome, a.rank, a.total])).toEqual([
      ['AV-2027-001', 'granted', 1, 42],
      ['AV-2027-002', 'granted', 2, 38],
      ['AV-2027-003', 'not_granted_ceiling', 3, 34],
    ]);
    expect(output.applications.map((a) => a.grantedCents)).toEqual([600_000, 400_000, 0]);
    expect(output.allocatedCents).toBe(1_000_000);
    expect(output.remainingCents).toBe(0);
  });

  it('grants the remainder partially when the ceiling is one cent short', () => {
    const output = rankAndAllocate(round(threeApplications, { ceilingCents: 999_999 }));
    expect(summary(round(threeApplications, { ceilingCents: 999_999 }))).toEqual([
      ['AV-2027-001', 'granted', 1, 600_000],
      ['AV-2027-002', 'partially_granted', 2, 399_999],
      ['AV-2027-003', 'not_granted_ceiling', 3, 0],
    ]);
    expect(output.allocatedCents).toBe(999_999);
    expect(output.remainingCents).toBe(0);
  });

  it('does not skip down to a smaller application that would still fit', () => {
    // 600,000 granted, 300,000 left: 002 (400,000) does not fit; 003 (100,000) would, but
    // granting it would pass over 002's higher total.
    expect(summary(round(threeApplications, { ceilingCents: 900_000 }))).toEqual([
      ['AV-2027-001', 'granted', 1, 600_000],
      ['AV-2027-002', 'partially_granted', 2, 300_000],
      ['AV-2027-003', 'not_granted_ceiling', 3, 0],
    ]);
    const noPartial = rankAndAllocate(
      round(threeApplications, { ceilingCents: 900_000, partialGrant: false }),
    );
    expect(noPartial.applications.map((a) => [a.reference, a.outcome, a.grantedCents])).toEqual([
      ['AV-2027-001', 'granted', 600_000],
      ['AV-2027-002', 'not_granted_ceiling', 0],
      ['AV-2027-003', 'not_granted_ceiling', 0],
    ]);
    expect(noPartial.allocatedCents).toBe(600_000);
    expect(noPartial.remainingCents).toBe(300_000);
  });

  it('ranks by total, highest first, whatever the input order', () => {
    const reversed = [...threeApplications].reverse();
    expect(summary(round(reversed, { ceilingCents: 2_000_000 }))).toEqual([
      ['AV-2027-001', 'granted', 1, 600_000],
      ['AV-2027-002', 'granted', 2, 400_000],
      ['AV-2027-003', 'granted', 3, 100_000],
    ]);
  });

  it('breaks a tie on the ceiling boundary by the SHA-256 lot, not by input order', () => {
    // 001 and 002 both total 40; 003 totals 45. The lot of "AV-2027 ronde 1":
    const hash001 = 'dd9402bd9a8aa1dd7179fe1f4a7fb72a036285c9f822d5037311b9401ecc5f09';
    const hash002 = '7f75c032045e66aed5342440e63bce3e1e4372fbcae910f6994ed1b59a537932';
    expect(tieBreakHash(SEED, 'AV-2027-001')).toBe(hash001);
    expect(tieBreakHash(SEED, 'AV-2027-002')).toBe(hash002);
    const applications = [
      livingRoom('AV-2027-001', [7, 8, 7, 8], 600_000),
      livingRoom('AV-2027-002', [8, 7, 8, 7], 600_000),
      livingRoom('AV-2027-003', [9, 9, 8, 9], 300_000),
    ];
    for (const order of [applications, [...applications].reverse()]) {
      const output = rankAndAllocate(round(order, { ceilingCents: 1_000_000 }));
      expect(
        output.applications.map((a) => [a.reference, a.outcome, a.rank, a.total, a.tieBreak]),
      ).toEqual([
        ['AV-2027-003', 'granted', 1, 45, null],
        ['AV-2027-002', 'granted', 2, 40, hash002],
        ['AV-2027-001', 'partially_granted', 3, 40, hash001],
      ]);
      expect(output.applications.map((a) => a.grantedCents)).toEqual([300_000, 600_000, 100_000]);
    }
    // Another seed, another lot: 001 now wins the draw.
    const other = rankAndAllocate(round(applications, { seed: 'AV-2028 ronde 1' }));
    const draw = (ref: string) => tieBreakHash('AV-2028 ronde 1', ref);
    expect(draw('AV-2027-001') < draw('AV-2027-002')).toBe(true);
    expect(other.applications.map((a) => a.reference)).toEqual([
      'AV-2027-003',
      'AV-2027-001',
      'AV-2027-002',
    ]);
  });

  it('rejects an application with any criterion below 6, and allocates nothing when all fail', () => {
    const output = rankAndAllocate(
      round([
        livingRoom('AV-2027-001', [10, 10, 10, 5], 500_000),
        livingRoom('AV-2027-002', [5, 6, 6, 6], 500_000),
      ]),
    );
    expect(output.applications).toEqual([
      {
        reference: 'AV-2027-001',
        outcome: 'rejected_criterion_below_6',
        rank: null,
        total: null,
        scores: { samenwerking: 10, resultaat: 10, prijs: 10, inclusie: 10, duurzaamheid: 5 },
        eligibleCents: 500_000,
        grantedCents: 0,
        tieBreak: null,
      },
      {
        reference: 'AV-2027-002',
        outcome: 'rejected_criterion_below_6',
        rank: null,
        total: null,
        scores: { samenwerking: 5, resultaat: 6, prijs: 10, inclusie: 6, duurzaamheid: 6 },
        eligibleCents: 500_000,
        grantedCents: 0,
        tieBreak: null,
      },
    ]);
    expect(output.allocatedCents).toBe(0);
    expect(output.remainingCents).toBe(1_000_000);
  });

  it('marks every late application late, even one that also fails the conditions', () => {
    const output = rankAndAllocate(
      round([
        livingRoom('AV-2027-001', [8, 8, 8, 8], 500_000, { submittedOnTime: false }),
        livingRoom('AV-2027-002', [8, 8, 8, 8], 500_000, {
          submittedOnTime: false,
          meetsGeneralConditions: false,
          scores: undefined,
        }),
      ]),
    );
    expect(output.applications).toEqual([
      {
        reference: 'AV-2027-001',
        outcome: 'late',
        rank: null,
        total: null,
        scores: { samenwerking: 8, resultaat: 8, prijs: null, inclusie: 8, duurzaamheid: 8 },
        eligibleCents: 500_000,
        grantedCents: 0,
        tieBreak: null,
      },
      {
        reference: 'AV-2027-002',
        outcome: 'late',
        rank: null,
        total: null,
        scores: {
          samenwerking: null,
          resultaat: null,
          prijs: null,
          inclusie: null,
          duurzaamheid: null,
        },
        eligibleCents: 500_000,
        grantedCents: 0,
        tieBreak: null,
      },
    ]);
    expect(output.allocatedCents).toBe(0);
    expect(output.remainingCents).toBe(1_000_000);
  });

  it('leaves late applications and those failing the conditions out of the price comparison', () => {
    // 001 and 003 have index 500 cents, half of 002's 1,000. Were they compared, 002 would
    // score 10 × 500 ÷ 1000 = 5 on prijs and fail.
    const cheap = { budget: [{ kind: 'fixed_costs', cents: 960_000 }] } as const;
    const output = rankAndAllocate(
      round([
        livingRoom('AV-2027-001', [8, 8, 8, 8], 500_000, { ...cheap, submittedOnTime: false }),
        livingRoom('AV-2027-002', [7, 7, 7, 7], 500_000),
        livingRoom('AV-2027-003', [9, 9, 9, 9], 500_000, {
          ...cheap,
          meetsGeneralConditions: false,
        }),
      ]),
    );
    expect(
      output.applications.map((a) => [a.reference, a.outcome, a.rank, a.scores.prijs]),
    ).toEqual([
      ['AV-2027-002', 'granted', 1, 10],
      ['AV-2027-001', 'late', null, null],
      ['AV-2027-003', 'rejected_general_conditions', null, null],
    ]);
  });

  it('keeps an application that fails a judged criterion in the price comparison', () => {
    // 001 fails on samenwerking but still sets the lowest index (500); 002's index is 1,000,
    // so 002 scores 5 on prijs and fails too.
    const output = rankAndAllocate(
      round([
        livingRoom('AV-2027-001', [5, 9, 9, 9], 500_000, {
          budget: [{ kind: 'fixed_costs', cents: 960_000 }],
        }),
        livingRoom('AV-2027-002', [9, 9, 9, 9], 500_000),
      ]),
    );
    expect(output.applications.map((a) => [a.reference, a.outcome, a.scores.prijs])).toEqual([
      ['AV-2027-001', 'rejected_criterion_below_6', 10],
      ['AV-2027-002', 'rejected_criterion_below_6', 5],
    ]);
  });

  it('rounds a price score exactly: 6.5 → 7, 5.5 → 6 passes, 5.4999 → 5 fails', () => {
    const fixed = (cents: number) => [{ kind: 'fixed_costs' as const, cents }];
    const output = rankAndAllocate(
      round(
        [
          // index 1920 / (10·4·48) = 1: prijs 10, total 8·4 + 10 = 42
          livingRoom('AV-2027-001', [8, 8, 8, 8], 1000, { budget: fixed(1920) }),
          // index 4000 / (13·4·50) = 20/13: 10 ÷ 20/13 = 6.5 → 7, total 39
          livingRoom('AV-2027-002', [8, 8, 8, 8], 4000, {
            budget: fixed(4000),
            reach: { participants: 13, dayPartsPerWeek: 4, weeksPerYear: 50 },
          }),
          // index 2000 / (11·2·50) = 20/11: 10 ÷ 20/11 = 5.5 → 6, total 38
          livingRoom('AV-2027-003', [8, 8, 8, 8], 2000, {
            budget: fixed(2000),
            reach: { participants: 11, dayPartsPerWeek: 2, weeksPerYear: 50 },
          }),
          // index 100000 / (679·3·27 = 54999): 10 ÷ that = 5.4999 → 5, rejected
          livingRoom('AV-2027-004', [8, 8, 8, 8], 100_000, {
            budget: fixed(100_000),
            reach: { participants: 679, dayPartsPerWeek: 3, weeksPerYear: 27 },
          }),
        ],
        { ceilingCents: 1_000_000 },
      ),
    );
    expect(
      output.applications.map((a) => [a.reference, a.outcome, a.rank, a.scores.prijs, a.total]),
    ).toEqual([
      ['AV-2027-001', 'granted', 1, 10, 42],
      ['AV-2027-002', 'granted', 2, 7, 39],
      ['AV-2027-003', 'granted', 3, 6, 38],
      ['AV-2027-004', 'rejected_criterion_below_6', null, 5, null],
    ]);
    expect(output.allocatedCents).toBe(1000 + 4000 + 2000);
  });

  it('counts paid staff in the price index of day activities', () => {
    // 001: (100,000 + 0) / 1920; 002: (50,000 + 100,000) / 1920. Fixed costs alone would make
    // 002 the cheaper one; with staff 001 is, and 002 scores 10 × 100 ÷ 150 = 6.67 → 7.
    const output = rankAndAllocate(
      round(
        [
          livingRoom('AV-2027-001', [8, 8, 8, 8], 100_000, {
            budget: [{ kind: 'fixed_costs', cents: 100_000 }],
          }),
          livingRoom('AV-2027-002', [8, 8, 8, 8], 150_000, {
            budget: [
              { kind: 'fixed_costs', cents: 50_000 },
              { kind: 'staff', cents: 100_000 },
            ],
          }),
        ],
        { category: 'day_activities' },
      ),
    );
    expect(output.applications.map((a) => [a.reference, a.scores.prijs, a.total])).toEqual([
      ['AV-2027-001', 10, 42],
      ['AV-2027-002', 7, 39],
    ]);
  });

  it('grants at most the eligible budget lines, never refreshments, never more than asked', () => {
    const budget = [
      { kind: 'fixed_costs', cents: 800_000 },
      { kind: 'staff', cents: 500_000 },
      { kind: 'volunteer_expenses', cents: 100_000 },
      { kind: 'activities', cents: 200_000 },
      { kind: 'refreshments', cents: 300_000 },
    ] as const;
    const eligibleIn = (category: TenderRankInput['category'], requestedCents: number) =>
      rankAndAllocate(
        round([livingRoom('AV-2027-001', [8, 8, 8, 8], requestedCents, { budget: [...budget] })], {
          category,
          ceilingCents: 10_000_000,
        }),
      ).applications[0]!.eligibleCents;
    expect(eligibleIn('living_room', 5_000_000)).toBe(800_000);
    expect(eligibleIn('information_advice', 5_000_000)).toBe(1_400_000);
    expect(eligibleIn('day_activities', 5_000_000)).toBe(1_600_000);
    expect(eligibleIn('day_activities', 1_000_000)).toBe(1_000_000);
    const roundKinds = rankAndAllocate(
      round([livingRoom('AV-2027-001', [8, 8, 8, 8], 5_000_000, { budget: [...budget] })], {
        category: 'day_activities',
        eligibleKinds: ['fixed_costs', 'activities'],
        ceilingCents: 10_000_000,
      }),
    );
    expect(roundKinds.applications[0]!.eligibleCents).toBe(1_000_000);
    expect(roundKinds.applications[0]!.grantedCents).toBe(1_000_000);
  });

  it('scores tegenprestatie 10 and a fee 6 for services', () => {
    const service = (reference: string, returnService: 'tegenprestatie' | 'fee') =>
      livingRoom(reference, [7, 7, 7, 7], 100_000, { returnService });
    const output = rankAndAllocate(
      round([service('AV-2027-001', 'fee'), service('AV-2027-002', 'tegenprestatie')], {
        category: 'services',
      }),
    );
    expect(output.applications.map((a) => [a.reference, a.total, a.scores])).toEqual([
      [
        'AV-2027-002',
        48,
        {
          samenwerking: 7,
          resultaat: 7,
          prijs: 10,
          inclusie: 7,
          duurzaamheid: 7,
          tegenprestatie: 10,
        },
      ],
      [
        'AV-2027-001',
        44,
        {
          samenwerking: 7,
          resultaat: 7,
          prijs: 10,
          inclusie: 7,
          duurzaamheid: 7,
          tegenprestatie: 6,
        },
      ],
    ]);
  });

  it('lists the ranked by rank, then the others in input order; ties only among the ranked', () => {
    const output = rankAndAllocate(
      round(
        [
          livingRoom('AV-2027-001', [6, 6, 6, 5], 100_000),
          livingRoom('AV-2027-002', [7, 7, 7, 7], 100_000, { submittedOnTime: false }),
          livingRoom('AV-2027-003', [7, 7, 7, 7], 100_000),
          livingRoom('AV-2027-004', [8, 8, 8, 8], 100_000, { meetsGeneralConditions: false }),
          livingRoom('AV-2027-005', [9, 9, 9, 9], 100_000),
        ],
        { ceilingCents: 1_000_000 },
      ),
    );
    // 002 and 004 have 003's total on paper, but are not ranked: 003's total ties with no one.
    expect(
      output.applications.map((a) => [a.reference, a.outcome, a.rank, a.total, a.tieBreak]),
    ).toEqual([
      ['AV-2027-005', 'granted', 1, 46, null],
      ['AV-2027-003', 'granted', 2, 38, null],
      ['AV-2027-001', 'rejected_criterion_below_6', null, null, null],
      ['AV-2027-002', 'late', null, null, null],
      ['AV-2027-004', 'rejected_general_conditions', null, null, null],
    ]);
  });

  it('refuses a zero price numerator when called without the schema', () => {
    expect(() =>
      rankAndAllocate(
        round([
          livingRoom('AV-2027-001', [8, 8, 8, 8], 100_000, {
            budget: [{ kind: 'staff', cents: 100_000 }],
          }),
        ]),
      ),
    ).toThrow(ZeroPriceNumeratorError);
  });
});

describe('an application without a reach', () => {
  it('counts each missing figure of the reach as 1', () => {
    expect(reachForRanking({ participants: null, dayPartsPerWeek: 3, weeksPerYear: null })).toEqual(
      { participants: 1, dayPartsPerWeek: 3, weeksPerYear: 1 },
    );
    expect(reachForRanking({ participants: 12, dayPartsPerWeek: 4, weeksPerYear: 40 })).toEqual({
      participants: 12,
      dayPartsPerWeek: 4,
      weeksPerYear: 40,
    });
  });

  it('takes part with its full costs as its price index, as the assessment page shows it', () => {
    const complete = livingRoom('AV-2027-0001', [8, 8, 8, 8], 1_000_000);
    const withoutReach = livingRoom('AV-2027-0002', [8, 8, 8, 8], 500_000, {
      reach: reachForRanking({ participants: null, dayPartsPerWeek: null, weeksPerYear: null }),
    });
    const input = round([complete, withoutReach]);
    // € 19,200 over 1 participant-dagdeel is 1,920,000 cents against the lowest 1,000:
    // 10 × 1,000 ÷ 1,920,000 = 0.005, which rounds to 0, below 6.
    const output = rankAndAllocate(input);
    expect(output.applications.map((a) => [a.reference, a.outcome, a.scores.prijs])).toEqual([
      ['AV-2027-0001', 'granted', 10],
      ['AV-2027-0002', 'rejected_criterion_below_6', 0],
    ]);
    const shown = explainPriceScores(
      input.applications.map((a) => ({
        reference: a.reference,
        numeratorCents: 1_920_000,
        reach: a.reach,
      })),
    );
    expect(shown.map((x) => [x.reference, x.annualReach, x.score])).toEqual([
      ['AV-2027-0001', 1920, 10],
      ['AV-2027-0002', 1, 0],
    ]);
    // The stored input stays one that tender rank accepts and recomputes.
    const again = parseTenderRankInput(JSON.parse(JSON.stringify(input)));
    expect(again.ok && rankAndAllocate(again.input)).toEqual(output);
  });

  it('could not take part with 0, which tender rank refuses', () => {
    const withZero = livingRoom('AV-2027-0002', [8, 8, 8, 8], 500_000, {
      reach: { participants: 0, dayPartsPerWeek: 0, weeksPerYear: 0 },
    });
    const parsed = parseTenderRankInput(
      JSON.parse(
        JSON.stringify(round([livingRoom('AV-2027-0001', [8, 8, 8, 8], 1_000), withZero])),
      ),
    );
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.problems.map((p) => [p.reference, p.field])).toEqual([
      ['AV-2027-0002', 'reach.participants'],
      ['AV-2027-0002', 'reach.dayPartsPerWeek'],
      ['AV-2027-0002', 'reach.weeksPerYear'],
    ]);
  });
});
