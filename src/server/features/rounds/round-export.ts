/**
 * All applications of a round (drafts excepted) as a spreadsheet and as CSV, for the
 * policy officer's own analysis and the college proposal.
 */
import ExcelJS from 'exceljs';
import {
  budgetTotals,
  type ApplicationContent,
} from '../../../domain/applications/application-content.ts';
import { toAmsterdamLocal } from '../../../domain/dates.ts';
import { CATEGORY_LABELS, type Category } from '../../../domain/tender/categories.ts';
import type { SchemeDefinition } from '../../../domain/tender/scheme-definition.ts';
import { and, eq, ne } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import { applications, organisations, provisions } from '../../platform/db/schema.ts';
import {
  APPLICATION_STATUS_LABELS,
  type ApplicationStatus,
} from '../applications/applications.schemas.ts';

interface ExportRow {
  reference: string;
  status: string;
  category: string;
  organisation: string;
  kvkNumber: string;
  provision: string;
  requestedEuros: number;
  budgetEuros: number;
  eligibleEuros: number;
  participants: number | null;
  dayPartsPerWeek: number | null;
  weeksPerYear: number | null;
  returnService: string;
  submittedAt: string;
}

const COLUMNS: { key: keyof ExportRow; header: string; width: number }[] = [
  { key: 'reference', header: 'Kenmerk', width: 14 },
  { key: 'status', header: 'Status', width: 18 },
  { key: 'category', header: 'Categorie', width: 40 },
  { key: 'organisation', header: 'Organisatie', width: 36 },
  { key: 'kvkNumber', header: 'KvK-nummer', width: 12 },
  { key: 'provision', header: 'Voorziening', width: 36 },
  { key: 'requestedEuros', header: 'Gevraagd (€)', width: 14 },
  { key: 'budgetEuros', header: 'Begroting totaal (€)', width: 18 },
  { key: 'eligibleEuros', header: 'Subsidiabel (€)', width: 16 },
  { key: 'participants', header: 'Deelnemers', width: 11 },
  { key: 'dayPartsPerWeek', header: 'Dagdelen per week', width: 16 },
  { key: 'weeksPerYear', header: 'Weken per jaar', width: 14 },
  { key: 'returnService', header: 'Tegenprestatie of vergoeding', width: 24 },
  { key: 'submittedAt', header: 'Ontvangen (Nederlandse tijd)', width: 24 },
];

export async function exportRows(db: Queryable, roundId: string): Promise<ExportRow[]> {
  const rows = await db
    .select({
      reference: applications.reference,
      status: applications.status,
      category: applications.category,
      organisation: organisations.name,
      kvkNumber: organisations.kvkNumber,
      provision: provisions.name,
      content: applications.content,
      formDefinition: applications.formDefinition,
      submittedAt: applications.submittedAt,
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(provisions, eq(provisions.id, applications.provisionId))
    .where(and(eq(applications.roundId, roundId), ne(applications.status, 'draft')))
    .orderBy(applications.category, applications.reference);
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
      requestedEuros: (content.requestedCents ?? 0) / 100,
      budgetEuros: totals.totalCents / 100,
      eligibleEuros: totals.eligibleCents / 100,
      participants: content.reach.participants,
      dayPartsPerWeek: content.reach.dayPartsPerWeek,
      weeksPerYear: content.reach.weeksPerYear,
      returnService:
        content.returnService === 'tegenprestatie'
          ? 'tegenprestatie'
          : content.returnService === 'fee'
            ? 'vergoeding'
            : '',
      submittedAt: row.submittedAt ? toAmsterdamLocal(row.submittedAt).replace('T', ' ') : '',
    };
  });
}

export async function toXlsx(rows: ExportRow[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Samenredzaam';
  const sheet = workbook.addWorksheet('Aanvragen');
  sheet.columns = COLUMNS;
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  for (const row of rows) sheet.addRow(row);
  for (const key of ['requestedEuros', 'budgetEuros', 'eligibleEuros'] as const) {
    sheet.getColumn(key).numFmt = '#,##0.00';
  }
  workbook.title = title;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** RFC 4180 CSV in UTF-8 with a byte-order mark, so spreadsheet programs read the accents. */
export function toCsv(rows: ExportRow[]): string {
  const quote = (value: string | number | null) => {
    let text = value === null ? '' : String(value);
    // Names are typed by applicants: a leading = + - @ would make a spreadsheet run a formula.
    if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [COLUMNS.map((c) => quote(c.header)).join(',')];
  for (const row of rows) {
    lines.push(
      COLUMNS.map((c) =>
        quote(
          typeof row[c.key] === 'number' && c.key.endsWith('Euros')
            ? (row[c.key] as number).toFixed(2)
            : row[c.key],
        ),
      ).join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
