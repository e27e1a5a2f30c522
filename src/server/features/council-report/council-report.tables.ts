/**
 * What the council report says, as tables (docs/rules/council-report.md). The PDF and the
 * XLSX are both written from these tables, so the two files carry the same figures. Every
 * figure comes from the dashboards' and the rendement's own service functions: nothing is
 * computed again here, counts keep their "<5" and a hidden number is "x".
 */
import { DAY_PARTS, DAY_PART_LABELS } from '../../../domain/day-parts.ts';
import {
  HEALTH_DIMENSION_LABELS,
  HEALTH_DIMENSIONS,
} from '../../../domain/participants/positive-health.ts';
import {
  CLIENT_ROUTE_LABELS,
  CLIENT_ROUTES,
  OUTFLOW_KINDS,
  OUTFLOW_LABELS,
} from '../../../domain/participants/registration.ts';
import type { ProtectedCount } from '../../../domain/participants/report/protection.ts';
import { ASSUMPTION_KEYS } from '../../../domain/return/business-case.ts';
import { ASSUMPTION_LABELS } from '../../../domain/return/scenarios.ts';
import { assumptionValueText, noClaimText } from '../../../domain/return/texts.ts';
import {
  CATEGORY_CODES,
  CATEGORY_LABELS,
  type Category,
} from '../../../domain/tender/categories.ts';
import type { DashboardView, NeighbourhoodMapView } from '../dashboards/dashboards.schemas.ts';
import type { MunicipalityReport } from '../participant-reports/participant-reports.schemas.ts';
import type { BusinessCaseView, BusinessCasesView } from '../rendement/rendement.schemas.ts';

export type ReportCell = string | number | null;
export type ReportColumnKind = 'text' | 'number' | 'cents';

export interface ReportTable {
  /** Short name: the XLSX sheet (at most 31 characters). */
  sheet: string;
  title: string;
  /** What the figures are and where they come from, printed above the table. */
  notes: string[];
  columns: { header: string; kind: ReportColumnKind }[];
  rows: ReportCell[][];
  /** Totals, printed last and in bold. */
  footer: ReportCell[][];
}

/** Everything the report is written from, read once by the job. */
export interface CouncilReportFigures {
  year: number;
  /** All categories together. */
  dashboard: DashboardView;
  /** The reach of one category (the dashboard's reach filtered on it): per client route and day part. */
  perCategory: Record<Category, MunicipalityReport>;
  map: NeighbourhoodMapView;
  rendement: BusinessCasesView;
}

/** A hidden number: "x", as in the dashboards and the tables of CBS. */
const count = (value: ProtectedCount | undefined): ReportCell =>
  value === null || value === undefined ? 'x' : value;
/** A mean to two decimals; "x" when hidden for small numbers, "–" when there is none. */
const mean = (value: number | null, suppressed: boolean): ReportCell =>
  value !== null ? Math.round(value * 100) / 100 : suppressed ? 'x' : '–';
const categoryNames = (codes: readonly Category[]) =>
  codes.length === 0 ? '–' : codes.map((c) => CATEGORY_LABELS[c]).join(', ');

const text = (header: string) => ({ header, kind: 'text' as const });
const number = (header: string) => ({ header, kind: 'number' as const });
const cents = (header: string) => ({ header, kind: 'cents' as const });

function moneyTable({ dashboard }: CouncilReportFigures): ReportTable {
  const line = (label: string, f: DashboardView['finance']['total']): ReportCell[] => [
    label,
    f.ceilingCents,
    f.grantedCents,
    f.paidCents,
    f.settledCents,
    f.reclaimedCents,
    f.ceilingUsePercent,
  ];
  return {
    sheet: 'Geld',
    title: 'Geld per categorie',
    notes: [
      'Plafond, verleend, betaald (voorschotten), vastgesteld en teruggevorderd, van de subsidies van de rondes van het jaar (het financieel overzicht).',
    ],
    columns: [
      text('Categorie'),
      cents('Plafond'),
      cents('Verleend'),
      cents('Betaald'),
      cents('Vastgesteld'),
      cents('Teruggevorderd'),
      number('Benutting plafond (%)'),
    ],
    rows: dashboard.finance.rows.map((r) => line(CATEGORY_LABELS[r.category], r)),
    footer: [line('Totaal', dashboard.finance.total)],
  };
}

function reachTable({ dashboard, perCategory }: CouncilReportFigures): ReportTable {
  const line = (label: string, provisions: number | null, reach: MunicipalityReport) => {
    const t = reach.totals;
    return [
      label,
      provisions,
      count(t.participants.active),
      count(t.participants.new),
      ...CLIENT_ROUTES.map((r) => count(t.participants.byClientRoute[r])),
      count(t.attendance.registered),
      ...DAY_PARTS.map((d) =>
        count(t.attendance.byDayPart.find((b) => b.dayPart === d)?.registered),
      ),
      count(t.attendance.anonymous),
    ];
  };
  const provisionsOf = (category: Category) =>
    dashboard.reach.byCategory.find((c) => c.category === category)?.provisions ?? 0;
  return {
    sheet: 'Bereik',
    title: 'Bereik per categorie',
    notes: [
      'Deelnemers die in het jaar deelnamen, per klantroute; bezochte dagdelen van geregistreerde deelnemers, per dagdeel; anonieme bezoeken apart.',
    ],
    columns: [
      text('Categorie'),
      number('Voorzieningen'),
      number('Deelnemers'),
      number('Nieuw'),
      ...CLIENT_ROUTES.map((r) => number(CLIENT_ROUTE_LABELS[r])),
      number('Bezochte dagdelen'),
      ...DAY_PARTS.map((d) => number(`Dagdeel ${DAY_PART_LABELS[d]}`)),
      number('Anonieme bezoeken'),
    ],
    rows: CATEGORY_CODES.map((c) => line(CATEGORY_LABELS[c], provisionsOf(c), perCategory[c])),
    footer: [
      line(
        'Totaal',
        dashboard.reach.byCategory.reduce((sum, c) => sum + c.provisions, 0),
        dashboard.reach,
      ),
    ],
  };
}

function districtTable({ map }: CouncilReportFigures): ReportTable {
  const unknown = map.unknown.map((u) => [
    u.code,
    'Onbekende buurtcode (niet in de CBS-indeling 2025)',
    count(u.participants),
    u.provisions,
  ]);
  return {
    sheet: 'Wijken',
    title: 'Bereik per wijk',
    notes: [
      'Deelnemers per wijk waar zij wonen (deelnemers in het jaar) en voorzieningen per wijk waar zij staan.',
    ],
    columns: [text('Wijkcode'), text('Wijk'), number('Deelnemers'), number('Voorzieningen')],
    rows: [
      ...map.wijken.map((w) => [w.code, w.name, count(w.participants), w.provisions]),
      ...unknown,
      ['–', 'Zonder bekende woonbuurt', count(map.withoutBuurt), null],
    ],
    footer: [['', 'Totaal', count(map.total), map.provisions.length]],
  };
}

function healthTable({ dashboard }: CouncilReportFigures): ReportTable {
  const health = dashboard.reach.totals.health.participant;
  const suppressedOf = new Map(dashboard.reach.byCategory.map((c) => [c.category, c]));
  return {
    sheet: 'Positieve gezondheid',
    title: 'Verandering in positieve gezondheid per dimensie',
    notes: [
      `Deelnemers met twee of meer metingen: ${String(count(health.participants))}. Gemiddelde van de eerste en de laatste meting (schaal 0 tot 10), volgens de deelnemer zelf.`,
    ],
    columns: [
      text('Dimensie'),
      number('Eerste meting'),
      number('Laatste meting'),
      number('Verandering'),
      ...CATEGORY_CODES.map((c) => number(`Verandering ${CATEGORY_LABELS[c]}`)),
    ],
    rows: HEALTH_DIMENSIONS.map((dimension) => {
      const total = health.dimensions.find((d) => d.dimension === dimension);
      return [
        HEALTH_DIMENSION_LABELS[dimension].label,
        mean(total?.first ?? null, health.suppressed),
        mean(total?.latest ?? null, health.suppressed),
        mean(total?.change ?? null, health.suppressed),
        ...CATEGORY_CODES.map((c) => {
          const row = suppressedOf.get(c);
          return mean(row?.healthChange[dimension] ?? null, row?.healthSuppressed ?? false);
        }),
      ];
    }),
    footer: [],
  };
}

function satisfactionTable({ dashboard }: CouncilReportFigures): ReportTable {
  const total = dashboard.reach.totals.satisfaction;
  return {
    sheet: 'Tevredenheid',
    title: 'Tevredenheid per categorie',
    notes: ['Antwoorden op de tevredenheidsvraag en het gemiddelde cijfer (1 tot 10).'],
    columns: [text('Categorie'), number('Antwoorden'), number('Gemiddeld cijfer')],
    rows: dashboard.reach.byCategory.map((c) => [
      CATEGORY_LABELS[c.category],
      count(c.satisfactionAnswers),
      mean(c.satisfactionMean, c.satisfactionSuppressed),
    ]),
    footer: [['Totaal', count(total.answers), mean(total.mean, total.suppressed)]],
  };
}

function outflowTable({ dashboard }: CouncilReportFigures): ReportTable {
  const relapseOf = new Map(dashboard.signals.byCategory.map((s) => [s.category, s.relapse]));
  return {
    sheet: 'Uitstroom en terugval',
    title: 'Uitstroom en terugval per categorie',
    notes: [
      'Uitstroom: deelnemers van wie de coördinator de uitstroom vastlegde. Terugval: deelnemers van wie de deelname eindigde en die daarna in het jaar een maatwerkvoorziening (iWmo-toewijzing) kregen.',
    ],
    columns: [text('Categorie'), number('Uitstroom'), number('Terugval')],
    rows: dashboard.reach.byCategory.map((c) => [
      CATEGORY_LABELS[c.category],
      count(c.outflow),
      count(relapseOf.get(c.category)),
    ]),
    footer: [
      [
        'Totaal',
        count(dashboard.reach.totals.outflow.total),
        count(dashboard.signals.total.relapse),
      ],
    ],
  };
}

function outflowKindTable({ dashboard }: CouncilReportFigures): ReportTable {
  const outflow = dashboard.reach.totals.outflow;
  return {
    sheet: 'Uitstroom per soort',
    title: 'Uitstroom per soort',
    notes: ['Alle categorieën samen.'],
    columns: [text('Soort uitstroom'), number('Deelnemers')],
    rows: OUTFLOW_KINDS.map((k) => [OUTFLOW_LABELS[k], count(outflow.byKind[k])]),
    footer: [['Totaal', count(outflow.total)]],
  };
}

function signalTable({ dashboard }: CouncilReportFigures): ReportTable {
  const line = (label: string, s: DashboardView['signals']['total']) => [
    label,
    count(s.signals),
    count(s.open),
  ];
  return {
    sheet: 'Dubbele financiering',
    title: 'Signalen van dubbele financiering per categorie',
    notes: [
      'Signalen waarvan de overlap in het jaar valt, en hoeveel daarvan nog open zijn (nieuw of in behandeling).',
    ],
    columns: [text('Categorie'), number('Signalen'), number('Waarvan open')],
    rows: dashboard.signals.byCategory.map((s) => line(CATEGORY_LABELS[s.category], s)),
    footer: [line('Totaal', dashboard.signals.total)],
  };
}

function returnLine(label: string, figures: BusinessCaseView): ReportCell[] {
  const result = figures.claim.kind === 'computed' ? figures.claim.result : null;
  return [
    label,
    figures.participants,
    figures.counted,
    figures.subsidyCents,
    result?.wouldQualify ?? null,
    result?.avoidedCostCents ?? null,
    result?.savingCents ?? null,
    result?.hoursSaved ?? null,
    result?.fteSaved ?? null,
    figures.claim.kind === 'none' ? noClaimText(figures.claim.reason) : null,
  ];
}

function returnTable({ rendement }: CouncilReportFigures): ReportTable {
  return {
    sheet: 'Rendement',
    title: `Rendement per categorie, scenario ${rendement.scenario.name}`,
    notes: [
      `Berekend met het scenario "${rendement.scenario.name}"; de aannames en hun bron staan in de tabel hierna. Alleen deelnemers via het sociaal team of Sociale Zaken zonder maatwerk tellen mee.`,
    ],
    columns: [
      text('Categorie'),
      number('Deelnemers'),
      number('Via sociaal team of Sociale Zaken, zonder maatwerk'),
      cents('Subsidie'),
      number('Zou maatwerk krijgen'),
      cents('Vermeden maatwerkkosten'),
      cents('Besparing'),
      number('Uren bespaard'),
      number('Fte bespaard'),
      text('Toelichting'),
    ],
    rows: rendement.rows.map((r) => returnLine(r.label, r.figures)),
    footer: [returnLine('Totaal', rendement.total)],
  };
}

function assumptionTable({ rendement }: CouncilReportFigures): ReportTable {
  const { scenario } = rendement;
  return {
    sheet: 'Aannames',
    title: `Aannames van het scenario ${scenario.name}`,
    notes: [`Scenario: ${scenario.name}.`],
    columns: [text('Aanname'), text('Waarde'), text('Bron')],
    rows: ASSUMPTION_KEYS.map((key) => [
      ASSUMPTION_LABELS[key],
      assumptionValueText(key, scenario.assumptions),
      scenario.sources[key] ?? '',
    ]),
    footer: [],
  };
}

/** The inventory per buurt: which categories are present, which are missing (kloppend hart). */
export function inventoryTable({ map }: CouncilReportFigures): ReportTable {
  return {
    sheet: 'Buurten',
    title: 'Kloppend hart: inventarisatie per buurt',
    notes: [
      'Per buurt de deelnemers die er wonen, de voorzieningen die er staan, en welke categorieën aanwezig zijn en welke ontbreken.',
      map.attribution,
    ],
    columns: [
      text('Buurtcode'),
      text('Buurt'),
      text('Wijk'),
      number('Deelnemers'),
      number('Voorzieningen'),
      text('Aanwezig'),
      text('Ontbreekt'),
    ],
    rows: [
      ...map.buurten.map((b) => [
        b.code,
        b.name,
        b.districtName,
        count(b.participants),
        b.provisions,
        categoryNames(b.categoriesPresent),
        categoryNames(b.categoriesMissing),
      ]),
      ...map.unknown.map((u) => [
        u.code,
        'Onbekende buurtcode (niet in de CBS-indeling 2025)',
        '',
        count(u.participants),
        u.provisions,
        '',
        '',
      ]),
    ],
    footer: [],
  };
}

/** The report's tables in the order of the document; the map is printed after "Wijken". */
export function councilReportTables(figures: CouncilReportFigures): ReportTable[] {
  return [
    moneyTable(figures),
    reachTable(figures),
    districtTable(figures),
    healthTable(figures),
    satisfactionTable(figures),
    outflowTable(figures),
    outflowKindTable(figures),
    signalTable(figures),
    returnTable(figures),
    assumptionTable(figures),
    inventoryTable(figures),
  ];
}
