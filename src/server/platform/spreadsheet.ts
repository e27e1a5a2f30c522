/**
 * The one home of how the product writes spreadsheets: CSV in two dialects and the typed
 * cells of XLSX. The rules, and why, are in docs/rules/spreadsheets.md.
 *
 * - `excel-nl` (the default download): what Dutch Excel opens correctly with a double click —
 *   UTF-8 with a byte-order mark, `;` between fields, a decimal comma, days as dd-mm-jjjj and
 *   moments as dd-mm-jjjj hh:mm (Amsterdam time); text that would start a formula is
 *   prefixed with an apostrophe.
 * - `rfc4180` (for programs): RFC 4180 as it is — `,` between fields, a decimal point, ISO 8601
 *   days and moments with their offset from UTC, no byte-order mark, text unchanged.
 */
import type ExcelJS from 'exceljs';
import { toAmsterdamLocal } from '../../domain/dates.ts';

export const CSV_DIALECTS = ['excel-nl', 'rfc4180'] as const;
export type CsvDialect = (typeof CSV_DIALECTS)[number];

/**
 * What a column holds, so each dialect can write it its own way:
 * `cents` an amount in euro cents (written in euros with two decimals, no thousands
 * separator), `day` a day YYYY-MM-DD, `moment` an instant (written in Amsterdam time).
 */
export type CsvColumnKind = 'text' | 'number' | 'cents' | 'day' | 'moment';

export type CsvValue = string | number | Date | null;

export interface CsvColumn<Row> {
  header: string;
  kind: CsvColumnKind;
  value: (row: Row) => CsvValue;
}

interface DialectRules {
  separator: string;
  byteOrderMark: string;
  decimal: (text: string) => string;
  day: (day: string) => string;
  moment: (instant: Date) => string;
  /** Names are typed by applicants: a leading = + - @ would make a spreadsheet run a formula. */
  guardFormulas: boolean;
}

const dutchDay = (day: string) => `${day.slice(8, 10)}-${day.slice(5, 7)}-${day.slice(0, 4)}`;

const DIALECTS: Record<CsvDialect, DialectRules> = {
  'excel-nl': {
    separator: ';',
    byteOrderMark: '\uFEFF',
    decimal: (text) => text.replace('.', ','),
    day: dutchDay,
    moment: (instant) => {
      const local = toAmsterdamLocal(instant);
      return `${dutchDay(local.slice(0, 10))} ${local.slice(11)}`;
    },
    guardFormulas: true,
  },
  rfc4180: {
    separator: ',',
    byteOrderMark: '',
    decimal: (text) => text,
    day: (day) => day,
    moment: amsterdamIso,
    guardFormulas: false,
  },
};

/** An instant as ISO 8601 in Amsterdam time with its offset: 2027-03-01T12:00+01:00. */
export function amsterdamIso(instant: Date): string {
  const local = toAmsterdamLocal(instant);
  const offset = Math.round(
    (Date.parse(`${local}:00Z`) - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000,
  );
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}

function centsText(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.round(cents));
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

function cellText(kind: CsvColumnKind, value: CsvValue, rules: DialectRules): string {
  if (value === null) return '';
  switch (kind) {
    case 'cents':
      return rules.decimal(centsText(Number(value)));
    case 'number':
      return typeof value === 'number' ? rules.decimal(String(value)) : String(value);
    case 'day':
      return rules.day(String(value));
    case 'moment':
      return rules.moment(value instanceof Date ? value : new Date(String(value)));
    case 'text': {
      const text = value instanceof Date ? value.toISOString() : String(value);
      return rules.guardFormulas && /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
    }
  }
}

function field(text: string, separator: string): string {
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole file: a header line, one line per row, every line ended by CRLF. */
export function toCsv<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  dialect: CsvDialect,
): string {
  const rules = DIALECTS[dialect];
  const line = (cells: string[]) =>
    cells.map((c) => field(c, rules.separator)).join(rules.separator);
  const lines = [line(columns.map((c) => c.header))];
  for (const row of rows) {
    lines.push(line(columns.map((c) => cellText(c.kind, c.value(row), rules))));
  }
  return `${rules.byteOrderMark}${lines.join('\r\n')}\r\n`;
}

/** The Content-Type of a CSV download (both dialects are UTF-8). */
export const CSV_CONTENT_TYPE = 'text/csv; charset=utf-8';

/** XLSX: amounts are numbers shown as euros; Excel shows them with the reader's own separators. */
export const XLSX_EURO_FORMAT = '"€" #,##0.00;"€" -#,##0.00';
export const XLSX_DAY_FORMAT = 'dd-mm-yyyy';
export const XLSX_MOMENT_FORMAT = 'dd-mm-yyyy hh:mm';

/** An amount in cents as the number of euros an XLSX cell holds. */
export const xlsxEuros = (cents: number): number => cents / 100;

/**
 * An instant as an XLSX date cell showing Amsterdam time. Excel dates have no time zone:
 * the cell holds the wall-clock time, which exceljs writes from the Date's UTC fields.
 */
export const xlsxMoment = (instant: Date): Date => new Date(`${toAmsterdamLocal(instant)}:00Z`);

/** A day YYYY-MM-DD as an XLSX date cell. */
export const xlsxDay = (day: string): Date => new Date(`${day}T00:00:00Z`);

/**
 * A new XLSX workbook. exceljs brings some 600 modules with it: they are loaded with the
 * first spreadsheet someone downloads, not at every start of the server.
 */
export async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}

/** What an XLSX table cell holds for a column of the given kind: numbers and dates typed. */
function xlsxCell(kind: CsvColumnKind, value: CsvValue): string | number | Date | null {
  if (value === null) return null;
  switch (kind) {
    case 'cents':
      return xlsxEuros(Number(value));
    case 'number':
      return typeof value === 'number' ? value : String(value);
    case 'day':
      return xlsxDay(String(value));
    case 'moment':
      return xlsxMoment(value instanceof Date ? value : new Date(String(value)));
    case 'text':
      return value instanceof Date ? value.toISOString() : String(value);
  }
}

const XLSX_FORMATS: Partial<Record<CsvColumnKind, string>> = {
  cents: XLSX_EURO_FORMAT,
  day: XLSX_DAY_FORMAT,
  moment: XLSX_MOMENT_FORMAT,
};

/**
 * One style object per kind of column (and per weight), shared by all its cells: exceljs
 * writes a style it has seen before from its cache, but only for the same object.
 */
function sharedStyles(bold: boolean): Record<CsvColumnKind, Partial<ExcelJS.Style>> {
  const font = bold ? { font: { bold: true } } : {};
  const style = (kind: CsvColumnKind) => {
    const numFmt = XLSX_FORMATS[kind];
    return { ...font, ...(numFmt ? { numFmt } : {}) };
  };
  return {
    text: style('text'),
    number: style('number'),
    cents: style('cents'),
    day: style('day'),
    moment: style('moment'),
  };
}

/** One sheet of a workbook: a bold header row, a row per row, `footer` rows last in bold. */
export interface XlsxSheet<Row> {
  sheet: string;
  columns: readonly CsvColumn<Row>[];
  rows: readonly Row[];
  footer?: readonly Row[];
  /** Lines of text above the table (what the figures are, where they come from). */
  heading?: readonly string[];
}

/**
 * One sheet with a bold header row and a row per row, from the same columns as a CSV
 * download: amounts are euros with the euro format, days and moments date cells. Rows are
 * written as a stream, so a payment run of 60,000 lines stays within a second or two.
 * `footer` rows (a totals row) come last, in bold.
 */
export async function toXlsx<Row>(
  columns: readonly CsvColumn<Row>[],
  rows: readonly Row[],
  { sheet, title, footer = [] }: { sheet: string; title: string; footer?: readonly Row[] },
): Promise<Buffer> {
  return toXlsxWorkbook(title, [{ sheet, columns, rows, footer }]);
}

/** Several such sheets in one workbook, in the order given. */
export async function toXlsxWorkbook<Row>(
  title: string,
  sheets: readonly XlsxSheet<Row>[],
): Promise<Buffer> {
  const { default: excel } = await import('exceljs');
  const { PassThrough } = await import('node:stream');
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const workbook = new excel.stream.xlsx.WorkbookWriter({
    stream,
    useStyles: true,
    useSharedStrings: false,
  });
  workbook.creator = 'Samenredzaam';
  workbook.title = title;
  const plain = sharedStyles(false);
  const bold = sharedStyles(true);
  for (const { sheet, columns, rows, footer = [], heading = [] } of sheets) {
    const worksheet = workbook.addWorksheet(sheet);
    worksheet.columns = columns.map((c) => ({ width: Math.max(12, c.header.length + 2) }));
    const write = (
      cells: (string | number | Date | null)[],
      styleOf: (column: CsvColumn<Row>) => Partial<ExcelJS.Style>,
    ) => {
      const line = worksheet.addRow(cells);
      columns.forEach((c, i) => {
        line.getCell(i + 1).style = styleOf(c);
      });
      line.commit();
    };
    for (const [i, text] of heading.entries()) {
      const line = worksheet.addRow([text]);
      if (i === 0) line.getCell(1).style = bold.text;
      line.commit();
    }
    write(
      columns.map((c) => c.header),
      () => bold.text,
    );
    for (const row of rows)
      write(
        columns.map((c) => xlsxCell(c.kind, c.value(row))),
        (c) => plain[c.kind],
      );
    for (const row of footer)
      write(
        columns.map((c) => xlsxCell(c.kind, c.value(row))),
        (c) => bold[c.kind],
      );
    worksheet.commit();
  }
  await workbook.commit();
  return Buffer.concat(chunks);
}
