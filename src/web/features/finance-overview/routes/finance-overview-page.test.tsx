import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { FinanceOverviewView } from '../../../../server/features/finance-overview/finance-overview.schemas.ts';
import { FinanceOverviewPage } from './finance-overview-page.tsx';

const nothing = {
  ceilingCents: 0,
  grantedCents: 0,
  paidCents: 0,
  settledCents: 0,
  reclaimedCents: 0,
  stillToPayCents: 0,
  ceilingUsePercent: null,
};

/** The demo's year 2025, as the server answers it. */
const year2025: FinanceOverviewView = {
  year: 2025,
  years: [2026, 2025],
  rows: [
    {
      category: 'living_room',
      ceilingCents: 4_000_000,
      grantedCents: 4_000_000,
      paidCents: 2_749_989,
      settledCents: 0,
      reclaimedCents: 0,
      stillToPayCents: 1_250_011,
      ceilingUsePercent: 100,
    },
    {
      category: 'day_activities',
      ceilingCents: 8_000_000,
      grantedCents: 3_500_000,
      paidCents: 3_208_326,
      settledCents: 0,
      reclaimedCents: 0,
      stillToPayCents: 291_674,
      ceilingUsePercent: 43.8,
    },
  ],
  total: {
    ceilingCents: 12_000_000,
    grantedCents: 7_500_000,
    paidCents: 5_958_315,
    settledCents: 0,
    reclaimedCents: 0,
    stillToPayCents: 1_541_685,
    ceilingUsePercent: 62.5,
  },
};
const year2026: FinanceOverviewView = { year: 2026, years: [2026, 2025], rows: [], total: nothing };

/** Answers each year asked with its overview, and remembers the URLs. */
function serve() {
  const urls: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn((url: string) => {
      urls.push(url);
      const body = url.includes('year=2026') ? year2026 : year2025;
      return Promise.resolve(
        new Response(JSON.stringify(body), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }),
  );
  return urls;
}

function renderPage() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <FinanceOverviewPage />
    </QueryClientProvider>,
  );
}

/** The texts of a row's header and cells, non-breaking spaces read as spaces. */
const cellsOf = (row: HTMLElement) =>
  [...row.querySelectorAll('th, td')].map((c) => c.textContent?.replace(/\s/g, ' '));

afterEach(() => vi.unstubAllGlobals());

describe('FinanceOverviewPage', () => {
  it('shows the year per category with a totals row and a download of that year', async () => {
    serve();
    renderPage();
    const table = await screen.findByRole('table', {
      name: 'Financieel overzicht 2025, per categorie',
    });
    const rows = within(table).getAllByRole('row');
    expect(cellsOf(rows[1]!)).toEqual([
      'Huiskamer',
      '€ 40.000,00',
      '€ 40.000,00',
      '€ 27.499,89',
      '€ 0,00',
      '€ 0,00',
      '€ 12.500,11',
      '100 %',
    ]);
    expect(cellsOf(rows[2]!).at(-1)).toBe('43,8 %');
    expect(cellsOf(rows[3]!)).toEqual([
      'Totaal',
      '€ 120.000,00',
      '€ 75.000,00',
      '€ 59.583,15',
      '€ 0,00',
      '€ 0,00',
      '€ 15.416,85',
      '62,5 %',
    ]);
    const download = screen.getByRole('link', {
      name: 'Financieel overzicht 2025 downloaden (Excel, xlsx)',
    });
    expect(download.getAttribute('href')).toBe('/api/finance/overview.xlsx?year=2025');
    // How the figures are counted is on the page, beside them.
    expect(screen.getByRole('heading', { name: 'Zo tellen we' })).toBeTruthy();
  });

  it('asks for another year when one is chosen, and says when it holds nothing', async () => {
    const urls = serve();
    renderPage();
    const choice = await screen.findByRole('combobox', { name: /Jaar/ });
    await userEvent.setup().selectOptions(choice, '2026');
    expect(
      await screen.findByText('In 2026 is er geen plafond vastgesteld en niets verleend.'),
    ).toBeTruthy();
    expect(urls).toEqual(['/api/finance/overview', '/api/finance/overview?year=2026']);
    expect(screen.queryByRole('table')).toBeNull();
  });
});
