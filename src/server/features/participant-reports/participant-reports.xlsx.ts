/**
 * The reports as spreadsheets: one sheet per section, Dutch headers, a title row with the
 * provision (or the municipality) and the period (its first and last day as date cells).
 * "<5" stays text, a hidden number is "x".
 */
import type ExcelJS from 'exceljs';
import { DAY_PART_LABELS } from '../../../domain/day-parts.ts';
import {
  HEALTH_DIMENSION_LABELS,
  HEALTH_DIMENSIONS,
  RESPONDENTS,
} from '../../../domain/participants/positive-health.ts';
import {
  CLIENT_ROUTE_LABELS,
  CLIENT_ROUTES,
  OUTFLOW_KINDS,
  OUTFLOW_LABELS,
} from '../../../domain/participants/registration.ts';
import type { ReportPeriod } from '../../../domain/participants/report/period.ts';
import type { ProtectedCount } from '../../../domain/participants/report/protection.ts';
import { RESPONDENT_LABELS } from '../../../domain/participants/report/sections.ts';
import { SUPPRESSION_THRESHOLD } from '../../../domain/participants/suppression.ts';
import { CATEGORY_LABELS } from '../../../domain/tender/categories.ts';
import { XLSX_DAY_FORMAT, newWorkbook, xlsxDay } from '../../platform/spreadsheet.ts';
import type {
  MunicipalityReport,
  ProvisionReport,
  ReportRow,
  ReportSectionsView,
} from './participant-reports.schemas.ts';

type Cell = string | number;

/** A hidden number: shown as "x", as in the tables of CBS. */
const HIDDEN = 'x';

const count = (value: ProtectedCount): Cell => (value === null ? HIDDEN : value);
const mean = (value: number | null, suppressed: boolean): Cell =>
  value !== null ? value : suppressed ? HIDDEN : '–';
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** A sheet that starts with the report's title and period. */
class Sheet {
  readonly sheet: ExcelJS.Worksheet;

  constructor(workbook: ExcelJS.Workbook, name: string, title: string, period: ReportPeriod) {
    this.sheet = workbook.addWorksheet(name);
    this.sheet.addRow([title]).font = { bold: true, size: 14 };
    // The period's days are date cells, so a spreadsheet can sort and compute with them.
    const periodRow = this.sheet.addRow([
      'Periode van',
      xlsxDay(period.from),
      'tot en met',
      xlsxDay(period.to),
    ]);
    for (const cell of [2, 4]) periodRow.getCell(cell).numFmt = XLSX_DAY_FORMAT;
    this.sheet.getColumn(1).width = 44;
  }

  /** A table: an empty line, its title, a bold header row, and the rows. */
  table(title: string, header: string[], rows: Cell[][]): void {
    this.sheet.addRow([]);
    this.sheet.addRow([title]).font = { bold: true, size: 12 };
    this.sheet.addRow(header).font = { bold: true };
    for (const row of rows) this.sheet.addRow(row);
    header.forEach((_, i) => {
      if (i > 0)
        this.sheet.getColumn(i + 1).width = Math.max(14, this.sheet.getColumn(i + 1).width ?? 0);
    });
  }

  line(text: string): void {
    this.sheet.addRow([text]);
  }
}

function addSections(
  workbook: ExcelJS.Workbook,
  title: string,
  period: ReportPeriod,
  report: ReportSectionsView,
): void {
  const people = new Sheet(workbook, 'Deelnemers', title, period);
  const p = report.participants;
  people.table(
    'Deelnemers',
    ['Onderwerp', 'Aantal'],
    [
      ['Deelnemers in de periode', count(p.active)],
      ['Nieuw in de periode', count(p.new)],
      ['Van wie de gegevens zijn gewist (zij tellen mee)', count(p.erased)],
    ],
  );
  people.table(
    'Deelnemers per klantroute',
    ['Klantroute', 'Aantal'],
    CLIENT_ROUTES.map((r) => [CLIENT_ROUTE_LABELS[r], count(p.byClientRoute[r])]),
  );

  const presence = new Sheet(workbook, 'Aanwezigheid', title, period);
  const a = report.attendance;
  presence.table(
    'Aanwezigheid per dagdeel',
    ['Dagdeel', 'Deelnemers (geregistreerd)', 'Anoniem'],
    [
      ...a.byDayPart.map((d) => [
        capital(DAY_PART_LABELS[d.dayPart]),
        count(d.registered),
        count(d.anonymous),
      ]),
      ['Totaal', count(a.registered), count(a.anonymous)],
    ],
  );
  presence.table(
    'Dagdelen',
    ['Onderwerp', 'Waarde'],
    [
      ['Dagdelen met aanwezigen', count(a.openedDayParts)],
      [
        'Gemiddeld aantal aanwezigen per dagdeel',
        mean(a.averagePerOpenedDayPart, a.averageSuppressed),
      ],
    ],
  );
  presence.table(
    'Aanwezigheid per week',
    ['Week', 'Deelnemers (geregistreerd)', 'Anoniem'],
    a.perWeek.map((w) => [w.week, count(w.registered), count(w.anonymous)]),
  );

  const health = new Sheet(workbook, 'Positieve gezondheid', title, period);
  for (const respondent of RESPONDENTS) {
    const h = report.health[respondent];
    health.table(
      `${RESPONDENT_LABELS[respondent]}: eerste en laatste meting van deelnemers met twee of meer metingen`,
      ['Dimensie', 'Eerste meting (gemiddeld)', 'Laatste meting (gemiddeld)', 'Verandering'],
      [
        ...h.dimensions.map((d) => [
          HEALTH_DIMENSION_LABELS[d.dimension].label,
          mean(d.first, h.suppressed),
          mean(d.latest, h.suppressed),
          mean(d.change, h.suppressed),
        ]),
        ['Aantal deelnemers', count(h.participants)],
      ],
    );
    health.table(
      `${RESPONDENT_LABELS[respondent]}: gemiddelde per kwartaal`,
      [
        'Kwartaal',
        'Deelnemers',
        'Metingen',
        ...HEALTH_DIMENSIONS.map((d) => HEALTH_DIMENSION_LABELS[d].label),
      ],
      h.perQuarter.map((q) => [
        q.quarter,
        count(q.participants),
        count(q.measurements),
        ...HEALTH_DIMENSIONS.map((d) => mean(q.averages[d], q.suppressed)),
      ]),
    );
  }

  const satisfaction = new Sheet(workbook, 'Tevredenheid', title, period);
  const s = report.satisfaction;
  satisfaction.table(
    'Tevredenheid (cijfer van 0 tot en met 10, gegeven door de deelnemers zelf)',
    ['Onderwerp', 'Waarde'],
    [
      ['Gemiddeld cijfer', mean(s.mean, s.suppressed)],
      ['Aantal antwoorden', count(s.answers)],
      ['Aantal deelnemers', count(s.people)],
    ],
  );
  satisfaction.table(
    'Verdeling van de cijfers',
    ['Cijfer', 'Aantal antwoorden'],
    s.distribution.map((d) => [d.score, count(d.count)]),
  );

  const outflow = new Sheet(workbook, 'Uitstroom', title, period);
  outflow.table(
    'Uitstroom in de periode',
    ['Uitstroom naar', 'Aantal'],
    [
      ...OUTFLOW_KINDS.map((k) => [OUTFLOW_LABELS[k], count(report.outflow.byKind[k])]),
      ['Totaal', count(report.outflow.total)],
    ],
  );
}

async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

async function titledWorkbook(title: string): Promise<ExcelJS.Workbook> {
  const workbook = await newWorkbook();
  workbook.creator = 'Samenredzaam';
  workbook.title = title;
  return workbook;
}

export async function provisionReportXlsx(report: ProvisionReport): Promise<Buffer> {
  const title = `Rapportage deelnemers – ${report.provision.name}`;
  const workbook = await titledWorkbook(title);
  addSections(workbook, title, report.period, report);
  return toBuffer(workbook);
}

const ROW_HEADER = [
  'Deelnemers',
  'Nieuw',
  'Aanwezigheden',
  'Anoniem',
  'Uitstroom',
  'Tevredenheid: antwoorden',
  'Tevredenheid: gemiddeld',
  'Gezondheid: deelnemers',
  ...HEALTH_DIMENSIONS.map((d) => `Verandering ${HEALTH_DIMENSION_LABELS[d].label.toLowerCase()}`),
];

const rowCells = (row: ReportRow): Cell[] => [
  count(row.active),
  count(row.new),
  count(row.attendances),
  count(row.anonymous),
  count(row.outflow),
  count(row.satisfactionAnswers),
  mean(row.satisfactionMean, row.satisfactionSuppressed),
  count(row.healthParticipants),
  ...HEALTH_DIMENSIONS.map((d) => mean(row.healthChange[d], row.healthSuppressed)),
];

export async function municipalityReportXlsx(report: MunicipalityReport): Promise<Buffer> {
  const title = report.category
    ? `Rapportage deelnemers – ${CATEGORY_LABELS[report.category]}`
    : 'Rapportage deelnemers – alle voorzieningen';
  const workbook = await titledWorkbook(title);
  addSections(workbook, title, report.period, report.totals);
  new Sheet(workbook, 'Per categorie', title, report.period).table(
    'Per categorie',
    ['Categorie', 'Voorzieningen', ...ROW_HEADER],
    report.byCategory.map((c) => [CATEGORY_LABELS[c.category], c.provisions, ...rowCells(c)]),
  );
  new Sheet(workbook, 'Per voorziening', title, report.period).table(
    'Per voorziening',
    ['Voorziening', 'Categorie', 'Organisatie', ...ROW_HEADER],
    report.byProvision.map((p) => [
      p.name,
      CATEGORY_LABELS[p.category],
      p.organisationName,
      ...rowCells(p),
    ]),
  );
  const notes = new Sheet(workbook, 'Toelichting', title, report.period);
  notes.line('');
  for (const line of SMALL_NUMBERS_EXPLANATION) notes.line(line);
  return toBuffer(workbook);
}

/** Why some numbers are not in the municipality's report (also in the spreadsheet). */
export const SMALL_NUMBERS_EXPLANATION = [
  `<5: een aantal van 1 tot en met 4. Zulke kleine aantallen tonen we niet, omdat u anders deelnemers zou kunnen herkennen.`,
  `x: niet getoond, omdat u anders met de andere getallen een aantal onder de ${SUPPRESSION_THRESHOLD} zou kunnen uitrekenen (bijvoorbeeld het totaal min de voorzieningen die wel getoond worden).`,
  `Een gemiddelde van minder dan ${SUPPRESSION_THRESHOLD} personen tonen we niet (x), en ook geen gemiddelde waarmee zo'n gemiddelde uit te rekenen is.`,
  `De rapportage gaat over een vaste maand, een kwartaal of een jaar dat voorbij is. Een getal dat 1 tot en met 4 verschilt van hetzelfde getal in een maand, kwartaal of jaar binnen of rond die periode, tonen we ook niet (x): anders zou u door twee rapportages af te trekken een klein aantal of het antwoord van één deelnemer kunnen uitrekenen.`,
  `–: geen gegevens in deze periode.`,
];
