/**
 * The business cases as a spreadsheet: one row per group and the total, counts through "<5",
 * amounts in euros; below them the scenario's assumptions with their source, so a figure in the
 * file always says where it came from (docs/rules/rendement.md).
 */
import { ASSUMPTION_KEYS } from '../../../domain/return/business-case.ts';
import { ASSUMPTION_LABELS } from '../../../domain/return/scenarios.ts';
import { type CsvColumn, toXlsx } from '../../platform/spreadsheet.ts';
import type { BusinessCaseView, BusinessCasesView } from './rendement.schemas.ts';
import { assumptionValueText, noClaimText } from '../../../domain/return/texts.ts';

interface Line {
  label: string;
  organisation: string | null;
  year: number | null;
  figures: BusinessCaseView | null;
  note: string | null;
}

const computed = (l: Line) =>
  l.figures?.claim.kind === 'computed' ? l.figures.claim.result : null;
const count = (value: number | '<5' | undefined) => value ?? null;

const COLUMNS: CsvColumn<Line>[] = [
  { header: 'Groep', kind: 'text', value: (l) => l.label },
  { header: 'Organisatie', kind: 'text', value: (l) => l.organisation },
  { header: 'Jaar', kind: 'number', value: (l) => l.year },
  { header: 'Deelnemers', kind: 'number', value: (l) => count(l.figures?.participants) },
  {
    header: 'Via sociaal team of Sociale Zaken, zonder maatwerk',
    kind: 'number',
    value: (l) => count(l.figures?.counted),
  },
  {
    header: 'Terugval (maatwerk na deelname)',
    kind: 'number',
    value: (l) => count(l.figures?.relapse),
  },
  { header: 'Uitstroom', kind: 'number', value: (l) => count(l.figures?.outflow) },
  {
    header: 'Signalen afgehandeld',
    kind: 'number',
    value: (l) => count(l.figures?.signalsResolved),
  },
  { header: 'Signalen open', kind: 'number', value: (l) => count(l.figures?.signalsOpen) },
  { header: 'Subsidie', kind: 'cents', value: (l) => l.figures?.subsidyCents ?? null },
  {
    header: 'Zou maatwerk krijgen',
    kind: 'number',
    value: (l) => computed(l)?.wouldQualify ?? null,
  },
  {
    header: 'Vermeden maatwerkkosten',
    kind: 'cents',
    value: (l) => computed(l)?.avoidedCostCents ?? null,
  },
  { header: 'Besparing', kind: 'cents', value: (l) => computed(l)?.savingCents ?? null },
  { header: 'Uren bespaard', kind: 'number', value: (l) => computed(l)?.hoursSaved ?? null },
  { header: 'Fte bespaard', kind: 'number', value: (l) => computed(l)?.fteSaved ?? null },
  { header: 'Toelichting', kind: 'text', value: (l) => l.note },
];

function line(
  label: string,
  organisation: string | null,
  year: number | null,
  figures: BusinessCaseView,
): Line {
  const note = figures.claim.kind === 'none' ? noClaimText(figures.claim.reason) : null;
  return { label, organisation, year, figures, note };
}

export async function rendementXlsx(view: BusinessCasesView): Promise<Buffer> {
  const title = `Rendement ${view.year ?? 'alle jaren'}, scenario ${view.scenario.name}`;
  const assumptions: Line[] = [
    {
      label: `Scenario: ${view.scenario.name}`,
      organisation: null,
      year: null,
      figures: null,
      note: null,
    },
    ...ASSUMPTION_KEYS.map((key) => ({
      label: `${ASSUMPTION_LABELS[key]}: ${assumptionValueText(key, view.scenario.assumptions)}`,
      organisation: null,
      year: null,
      figures: null,
      note: `Bron: ${view.scenario.sources[key] ?? ''}`,
    })),
    {
      label: `Berekend op ${view.computedAt} uit de registratie van deelnemers, Wmo-toewijzingen, signalen en subsidies`,
      organisation: null,
      year: null,
      figures: null,
      note: null,
    },
  ];
  return toXlsx(
    COLUMNS,
    view.rows.map((r) => line(r.label, r.organisationName, r.year, r.figures)),
    {
      sheet: 'Rendement',
      title,
      footer: [line('Totaal', null, view.year, view.total), ...assumptions],
    },
  );
}
