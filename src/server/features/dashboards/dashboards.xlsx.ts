/**
 * The dashboards' panels as spreadsheets (docs/rules/spreadsheets.md): money as euros, a
 * "<5" stays text and a hidden number is "x", as in the municipality's report.
 */
import { CATEGORY_LABELS } from '../../../domain/tender/categories.ts';
import type { ProtectedCount } from '../../../domain/participants/report/protection.ts';
import { type CsvColumn, toXlsx } from '../../platform/spreadsheet.ts';
import { financeOverviewXlsx } from '../finance-overview/finance-overview.xlsx.ts';
import { municipalityReportXlsx } from '../participant-reports/participant-reports.xlsx.ts';
import type { DashboardView, NeighbourhoodMapView } from './dashboards.schemas.ts';

const shown = (value: ProtectedCount) => (value === null ? 'x' : value);

type SignalLine = DashboardView['signals']['total'] & { label: string };
const SIGNAL_COLUMNS: CsvColumn<SignalLine>[] = [
  { header: 'Categorie', kind: 'text', value: (l) => l.label },
  { header: 'Signalen dubbele financiering', kind: 'number', value: (l) => shown(l.signals) },
  { header: 'Waarvan open', kind: 'number', value: (l) => shown(l.open) },
  { header: 'Terugval (maatwerk na deelname)', kind: 'number', value: (l) => shown(l.relapse) },
];

type BuurtLine = NeighbourhoodMapView['buurten'][number];
const categoryNames = (codes: readonly (keyof typeof CATEGORY_LABELS)[]) =>
  codes.map((c) => CATEGORY_LABELS[c]).join(', ');
const BUURT_COLUMNS: CsvColumn<BuurtLine>[] = [
  { header: 'Buurtcode', kind: 'text', value: (b) => b.code },
  { header: 'Buurt', kind: 'text', value: (b) => b.name },
  { header: 'Wijk', kind: 'text', value: (b) => b.districtName },
  { header: 'Deelnemers (woonbuurt)', kind: 'number', value: (b) => shown(b.participants) },
  { header: 'Voorzieningen', kind: 'number', value: (b) => b.provisions },
  { header: 'Aanwezig', kind: 'text', value: (b) => categoryNames(b.categoriesPresent) },
  { header: 'Ontbreekt', kind: 'text', value: (b) => categoryNames(b.categoriesMissing) },
];

export async function dashboardPanelXlsx(
  panel: 'finance' | 'reach' | 'signals',
  view: DashboardView,
): Promise<Buffer> {
  switch (panel) {
    case 'finance':
      return financeOverviewXlsx({ year: view.year, years: view.years, ...view.finance });
    case 'reach':
      return municipalityReportXlsx(view.reach);
    case 'signals':
      return toXlsx(
        SIGNAL_COLUMNS,
        view.signals.byCategory.map((r) => ({ ...r, label: CATEGORY_LABELS[r.category] })),
        {
          sheet: `Signalen ${view.year}`,
          title: `Signalen en terugval ${view.year}`,
          footer: [{ ...view.signals.total, label: 'Totaal' }],
        },
      );
  }
}

export async function neighbourhoodMapXlsx(map: NeighbourhoodMapView): Promise<Buffer> {
  const unknown = map.unknown.map((u): BuurtLine => ({
    code: u.code,
    name: 'Onbekende buurtcode (niet in de CBS-indeling 2025)',
    districtCode: '',
    districtName: '',
    participants: u.participants,
    provisions: u.provisions,
    categoriesPresent: [],
    categoriesMissing: [],
    geometry: { type: 'Polygon', coordinates: [] },
  }));
  return toXlsx(BUURT_COLUMNS, [...map.buurten, ...unknown], {
    sheet: `Buurten ${map.year}`,
    title: `Kloppend hart per buurt ${map.year}. ${map.attribution}`,
  });
}
