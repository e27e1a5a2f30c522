import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reclaimDueDay, settlementOutcome, settlementProblem } from './settlement.ts';

describe('settling a grant', () => {
  it('reclaims € 1,250.00 when € 10,000.00 was advanced and € 8,750.00 is settled', () => {
    expect(
      settlementOutcome({ grantedCents: 1_000_000, settledCents: 875_000, paidCents: 1_000_000 }),
    ).toEqual({ kind: 'reclaim', amountCents: 125_000 });
  });

  it('pays the last € 2,500.00 when € 7,500.00 was advanced and the full grant is settled', () => {
    expect(
      settlementOutcome({ grantedCents: 1_000_000, settledCents: 1_000_000, paidCents: 750_000 }),
    ).toEqual({ kind: 'extra_payment', amountCents: 250_000 });
  });

  it('is balanced when the advances equal the settled amount', () => {
    expect(
      settlementOutcome({ grantedCents: 500_000, settledCents: 500_000, paidCents: 500_000 }),
    ).toEqual({ kind: 'balanced', amountCents: 0 });
  });

  it('refuses a settlement above the grant, in Dutch, naming the field', () => {
    expect(
      settlementProblem({ grantedCents: 1_000_000, settledCents: 1_000_001, paidCents: 0 }),
    ).toEqual({
      path: 'settledCents',
      message: 'Het vastgestelde bedrag kan niet hoger zijn dan de verleende subsidie.',
    });
    expect(() =>
      settlementOutcome({ grantedCents: 1_000_000, settledCents: 1_000_001, paidCents: 0 }),
    ).toThrow('settledCents is above grantedCents');
  });

  it('gives paid − settled as a reclaim or a payment, never both (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 1_000_000_000 })
          .chain((granted) =>
            fc.tuple(
              fc.constant(granted),
              fc.integer({ min: 0, max: granted }),
              fc.integer({ min: 0, max: granted }),
            ),
          ),
        ([grantedCents, settledCents, paidCents]) => {
          const outcome = settlementOutcome({ grantedCents, settledCents, paidCents });
          const signed =
            outcome.kind === 'reclaim'
              ? outcome.amountCents
              : outcome.kind === 'extra_payment'
                ? -outcome.amountCents
                : 0;
          expect(signed).toBe(paidCents - settledCents);
          expect(outcome.amountCents).toBeGreaterThanOrEqual(0);
          if (outcome.kind !== 'balanced') expect(outcome.amountCents).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('the payment term of a reclaim (Awb 4:87, Algemene termijnenwet)', () => {
  it('ends six weeks after the letter was sent', () => {
    // Sent Monday 1 March 2027: due Monday 12 April 2027.
    expect(reclaimDueDay('2027-03-01')).toBe('2027-04-12');
  });

  it('runs past a weekend and a public holiday', () => {
    // Sent Tuesday 16 March 2027: six weeks end on Tuesday 27 April 2027, King's Day, so the
    // term runs to Wednesday 28 April.
    expect(reclaimDueDay('2027-03-16')).toBe('2027-04-28');
    // Sent Saturday 13 November 2027: ends Saturday 25 December (Christmas), then Boxing Day
    // (a Sunday), so Monday 27 December 2027.
    expect(reclaimDueDay('2027-11-13')).toBe('2027-12-27');
  });
});
