import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ReportComparison } from './report-comparison.tsx';

const comparison = {
  costs: {
    lines: [
      {
        kind: 'fixed_costs' as const,
        description: 'Huur en energie',
        budgetCents: 1_400_000,
        actualCents: 1_310_000,
        differenceCents: -90_000,
      },
      {
        kind: 'refreshments' as const,
        description: 'Koffie en thee',
        budgetCents: 200_000,
        actualCents: null,
        differenceCents: null,
      },
    ],
    budgetCents: 1_600_000,
    actualCents: 1_310_000,
    differenceCents: -290_000,
  },
  reach: {
    participants: { promised: 35, registered: '<5' as const },
    dayParts: { promised: 240, registered: 196 },
  },
  promisedResults: 'Bewoners ontmoeten elkaar.',
};

const text = (element: HTMLElement) => element.textContent?.replace(/\s/g, ' ');

describe('ReportComparison', () => {
  it('puts each budget line next to its actual costs and the difference', () => {
    render(<ReportComparison id="v" comparison={comparison} results="Een vaste groep." />);
    const costs = screen.getByRole('table', { name: 'Begroting en werkelijke kosten' });
    const rows = within(costs).getAllByRole('row').slice(1).map(text);
    expect(rows).toEqual([
      'Vaste lasten (huur, energie, verzekering, schoonmaak, telefoon/internet): Huur en energie€ 14.000,00€ 13.100,00€ -900,00',
      'Consumpties: Koffie en thee€ 2.000,00niet ingevuld–',
      'Totaal€ 16.000,00€ 13.100,00€ -2.900,00',
    ]);
  });

  it('shows the promised reach beside the registered one, "<5" read as "minder dan 5"', () => {
    render(<ReportComparison id="v" comparison={comparison} />);
    const reach = screen.getByRole('table', {
      name: 'Bereik: beloofd in de aanvraag en geteld in de registratie',
    });
    const rows = within(reach).getAllByRole('row').slice(1).map(text);
    expect(rows).toEqual(['Deelnemers35<5minder dan 5', 'Dagdelen open (per week × weken)240196']);
    expect(screen.getByText('Bewoners ontmoeten elkaar.')).toBeTruthy();
  });
});
