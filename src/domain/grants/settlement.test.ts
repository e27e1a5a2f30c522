import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  proposalProblems,
  reclaimDueDay,
  settlementGateProblem,
  settlementLetterFigures,
  settlementLimit,
  settlementOutcome,
  settlementProblem,
} from './settlement.ts';

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

describe('what may be settled (docs/rules/grant-lifecycle.md)', () => {
  const livingRoom = {
    category: 'living_room',
    grantedCents: 1_400_000,
    budgetLines: [
      { kind: 'fixed_costs', cents: 1_200_000 },
      { kind: 'activities', cents: 300_000 },
    ],
    reasons: 'De zomeractiviteiten gingen niet door.',
  };

  it('lets a living room settle at most its fixed costs of € 12,000.00, not the grant of € 14,000.00', () => {
    expect(settlementLimit(livingRoom)).toEqual({ limitCents: 1_200_000, because: 'fixed_costs' });
    expect(proposalProblems({ ...livingRoom, settledCents: 1_200_000 })).toEqual([]);
    expect(proposalProblems({ ...livingRoom, settledCents: 1_200_001 })).toEqual([
      {
        path: 'settledCents',
        message:
          'Een huiskamer krijgt alleen vaste lasten vergoed: het vastgestelde bedrag kan niet hoger zijn dan de vaste lasten in de begroting (€\u00a012.000,00).',
      },
    ]);
  });

  it('counts no fixed-costs limit for other categories, nor when the fixed costs exceed the grant', () => {
    expect(settlementLimit({ ...livingRoom, category: 'day_activities' })).toEqual({
      limitCents: 1_400_000,
      because: 'granted',
    });
    expect(
      settlementLimit({ ...livingRoom, budgetLines: [{ kind: 'fixed_costs', cents: 1_500_000 }] }),
    ).toEqual({ limitCents: 1_400_000, because: 'granted' });
  });

  it('refuses one cent above the grant and accepts the grant itself', () => {
    const services = { ...livingRoom, category: 'services', reasons: '' };
    expect(proposalProblems({ ...services, settledCents: 1_400_000 })).toEqual([]);
    expect(proposalProblems({ ...services, settledCents: 1_400_001 })).toEqual([
      {
        path: 'settledCents',
        message: 'Het vastgestelde bedrag kan niet hoger zijn dan de verleende subsidie.',
      },
    ]);
  });

  it('requires reasons when the settled amount is one cent lower than granted', () => {
    const services = { ...livingRoom, category: 'services', reasons: '  ' };
    expect(proposalProblems({ ...services, settledCents: 1_399_999 })).toEqual([
      {
        path: 'reasons',
        message:
          'Het vastgestelde bedrag is lager dan verleend: vul de redenen in (welke activiteiten of kosten niet zijn gerealiseerd).',
      },
    ]);
  });

  it('settles after the report, or a direct-tier grant the day after its period ends', () => {
    const gate = {
      status: 'report_submitted',
      accountabilityTier: 'activity_report',
      periodEnd: '2025-12-31',
      today: '2026-03-01',
    };
    expect(settlementGateProblem(gate)).toBeNull();
    expect(settlementGateProblem({ ...gate, status: 'advanced' })).toBe(
      'Deze subsidie wordt vastgesteld na de verantwoording; die is nog niet ingediend.',
    );
    const direct = { ...gate, status: 'advanced', accountabilityTier: 'direct' };
    expect(settlementGateProblem({ ...direct, today: '2025-12-31' })).toBe(
      'De subsidieperiode is nog niet afgelopen; vaststellen kan pas daarna.',
    );
    expect(settlementGateProblem({ ...direct, today: '2026-01-01' })).toBeNull();
    expect(settlementGateProblem({ ...gate, status: 'settled' })).toBe(
      'Deze subsidie is al vastgesteld.',
    );
    expect(settlementGateProblem({ ...gate, status: 'withdrawn' })).toBe(
      'Deze subsidie is ingetrokken; er valt niets vast te stellen.',
    );
  });
});

describe("the settlement letter's figures", () => {
  it('states a reclaim of € 833.26 due six weeks after sending', () => {
    // € 14,000 granted, 11 monthly advances of € 1,166.66 paid, € 12,000 settled.
    expect(
      settlementLetterFigures(
        { grantedCents: 1_400_000, settledCents: 1_200_000, paidCents: 1_283_326 },
        '2027-03-01',
      ),
    ).toEqual({
      grantedCents: 1_400_000,
      settledCents: 1_200_000,
      paidCents: 1_283_326,
      outcome: { kind: 'reclaim', amountCents: 83_326 },
      reclaimDueDay: '2027-04-12',
    });
  });

  it('has no due day for an extra payment or a balance (property)', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 0, max: 100_000_000 })
          .chain((granted) =>
            fc.tuple(
              fc.constant(granted),
              fc.integer({ min: 0, max: granted }),
              fc.integer({ min: 0, max: granted }),
            ),
          ),
        ([grantedCents, settledCents, paidCents]) => {
          const figures = settlementLetterFigures(
            { grantedCents, settledCents, paidCents },
            '2027-03-01',
          );
          expect(figures.reclaimDueDay !== null).toBe(paidCents > settledCents);
          // What is paid plus an extra payment, less a reclaim, is the settled amount.
          const extra = figures.outcome.kind === 'extra_payment' ? figures.outcome.amountCents : 0;
          const reclaim = figures.outcome.kind === 'reclaim' ? figures.outcome.amountCents : 0;
          expect(paidCents + extra - reclaim).toBe(settledCents);
          expect(extra === 0 || reclaim === 0).toBe(true);
        },
      ),
    );
  });
});
