import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_CODES } from '../tender/categories.ts';
import { type GrantFigures, ceilingUse, financeOverview, stillToPay } from './finance-overview.ts';

const grant = (figures: Partial<GrantFigures>): GrantFigures => ({
  category: 'living_room',
  grantedCents: 0,
  paidCents: 0,
  withdrawn: false,
  settledCents: null,
  reclaimedCents: 0,
  withdrawalReclaimCents: 0,
  ...figures,
});

describe('what is still to pay on a grant', () => {
  it('is granted less paid before settlement', () => {
    expect(stillToPay(grant({ grantedCents: 1_200_000, paidCents: 1_100_000 }))).toBe(100_000);
  });

  it('is nothing on a withdrawn grant, whatever was left', () => {
    expect(
      stillToPay(grant({ grantedCents: 1_200_000, paidCents: 300_000, withdrawn: true })),
    ).toBe(0);
  });

  it('is settled less paid after settlement: the extra payment', () => {
    expect(
      stillToPay(grant({ grantedCents: 1_200_000, paidCents: 1_000_000, settledCents: 1_150_000 })),
    ).toBe(150_000);
  });

  it('is nothing after a settlement below the advances: that is a reclaim, not a payment', () => {
    const reclaimed = grant({
      grantedCents: 1_200_000,
      paidCents: 1_200_000,
      settledCents: 900_000,
      reclaimedCents: 300_000,
    });
    expect(stillToPay(reclaimed)).toBe(0);
  });
});

describe('the use of the ceiling', () => {
  it('is granted as a percentage of the ceiling, rounded half up to one decimal', () => {
    // € 49,000 granted against a ceiling of € 40,000.
    expect(ceilingUse(4_900_000, 4_000_000)).toBe(122.5);
    // One eighth: 12.5 exactly, not 12.499….
    expect(ceilingUse(125_000, 1_000_000)).toBe(12.5);
    // Two thirds: 66.666… is 66.7.
    expect(ceilingUse(200, 300)).toBe(66.7);
    expect(ceilingUse(0, 5_000_000)).toBe(0);
  });

  it('is not given without a ceiling', () => {
    expect(ceilingUse(100_000, 0)).toBeNull();
  });
});

describe('the overview of a year', () => {
  it('gives a row per category with a ceiling or a grant, in the regulation’s order, and the total', () => {
    const overview = financeOverview({ living_room: 4_000_000, services: 5_000_000 }, [
      grant({ category: 'services', grantedCents: 900_000, paidCents: 825_000 }),
      grant({ category: 'living_room', grantedCents: 3_500_000, paidCents: 3_208_341 }),
      grant({ category: 'living_room', grantedCents: 500_000, paidCents: 0, withdrawn: true }),
      grant({ category: 'day_activities', grantedCents: 1_600_000, paidCents: 1_466_674 }),
    ]);
    expect(overview.rows.map((r) => r.category)).toEqual([
      'living_room',
      'day_activities',
      'services',
    ]);
    expect(overview.rows[0]).toEqual({
      category: 'living_room',
      ceilingCents: 4_000_000,
      grantedCents: 4_000_000,
      paidCents: 3_208_341,
      settledCents: 0,
      reclaimedCents: 0,
      stillToPayCents: 291_659,
      ceilingUsePercent: 100,
    });
    // Day activities have grants but no ceiling this year: no percentage.
    expect(overview.rows[1]).toMatchObject({ ceilingCents: 0, ceilingUsePercent: null });
    expect(overview.total).toEqual({
      ceilingCents: 9_000_000,
      grantedCents: 6_500_000,
      paidCents: 5_500_015,
      settledCents: 0,
      reclaimedCents: 0,
      // 291,659 + 133,326 + 75,000
      stillToPayCents: 499_985,
      // € 65,000 of € 90,000
      ceilingUsePercent: 72.2,
    });
  });

  it('counts settled and reclaimed sums per category, a withdrawal’s reclaim too', () => {
    const overview = financeOverview({ living_room: 2_000_000 }, [
      // Withdrawn after € 300 was paid: nothing granted any more, the € 300 reclaimed at once.
      grant({
        grantedCents: 0,
        paidCents: 30_000,
        withdrawn: true,
        withdrawalReclaimCents: 30_000,
      }),
      grant({
        grantedCents: 1_200_000,
        paidCents: 1_200_000,
        settledCents: 1_000_000,
        reclaimedCents: 200_000,
      }),
      grant({ grantedCents: 800_000, paidCents: 600_000, settledCents: 750_000 }),
    ]);
    expect(overview.rows[0]).toMatchObject({
      grantedCents: 2_000_000,
      paidCents: 1_830_000,
      settledCents: 1_750_000,
      reclaimedCents: 230_000,
      stillToPayCents: 150_000,
    });
  });

  it('is empty for a year without rounds or grants', () => {
    expect(financeOverview({}, [])).toEqual({
      rows: [],
      total: {
        ceilingCents: 0,
        grantedCents: 0,
        paidCents: 0,
        settledCents: 0,
        reclaimedCents: 0,
        stillToPayCents: 0,
        ceilingUsePercent: null,
      },
    });
  });

  const cents = fc.integer({ min: 0, max: 50_000_000 });
  const grants = fc.array(
    fc
      .record({
        category: fc.constantFrom(...CATEGORY_CODES),
        grantedCents: cents,
        paidShare: fc.double({ min: 0, max: 1, noNaN: true }),
        withdrawn: fc.boolean(),
        settledShare: fc.option(fc.double({ min: 0, max: 1, noNaN: true })),
      })
      .map(({ grantedCents, paidShare, settledShare, ...rest }): GrantFigures => {
        const paidCents = Math.floor(grantedCents * paidShare);
        const settledCents = settledShare === null ? null : Math.floor(grantedCents * settledShare);
        return {
          ...rest,
          grantedCents,
          paidCents,
          settledCents,
          reclaimedCents: settledCents === null ? 0 : Math.max(0, paidCents - settledCents),
          withdrawalReclaimCents: rest.withdrawn ? paidCents : 0,
        };
      }),
    { maxLength: 40 },
  );
  const ceilings = fc.record(
    Object.fromEntries(CATEGORY_CODES.map((c) => [c, cents])) as Record<
      (typeof CATEGORY_CODES)[number],
      typeof cents
    >,
    { requiredKeys: [] },
  );

  it('has a total row that is the sum of the category rows, in every column of money', () => {
    fc.assert(
      fc.property(ceilings, grants, (c, g) => {
        const { rows, total } = financeOverview(c, g);
        for (const key of [
          'ceilingCents',
          'grantedCents',
          'paidCents',
          'settledCents',
          'reclaimedCents',
          'stillToPayCents',
        ] as const) {
          expect(total[key]).toBe(rows.reduce((s, r) => s + r[key], 0));
        }
        // Every grant is counted once: the rows hold all that was granted.
        expect(total.grantedCents).toBe(g.reduce((s, x) => s + x.grantedCents, 0));
        expect(total.ceilingUsePercent).toBe(ceilingUse(total.grantedCents, total.ceilingCents));
      }),
    );
  });

  it('never has a negative amount still to pay, nor more than was granted', () => {
    fc.assert(
      fc.property(grants, (g) => {
        for (const x of g) {
          expect(stillToPay(x)).toBeGreaterThanOrEqual(0);
          expect(stillToPay(x)).toBeLessThanOrEqual(x.grantedCents);
        }
      }),
    );
  });
});
