/**
 * All applications of a round (drafts excepted) as a spreadsheet and as CSV, for the
 * policy officer's own analysis and the college proposal.
 */
import {
  budgetTotals,
  type ApplicationContent,
} from '../../../domain/applications/application-content.ts';
import { CATEGORY_LABELS, type Category } from '../../../domain/tender/categories.ts';
import type { SchemeDefinition } from '../../../domain/tender/scheme-definition.ts';
import type { Queryable } from '../../platform/db/database.ts';
import {
  type CsvColumn,
  type CsvColumnKind,
  type CsvDialect,
  toCsv,
  XLSX_EURO_FORMAT,
  XLSX_MOMENT_FORMAT,
  newWorkbook,
  xlsxEuros,
  xlsxMoment,
} from '../../platform/spreadsheet.ts';
import {
  APPLICATION_STATUS_LABELS,
  type ApplicationStatus,
} from '../applications/applications.schemas.ts';
import { applicationsForExport } from './rounds.repository.ts';

interface ExportRow {
  reference: string;
  status: string;
  category: string;
  organisation: string;
  kvkNumber: string;
  provision: string;
  requestedCents: number;
  budgetCents: number;
  eligibleCents: number;
  participants: number | null;
  dayPartsPerWeek: number | null;
  weeksPerYear: number | null;
  returnService: string;
  submittedAt: Date | null;
}

type ExportColumn = CsvColumn<ExportRow> & { key: keyof ExportRow; width: number };

const column = (
  key: keyof ExportRow,
  header: string,
  kind: CsvColumnKind,
  width: number,
): ExportColumn => ({ key, header, kind, width, value: (row) => row[key] });

/** The columns of both files, in order; `width` is the XLSX column width. */
const COLUMNS: ExportColumn[] = [
  column('reference', 'Kenmerk', 'text', 14),
  column('status', 'Status', 'text', 18),
  column('category', 'Categorie', 'text', 40),
  column('organisation', 'Organisatie', 'text', 36),
  column('kvkNumber', 'KvK-nummer', 'text', 12),
  column('provision', 'Voorziening', 'text', 36),
  column('requestedCents', 'Gevraagd (€)', 'cents', 14),
  column('budgetCents', 'Begroting totaal (€)', 'cents', 18),
  column('eligibleCents', 'Subsidiabel (€)', 'cents', 16),
  column('participants', 'Deelnemers', 'number', 11),
  column('dayPartsPerWeek', 'Dagdelen per week', 'number', 16),
  column('weeksPerYear', 'Weken per jaar', 'number', 14),
  column('returnService', 'Tegenprestatie of vergoeding', 'text', 24),
  column('submittedAt', 'Ontvangen (Nederlandse tijd)', 'moment', 24),
];

export async function exportRows(db: Queryable, roundId: string): Promise<ExportRow[]> {
  const rows = await applicationsForExport(db, roundId);
  return rows.map((row) => {
    const content = row.content as ApplicationContent;
    const definition = row.formDefinition as SchemeDefinition;
    const category = row.category as Category;
    const totals = budgetTotals(content.budgetLines, definition.categories[category].eligibleKinds);
    return {
      reference: row.reference ?? '',
      status: APPLICATION_STATUS_LABELS[row.status as ApplicationStatus],
      category: CATEGORY_LABELS[category],
      organisation: row.organisation,
      kvkNumber: row.kvkNumber ?? '',
      provision: row.provision,
      requestedCents: content.requestedCents ?? 0,
      budgetCents: totals.totalCents,
      eligibleCents: totals.eligibleCents,
      participants: content.reach.participants,
      dayPartsPerWeek: content.reach.dayPartsPerWeek,
      weeksPerYear: content.reach.weeksPerYear,
      returnService:
        content.returnService === 'tegenprestatie'
          ? 'tegenprestatie'
          : content.returnService === 'fee'
            ? 'vergoeding'
            : '',
      submittedAt: row.submittedAt,
    };
  });
}

/** Amounts are numbers in euros with a euro format, the moment of receipt a real date. */
export async function toXlsx(rows: ExportRow[], title: string): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Samenredzaam';
  const sheet = workbook.addWorksheet('Aanvragen');
  sheet.columns = COLUMNS.map(({ key, header, width }) => ({ key, header, width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) {
    sheet.addRow({
      ...row,
      requestedCents: xlsxEuros(row.requestedCents),
      budgetCents: xlsxEuros(row.budgetCents),
      eligibleCents: xlsxEuros(row.eligibleCents),
      submittedAt: row.submittedAt ? xlsxMoment(row.submittedAt) : null,
    });
  }
  for (const key of ['requestedCents', 'budgetCents', 'eligibleCents'] as const) {
    sheet.getColumn(key).numFmt = XLSX_EURO_FORMAT;
  }
  sheet.getColumn('submittedAt').numFmt = XLSX_MOMENT_FORMAT;
  workbook.title = title;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** The CSV file in a dialect: Dutch Excel by default, or plain RFC 4180 for programs. */
export function exportCsv(rows: ExportRow[], dialect: CsvDialect): string {
  return toCsv(COLUMNS, rows, dialect);
}
