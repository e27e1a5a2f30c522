/**
 * The finance overview as a spreadsheet: one row per category and a totals row, amounts as
 * numbers in euros with the euro format (docs/rules/spreadsheets.md). Amounts only: no
 * organisation, no person.
 */
import { CATEGORY_LABELS } from '../../../domain/tender/categories.ts';
import { type CsvColumn, toXlsx } from '../../platform/spreadsheet.ts';
import type { FinanceOverviewView } from './finance-overview.schemas.ts';

type Line = FinanceOverviewView['total'] & { label: string };

const COLUMNS: CsvColumn<Line>[] = [
  { header: 'Categorie', kind: 'text', value: (l) => l.label },
  { header: 'Plafond', kind: 'cents', value: (l) => l.ceilingCents },
  { header: 'Verleend', kind: 'cents', value: (l) => l.grantedCents },
  { header: 'Betaald (voorschotten)', kind: 'cents', value: (l) => l.paidCents },
  { header: 'Vastgesteld', kind: 'cents', value: (l) => l.settledCents },
  { header: 'Teruggevorderd', kind: 'cents', value: (l) => l.reclaimedCents },
  { header: 'Nog te betalen', kind: 'cents', value: (l) => l.stillToPayCents },
  { header: 'Benutting plafond (%)', kind: 'number', value: (l) => l.ceilingUsePercent },
];

export async function financeOverviewXlsx(overview: FinanceOverviewView): Promise<Buffer> {
  return toXlsx(
    COLUMNS,
    overview.rows.map((r) => ({ ...r, label: CATEGORY_LABELS[r.category] })),
    {
      sheet: `Financieel overzicht ${overview.year}`,
      title: `Financieel overzicht ${overview.year}`,
      footer: [{ ...overview.total, label: 'Totaal' }],
    },
  );
}
