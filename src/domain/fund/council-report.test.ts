import { describe, expect, it } from 'vitest';
import { SIF_PRIORITY_LABELS } from '../sif/initiative.ts';
import {
  type HonouredInitiative,
  bookingsPerYear,
  perNeighbourhood,
  perPriority,
  totalLine,
} from './council-report.ts';

const initiative = (
  grantedCents: number,
  priorities: HonouredInitiative['priorities'],
  neighbourhoods: string[],
): HonouredInitiative => ({
  reference: 'SI-2026-0001',
  title: 't',
  organisationName: 'o',
  priorities,
  neighbourhoods,
  grantedCents,
  settled: null,
});

describe('the council report', () => {
  const initiatives = [
    initiative(2_000_000, ['prevention', 'citizen_power'], ['Malberg', 'Caberg']),
    initiative(500_000, ['prevention'], ['Malberg']),
  ];

  it('counts an initiative in each of its priorities and neighbourhoods, the total once', () => {
    expect(perPriority(initiatives, SIF_PRIORITY_LABELS)).toEqual([
      { label: 'Preventie', initiatives: 2, grantedCents: 2_500_000 },
      { label: 'Burgerkracht', initiatives: 1, grantedCents: 2_000_000 },
      { label: 'Eerste lijn', initiatives: 0, grantedCents: 0 },
      { label: 'Algemeen toegankelijke voorzieningen', initiatives: 0, grantedCents: 0 },
    ]);
    expect(perNeighbourhood(initiatives)).toEqual([
      { label: 'Caberg', initiatives: 1, grantedCents: 2_000_000 },
      { label: 'Malberg', initiatives: 2, grantedCents: 2_500_000 },
    ]);
    expect(totalLine(initiatives)).toMatchObject({ initiatives: 2, grantedCents: 2_500_000 });
  });

  it('orders the bookings by year, then in the order of the ledger', () => {
    expect(
      bookingsPerYear([
        { year: 2026, kind: 'payment', bookings: 3, amountCents: 30 },
        { year: 2025, kind: 'commitment', bookings: 1, amountCents: 10 },
        { year: 2026, kind: 'deposit', bookings: 1, amountCents: 100 },
      ]).map((t) => `${t.year} ${t.kind}`),
    ).toEqual(['2025 commitment', '2026 deposit', '2026 payment']);
  });
});
