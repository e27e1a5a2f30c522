import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CorrectableKind,
  type LedgerEntry,
  balancesOf,
  bookingProblem,
  correctionProblem,
  depositSourceProblem,
  monthlyPoints,
  seriesOf,
} from './ledger.ts';

describe('the balances of the fund', () => {
  it('are the fold of its bookings, corrections lowering the kind they correct', () => {
    expect(
      balancesOf([
        { kind: 'deposit', amountCents: 50_000_000 },
        { kind: 'deposit', amountCents: 5_000_000 },
        { kind: 'correction', amountCents: 1_000_000, corrects: 'deposit' },
        { kind: 'commitment', amountCents: 12_000_000 },
        { kind: 'release', amountCents: 2_000_000 },
        { kind: 'payment', amountCents: 6_000_000 },
        { kind: 'reclaim_received', amountCents: 500_000 },
      ]),
    ).toEqual({
      depositedCents: 54_000_000,
      committedCents: 10_000_000,
      paidCents: 6_000_000,
      reclaimedCents: 500_000,
      // 540,000 + 5,000 − 100,000 euros
      freeCents: 44_500_000,
      openCents: 4_000_000,
    });
  });

  it('refuse a commitment above the free balance, naming what is free', () => {
    const current = balancesOf([{ kind: 'deposit', amountCents: 100_000 }]);
    expect(bookingProblem(current, { kind: 'commitment', amountCents: 100_001 })).toEqual({
      field: 'amountCents',
      message: 'Deze boeking maakt het vrij te besteden saldo negatief: er is nog € 1.000,00 vrij.',
    });
    expect(bookingProblem(current, { kind: 'commitment', amountCents: 100_000 })).toBeNull();
  });

  it('refuse a payment above what is committed and unpaid, for the fund and for the grant', () => {
    const current = balancesOf([
      { kind: 'deposit', amountCents: 1_000_000 },
      { kind: 'commitment', amountCents: 300_000 },
      { kind: 'payment', amountCents: 100_000 },
    ]);
    expect(bookingProblem(current, { kind: 'payment', amountCents: 200_001 })?.message).toBe(
      'Er wordt nooit meer betaald of vrijgegeven dan vastgelegd en nog niet betaald is: dat is € 2.000,00.',
    );
    const grant = balancesOf([{ kind: 'commitment', amountCents: 50_000 }]);
    expect(bookingProblem(current, { kind: 'payment', amountCents: 60_000 }, grant)?.message).toBe(
      'Voor deze subsidie is € 500,00 vastgelegd en nog niet betaald; meer kan niet worden betaald of vrijgegeven.',
    );
    expect(bookingProblem(current, { kind: 'payment', amountCents: 50_000 }, grant)).toBeNull();
  });

  it('refuse a correction of a deposit that is already committed', () => {
    const current = balancesOf([
      { kind: 'deposit', amountCents: 1_000_000 },
      { kind: 'commitment', amountCents: 900_000 },
    ]);
    expect(
      bookingProblem(current, { kind: 'correction', amountCents: 100_001, corrects: 'deposit' })
        ?.field,
    ).toBe('amountCents');
    expect(
      bookingProblem(current, { kind: 'correction', amountCents: 100_000, corrects: 'deposit' }),
    ).toBeNull();
  });

  it('accept only whole cents above zero', () => {
    for (const amountCents of [0, -1, 10.5, Number.NaN])
      expect(bookingProblem(balancesOf([]), { kind: 'deposit', amountCents })).toEqual({
        field: 'amountCents',
        message: 'Het bedrag moet een positief bedrag in hele centen zijn.',
      });
  });
});

describe('a deposit', () => {
  it('needs a source: the year of an annual result or a description', () => {
    expect(depositSourceProblem({ sourceYear: null, description: '  ' })?.field).toBe(
      'description',
    );
    expect(depositSourceProblem({ sourceYear: 2024 })).toBeNull();
    expect(depositSourceProblem({ description: 'Bijdrage zorgverzekeraar' })).toBeNull();
    expect(depositSourceProblem({ sourceYear: 24 })?.field).toBe('sourceYear');
  });
});

describe('a correction', () => {
  it('corrects at most what is left of the booking, with a reason', () => {
    const original = { kind: 'deposit' as const, amountCents: 500_000 };
    expect(
      correctionProblem(original, 200_000, { amountCents: 300_001, reason: 'Typefout' }),
    ).toEqual({
      field: 'amountCents',
      message:
        'Van deze boeking is nog € 3.000,00 te corrigeren; de correctie mag niet groter zijn.',
    });
    expect(
      correctionProblem(original, 200_000, { amountCents: 300_000, reason: 'Typefout' }),
    ).toBeNull();
    expect(correctionProblem(original, 0, { amountCents: 1, reason: ' ' })?.field).toBe('reason');
    expect(
      correctionProblem({ kind: 'correction', amountCents: 5 }, 0, { amountCents: 1, reason: 'x' })
        ?.field,
    ).toBe('correctsId');
  });
});

describe('the series of the balance', () => {
  it('gives the balances at the end of each day, oldest first', () => {
    expect(
      seriesOf([
        { day: '2025-03-02', kind: 'commitment', amountCents: 40_000 },
        { day: '2025-01-15', kind: 'deposit', amountCents: 100_000 },
        { day: '2025-03-02', kind: 'payment', amountCents: 10_000 },
      ]).map((p) => [p.day, p.depositedCents, p.committedCents, p.paidCents, p.freeCents]),
    ).toEqual([
      ['2025-01-15', 100_000, 0, 0, 100_000],
      ['2025-03-02', 100_000, 40_000, 10_000, 60_000],
    ]);
  });
});

const candidate: fc.Arbitrary<LedgerEntry> = fc.oneof(
  fc.record({
    kind: fc.constantFrom<LedgerEntry['kind']>(
      'deposit',
      'commitment',
      'release',
      'payment',
      'reclaim_received',
    ),
    amountCents: fc.integer({ min: 1, max: 1_000_000 }),
  }),
  fc.record({
    kind: fc.constant<LedgerEntry['kind']>('correction'),
    amountCents: fc.integer({ min: 1, max: 1_000_000 }),
    corrects: fc.constantFrom<CorrectableKind>(
      'deposit',
      'commitment',
      'release',
      'payment',
      'reclaim_received',
    ),
  }),
);

describe('any sequence of bookings the rules accept', () => {
  it('keeps the free balance at or above zero, equal to deposits + reclaims − commitments + releases, and payments within commitments', () => {
    fc.assert(
      fc.property(fc.array(candidate, { maxLength: 60 }), (candidates) => {
        const booked: LedgerEntry[] = [];
        for (const entry of candidates) {
          if (bookingProblem(balancesOf(booked), entry) === null) booked.push(entry);
          const b = balancesOf(booked);
          expect(b.freeCents).toBeGreaterThanOrEqual(0);
          expect(b.paidCents).toBeLessThanOrEqual(b.committedCents);
        }
        // The same sums, written out by kind, corrections applied to the kind they correct.
        const sum = (kind: CorrectableKind) =>
          booked.reduce(
            (s, e) =>
              e.kind === kind
                ? s + e.amountCents
                : e.kind === 'correction' && e.corrects === kind
                  ? s - e.amountCents
                  : s,
            0,
          );
        const b = balancesOf(booked);
        expect(b.freeCents).toBe(
          sum('deposit') + sum('reclaim_received') - sum('commitment') + sum('release'),
        );
        expect(b.paidCents).toBe(sum('payment'));
        const series = seriesOf(
          booked.map((e, i) => ({ ...e, day: `2025-01-${String((i % 28) + 1).padStart(2, '0')}` })),
        );
        if (booked.length > 0) expect(series.at(-1)).toMatchObject(b);
      }),
    );
  });
});

describe('the monthly points of the series', () => {
  it('keep the last day of each month, in order', () => {
    const point = (day: string, depositedCents: number) => ({
      day,
      depositedCents,
      committedCents: 0,
      paidCents: 0,
      reclaimedCents: 0,
      freeCents: depositedCents,
      openCents: 0,
    });
    const months = monthlyPoints([
      point('2025-01-03', 100),
      point('2025-01-28', 250),
      point('2025-03-01', 400),
    ]);
    expect(months.map((m) => [m.month, m.depositedCents, m.freeCents])).toEqual([
      ['2025-01', 250, 250],
      ['2025-03', 400, 400],
    ]);
    expect(monthlyPoints([])).toEqual([]);
  });
});
