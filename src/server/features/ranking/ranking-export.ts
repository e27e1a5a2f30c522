/**
 * Exports for the college proposal: the ranked list per category (XLSX, and a PDF annex)
 * and every assessor's score per criterion (XLSX).
 */
import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import {
  CATEGORY_LABELS,
  CRITERION_LABELS,
  JUDGED_CRITERIA,
  criteriaFor,
} from '../../../domain/tender/categories.ts';
import type { ScoreSheet } from '../../../domain/tender/assessment.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { formatEuros } from '../../platform/documents.ts';
import {
  XLSX_EURO_FORMAT,
  XLSX_MOMENT_FORMAT,
  newWorkbook,
  xlsxEuros,
  xlsxMoment,
} from '../../platform/spreadsheet.ts';
import * as assessmentRepo from '../assessment/assessment.repository.ts';
import { OUTCOME_TITLES } from '../decisions/decision-letter.ts';
import type { Ranking } from './ranking.service.ts';

export async function rankedListXlsx(rankings: Ranking[], roundName: string): Promise<Buffer> {
  const workbook = await newWorkbook();
  workbook.creator = 'Samenredzaam';
  workbook.title = `Rangschikking ${roundName}`;
  for (const ranking of rankings) {
    const criteria = criteriaFor(ranking.category);
    const sheet = workbook.addWorksheet(CATEGORY_LABELS[ranking.category].slice(0, 31));
    sheet.columns = [
      { header: 'Plaats', key: 'rank', width: 8 },
      { header: 'Kenmerk', key: 'reference', width: 14 },
      ...criteria.map((c) => ({ header: CRITERION_LABELS[c], key: c, width: 13 })),
      { header: 'Totaal', key: 'total', width: 8 },
      { header: 'Subsidiabel (€)', key: 'eligible', width: 15 },
      { header: 'Toegekend (€)', key: 'granted', width: 15 },
      { header: 'Uitkomst', key: 'outcome', width: 44 },
      { header: 'Loting (SHA-256)', key: 'tieBreak', width: 66 },
    ];
    sheet.getRow(1).font = { bold: true };
    for (const a of ranking.output.applications) {
      sheet.addRow({
        rank: a.rank,
        reference: a.reference,
        ...Object.fromEntries(criteria.map((c) => [c, a.scores[c] ?? null])),
        total: a.total,
        eligible: xlsxEuros(a.eligibleCents),
        granted: xlsxEuros(a.grantedCents),
        outcome: OUTCOME_TITLES[a.outcome],
        tieBreak: a.tieBreak,
      });
    }
    sheet.getColumn('eligible').numFmt = XLSX_EURO_FORMAT;
    sheet.getColumn('granted').numFmt = XLSX_EURO_FORMAT;
    sheet.addRow({});
    sheet.addRow({
      reference: `Plafond ${formatEuros(ranking.output.ceilingCents)}, verdeeld ${formatEuros(ranking.output.allocatedCents)}, versie ${ranking.version}, loting: "${ranking.output.seed}"`,
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export function rankedListPdf(
  rankings: Ranking[],
  roundName: string,
  municipalityName: string,
): TDocumentDefinitions {
  const content: Content[] = [
    { text: municipalityName, fontSize: 14, bold: true },
    {
      text: `Bijlage bij het collegevoorstel: rangschikking ${roundName}`,
      fontSize: 12,
      margin: [0, 4, 0, 12],
    },
  ];
  for (const ranking of rankings) {
    content.push({
      text: CATEGORY_LABELS[ranking.category],
      fontSize: 12,
      bold: true,
      margin: [0, 12, 0, 4],
    });
    content.push({
      text: `Plafond ${formatEuros(ranking.output.ceilingCents)}; verdeeld ${formatEuros(ranking.output.allocatedCents)}; rest ${formatEuros(ranking.output.remainingCents)}. Versie ${ranking.version}${ranking.reason ? ` (herzien: ${ranking.reason})` : ''}. Openbare tekst voor de loting: "${ranking.output.seed}".`,
      fontSize: 9,
      margin: [0, 0, 0, 6],
    });
    content.push({
      table: {
        headerRows: 1,
        widths: [30, 70, 36, 70, '*'],
        body: [
          ['Plaats', 'Kenmerk', 'Totaal', 'Toegekend', 'Uitkomst'].map((text) => ({
            text,
            bold: true,
          })),
          ...ranking.output.applications.map((a) => [
            a.rank === null ? '—' : String(a.rank),
            a.reference,
            a.total === null ? '—' : String(a.total),
            { text: formatEuros(a.grantedCents), alignment: 'right' as const },
            OUTCOME_TITLES[a.outcome],
          ]),
        ],
      },
      layout: 'lightHorizontalLines',
      fontSize: 9,
    });
  }
  return {
    info: { title: `Rangschikking ${roundName}`, author: municipalityName },
    pageSize: 'A4',
    pageOrientation: 'landscape',
    defaultStyle: { font: 'Roboto', fontSize: 10 },
    content,
  };
}

/** Every assessor's score and motivation per criterion, one row per application and assessor. */
export async function scoresXlsx(db: Queryable, roundId: string): Promise<Buffer> {
  const applications = await assessmentRepo.submittedApplications(db, roundId);
  const sheets = await assessmentRepo.assessmentsOf(
    db,
    applications.map((a) => a.id),
  );
  const workbook = await newWorkbook();
  const sheet = workbook.addWorksheet('Scores per beoordelaar');
  sheet.columns = [
    { header: 'Kenmerk', key: 'reference', width: 14 },
    { header: 'Categorie', key: 'category', width: 36 },
    { header: 'Organisatie', key: 'organisation', width: 32 },
    { header: 'Beoordelaar', key: 'assessor', width: 24 },
    { header: 'Ingediend op', key: 'submitted', width: 17 },
    ...JUDGED_CRITERIA.flatMap((c) => [
      { header: CRITERION_LABELS[c], key: c, width: 13 },
      {
        header: `Motivering ${CRITERION_LABELS[c].toLowerCase()}`,
        key: `${c}Motivation`,
        width: 40,
      },
    ]),
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getColumn('submitted').numFmt = XLSX_MOMENT_FORMAT;
  for (const a of applications) {
    for (const s of sheets.filter((x) => x.applicationId === a.id)) {
      const scores = s.scores as ScoreSheet;
      sheet.addRow({
        reference: a.reference,
        category: CATEGORY_LABELS[a.category as keyof typeof CATEGORY_LABELS],
        organisation: a.organisationName,
        assessor: s.assessorName,
        // Empty while the assessor has not submitted: a date cell, not the text "nee".
        submitted: s.submittedAt ? xlsxMoment(s.submittedAt) : null,
        ...Object.fromEntries(
          JUDGED_CRITERIA.flatMap((c) => [
            [c, scores[c]?.score ?? null],
            [`${c}Motivation`, scores[c]?.motivation ?? ''],
          ]),
        ),
      });
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
