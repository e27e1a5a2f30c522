/**
 * The council report's two files (docs/rules/council-report.md), both written from the same
 * tables: a PDF for reading (title, headings, tables with header rows, the map, the language
 * set to Dutch) and an XLSX with one sheet per table for working with the figures.
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { largestCount, shadeLegend } from '../../../domain/dashboards/map-shades.ts';
import { printedMapSvg } from '../../../domain/council-report/printed-map.ts';
import { formatEuros } from '../../platform/documents.ts';
import { type CsvColumn, toXlsxWorkbook } from '../../platform/spreadsheet.ts';
import type { NeighbourhoodMapView } from '../dashboards/dashboards.schemas.ts';
import type { ReportCell, ReportColumnKind, ReportTable } from './council-report.tables.ts';

export interface ReportHead {
  year: number;
  version: number;
  municipalityName: string;
  scenarioName: string;
  /** "6 december 2026 om 22:45", Amsterdam time. */
  generatedAt: string;
}

export const reportTitle = (head: Pick<ReportHead, 'year'>) => `Raadsrapportage ${head.year}`;

const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

/** A cell as the PDF prints it: amounts in euros, numbers with a decimal comma. */
function printed(kind: ReportColumnKind, value: ReportCell): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return kind === 'cents' ? formatEuros(value) : decimal.format(value);
}

/** The width of the map in the PDF, in points (A4 landscape leaves some 760). */
const MAP_WIDTH = 440;

function pdfTable(table: ReportTable, index: number): Content[] {
  const header = table.columns.map((c) => ({
    text: c.header,
    bold: true,
    alignment: c.kind === 'text' ? ('left' as const) : ('right' as const),
  }));
  const row = (cells: ReportCell[], bold: boolean) =>
    cells.map((value, i) => {
      const kind = table.columns[i]!.kind;
      return {
        text: printed(kind, value),
        bold,
        alignment: kind === 'text' ? ('left' as const) : ('right' as const),
      };
    });
  return [
    { text: `${index + 1}. ${table.title}`, style: 'h2', tocItem: true },
    ...table.notes.map((note) => ({ text: note, style: 'note' })),
    {
      table: {
        headerRows: 1,
        dontBreakRows: true,
        widths: table.columns.map((c) => (c.kind === 'text' ? '*' : 'auto')),
        body: [
          header,
          ...table.rows.map((r) => row(r, false)),
          ...table.footer.map((r) => row(r, true)),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: table.columns.length > 8 ? 7 : 9,
      margin: [0, 4, 0, 12],
    },
  ];
}

function mapSection(map: NeighbourhoodMapView): Content[] {
  const legend = shadeLegend(largestCount(map.buurten.map((b) => b.participants)));
  return [
    { text: 'Kaart: deelnemers per buurt', style: 'h2', tocItem: true, pageBreak: 'before' },
    {
      text: 'Het aantal deelnemers dat in de buurt woont. De tabel "Kloppend hart" hierna geeft dezelfde aantallen per buurt.',
      style: 'note',
    },
    {
      columns: [
        {
          svg: printedMapSvg(
            map.buurten.map((b) => ({
              code: b.code,
              name: b.name,
              ring: b.geometry.coordinates[0] ?? [],
              participants: b.participants,
            })),
            MAP_WIDTH,
          ),
          width: MAP_WIDTH,
        },
        {
          width: '*',
          table: {
            headerRows: 1,
            widths: [18, '*'],
            body: [
              [
                { text: 'Kleur', bold: true },
                { text: 'Betekenis', bold: true },
              ],
              ...legend.map((l) => [{ text: '', fillColor: l.shade }, { text: l.label }]),
            ],
          },
          fontSize: 8,
          margin: [12, 0, 0, 0],
        },
      ],
    },
    { text: map.attribution, style: 'attribution' },
  ];
}

/** The PDF's definition: title, what it is, the tables, the map after the reach per wijk. */
export function councilReportPdf(
  head: ReportHead,
  tables: readonly ReportTable[],
  map: NeighbourhoodMapView,
): TDocumentDefinitions {
  const title = reportTitle(head);
  const content: Content[] = [
    { text: title, style: 'h1' },
    { text: head.municipalityName, style: 'subtitle' },
    {
      text: `Versie ${head.version}, gemaakt op ${head.generatedAt}. Rendement berekend met het scenario "${head.scenarioName}".`,
      style: 'note',
    },
    {
      text: 'Alle cijfers gaan over het kalenderjaar. Aantallen mensen van 1 tot en met 4 staan als "<5"; een "x" is een aantal dat verborgen is zodat niemand een "<5" kan terugrekenen. Er staan geen namen of andere persoonsgegevens in dit rapport.',
      style: 'note',
    },
    { toc: { title: { text: 'Inhoud', style: 'h2' } } },
  ];
  tables.forEach((table, i) => {
    content.push(...pdfTable(table, i));
    if (table.sheet === 'Wijken') content.push(...mapSection(map));
  });
  return {
    info: {
      title,
      author: head.municipalityName,
      subject: `Raadsrapportage algemene voorzieningen ${head.year}`,
    },
    language: 'nl-NL',
    displayTitle: true,
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 48],
    defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.2 },
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 0, 0, 4] },
      subtitle: { fontSize: 13, margin: [0, 0, 0, 12] },
      h2: { fontSize: 14, bold: true, margin: [0, 12, 0, 4] },
      note: { fontSize: 9, margin: [0, 0, 0, 4] },
      attribution: { fontSize: 8, italics: true, margin: [0, 6, 0, 0] },
    },
    footer: (page, pages) => ({
      text: `${title} · versie ${head.version} · pagina ${page} van ${pages}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 20, 0, 0],
    }),
    content,
  };
}

type Row = ReportCell[];

/** The XLSX: a sheet "Over dit rapport", then one sheet per table with the same figures. */
export async function councilReportXlsx(
  head: ReportHead,
  tables: readonly ReportTable[],
): Promise<Buffer> {
  const title = reportTitle(head);
  const about = {
    sheet: 'Over dit rapport',
    heading: [title],
    columns: [
      { header: 'Onderwerp', kind: 'text', value: (r: Row) => r[0] ?? null },
      { header: 'Waarde', kind: 'text', value: (r: Row) => r[1] ?? null },
    ] satisfies CsvColumn<Row>[],
    rows: [
      ['Gemeente', head.municipalityName],
      ['Jaar', String(head.year)],
      ['Versie', String(head.version)],
      ['Gemaakt op', head.generatedAt],
      ['Scenario rendement', head.scenarioName],
      [
        'Kleine aantallen',
        'Aantallen mensen van 1 tot en met 4 staan als "<5"; een "x" is verborgen zodat niemand een "<5" kan terugrekenen.',
      ],
    ],
  };
  return toXlsxWorkbook<Row>(title, [
    about,
    ...tables.map((t) => ({
      sheet: t.sheet,
      heading: [t.title, ...t.notes],
      columns: t.columns.map((c, i): CsvColumn<Row> => ({
        header: c.header,
        kind: c.kind,
        value: (r) => r[i] ?? null,
      })),
      rows: t.rows,
      footer: t.footer,
    })),
  ]);
}
