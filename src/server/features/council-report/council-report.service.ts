/**
 * The council report (raadsrapportage, docs/rules/council-report.md): the policy officer asks
 * for the report of a year that has ended under a rendement scenario; a job reads the
 * figures through the dashboards' and the rendement's own service functions, writes one PDF
 * and one XLSX from the same tables and keeps them as a new version.
 */
import { amsterdamDay, formatAmsterdamMoment } from '../../../domain/dates.ts';
import { CATEGORY_CODES, type Category } from '../../../domain/tender/categories.ts';
import { SYSTEM_ACTOR } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import { renderPdf, sha256 } from '../../platform/documents.ts';
import { AppError } from '../../platform/errors.ts';
import { type JobContext, enqueueJob } from '../../platform/jobs.ts';
import { XLSX_MEDIA_TYPE } from '../../platform/openapi.ts';
import { type UseCaseContext, systemContext } from '../../platform/use-case.ts';
import { insertDocument } from '../applications/applications.repository.ts';
import { yearsWithData } from '../dashboards/dashboards.repository.ts';
import { getDashboard, getNeighbourhoodMap } from '../dashboards/dashboards.service.ts';
import type { MunicipalityReport } from '../participant-reports/participant-reports.schemas.ts';
import { getMunicipalityReport } from '../participant-reports/participant-reports.service.ts';
import { getBusinessCases, listScenarios } from '../rendement/rendement.service.ts';
import { getSettings } from '../settings/settings.service.ts';
import {
  councilReportPdf,
  councilReportXlsx,
  type ReportHead,
} from './council-report.documents.ts';
import * as repo from './council-report.repository.ts';
import type {
  CouncilReportList,
  CouncilReportView,
  StartCouncilReport,
} from './council-report.schemas.ts';
import { councilReportTables } from './council-report.tables.ts';

export const GENERATE_COUNCIL_REPORT = 'council_report.generate';

const thisYear = (now: Date) => Number(amsterdamDay(now).slice(0, 4));

/** The years one can choose, the scenarios, and every version made, newest first. */
export async function listReports({ db, now }: UseCaseContext): Promise<CouncilReportList> {
  const [years, scenarios, rows] = await Promise.all([
    yearsWithData(db, thisYear(now)),
    listScenarios({ db }),
    repo.listReports(db),
  ]);
  return {
    years,
    scenarios: scenarios.map((s) => ({ id: s.id, name: s.name })),
    reports: rows.map((r): CouncilReportView => ({
      id: r.report.id,
      year: r.report.year,
      version: r.report.version,
      scenarioName: r.report.scenarioName,
      // A job that failed leaves its report generating: the list says it failed.
      status:
        r.report.status === 'generating' && r.jobStatus === 'failed'
          ? 'failed'
          : (r.report.status as CouncilReportView['status']),
      done: r.done ?? 0,
      total: r.total ?? 0,
      requestedByName: r.requestedByName,
      requestedAt: r.report.requestedAt.toISOString(),
      finishedAt: r.report.finishedAt?.toISOString() ?? null,
      pdfPages: r.report.pdfPages,
      pdfSha256: r.pdfSha256,
      xlsxSha256: r.xlsxSha256,
    })),
  };
}

/**
 * Asks for the report of a year that has ended, under a scenario: a new version, made by the
 * job runner. Only a year that has ended: its figures of people no longer change.
 */
export async function startReport(
  { db, actor, now }: UseCaseContext,
  { year, scenario }: StartCouncilReport,
): Promise<{ id: string; jobId: string }> {
  const current = thisYear(now);
  if (year >= current)
    throw new AppError('VALIDATION_FAILED', {
      message: `Een raadsrapportage gaat over een jaar dat voorbij is. Kies een jaar tot en met ${current - 1}.`,
      fields: [{ path: 'year', message: `Kies een jaar tot en met ${current - 1}.` }],
    });
  const chosen = (await listScenarios({ db })).find((s) => s.id === scenario);
  if (!chosen)
    throw new AppError('VALIDATION_FAILED', {
      message: 'Het gekozen scenario bestaat niet (meer).',
      fields: [{ path: 'scenario', message: 'Kies een scenario uit de lijst.' }],
    });
  return changeWithAudit(db, actor, async (tx, audit) => {
    const version = await repo.nextVersion(tx, year);
    const report = await repo.insertReport(tx, {
      year,
      version,
      scenarioId: chosen.id,
      scenarioName: chosen.name,
      status: 'generating',
      requestedBy: actor.userId,
      requestedAt: now,
    });
    const jobId = await enqueueJob(
      tx,
      GENERATE_COUNCIL_REPORT,
      { reportId: report.id },
      actor.userId,
    );
    await repo.updateReport(tx, report.id, { jobId });
    await audit({
      action: 'council_report.generate',
      entityType: 'council_report',
      entityId: report.id,
      after: { year, version, scenario: chosen.name },
    });
    return { id: report.id, jobId };
  });
}

export interface CouncilReportSettings {
  municipalityNameOverride: string | undefined;
}

/** The steps of the job: the dashboard, the reach of each category, the map, the rendement, the files. */
const STEPS = 1 + CATEGORY_CODES.length + 1 + 1 + 2;

/**
 * The job. The figures are read and the files written in memory; they are stored with the
 * report in one transaction at the end, so a restart simply starts the report again and a
 * report that is done is never made twice.
 */
export function generateCouncilReportJob(settings: CouncilReportSettings) {
  return async ({ db, params, progress, now }: JobContext) => {
    const report = await repo.findReport(db, params.reportId as string);
    if (!report || report.status !== 'generating') return;
    const context = systemContext(db, now());
    let step = 0;
    const next = async () => {
      step += 1;
      await progress(step, STEPS);
      // Let requests in between (on the embedded database they share one thread).
      await new Promise((resolve) => setImmediate(resolve));
    };
    const { year } = report;
    const dashboard = await getDashboard(context, { year });
    await next();
    // The reach of one category, as the dashboard filtered on it reads it.
    const perCategory = {} as Record<Category, MunicipalityReport>;
    for (const category of CATEGORY_CODES) {
      perCategory[category] = await getMunicipalityReport(context, {
        period: String(year),
        category,
      });
      await next();
    }
    const map = await getNeighbourhoodMap(context, { year });
    await next();
    const rendement = await getBusinessCases(context, {
      scenario: report.scenarioId,
      groupBy: 'category',
      year,
    });
    await next();
    const { municipalityName } = await getSettings({ db }, settings);
    const head: ReportHead = {
      year,
      version: report.version,
      municipalityName,
      // Named as it was when asked for; a scenario changed since keeps its report's name.
      scenarioName: report.scenarioName,
      generatedAt: formatAmsterdamMoment(context.now),
    };
    const tables = councilReportTables({ year, dashboard, perCategory, map, rendement });
    const pdf = await renderPdf(councilReportPdf(head, tables, map));
    await next();
    const xlsx = await councilReportXlsx(head, tables);
    await storeFiles(context, report, { pdf, xlsx });
    await next();
  };
}

/** The number of pages of a PDF that pdfmake wrote (it writes no object streams). */
export function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g)?.length ?? 0;
}

async function storeFiles(
  { db, now }: UseCaseContext,
  report: repo.CouncilReportRow,
  { pdf, xlsx }: { pdf: Buffer; xlsx: Buffer },
) {
  const name = `raadsrapportage-${report.year}-versie-${report.version}`;
  await changeWithAudit(db, SYSTEM_ACTOR, async (tx, audit) => {
    const current = await repo.findReport(tx, report.id);
    if (current?.status !== 'generating') return;
    const pdfDocumentId = await insertDocument(tx, {
      kind: 'council_report_pdf',
      filename: `${name}.pdf`,
      contentType: 'application/pdf',
      sha256: sha256(pdf),
      data: pdf,
    });
    const xlsxDocumentId = await insertDocument(tx, {
      kind: 'council_report_xlsx',
      filename: `${name}.xlsx`,
      contentType: XLSX_MEDIA_TYPE,
      sha256: sha256(xlsx),
      data: xlsx,
    });
    const pdfPages = pdfPageCount(pdf);
    await repo.updateReport(tx, report.id, {
      status: 'done',
      pdfDocumentId,
      xlsxDocumentId,
      pdfPages,
      finishedAt: now,
    });
    await audit({
      action: 'council_report.generated',
      entityType: 'council_report',
      entityId: report.id,
      after: {
        year: report.year,
        version: report.version,
        pdfSha256: sha256(pdf),
        xlsxSha256: sha256(xlsx),
        pdfPages,
      },
    });
  });
}

/** One of a report's files, to download again. */
export async function reportFile(
  { db }: UseCaseContext,
  { reportId, kind }: { reportId: string; kind: 'pdf' | 'xlsx' },
) {
  const report = await repo.findReport(db, reportId);
  const documentId = kind === 'pdf' ? report?.pdfDocumentId : report?.xlsxDocumentId;
  if (!documentId) throw new AppError('NOT_FOUND');
  return (await repo.findDocument(db, documentId))!;
}
