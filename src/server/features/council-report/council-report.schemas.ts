/**
 * The council report (raadsrapportage, docs/rules/council-report.md): asking for one and the
 * list of versions made, shared with the web app.
 */
import { z } from 'zod';
import { financeOverviewQuerySchema } from '../finance-overview/finance-overview.schemas.ts';

export const startCouncilReportSchema = z.object({
  year: financeOverviewQuerySchema.shape.year.unwrap(),
  scenario: z
    .string({ message: 'Kies een scenario voor het rendement.' })
    .min(1, { message: 'Kies een scenario voor het rendement.' })
    .max(100, { message: 'Kies een scenario uit de lijst.' }),
});
export type StartCouncilReport = z.infer<typeof startCouncilReportSchema>;

export const councilReportParamsSchema = z.object({ reportId: z.uuid() });

export const COUNCIL_REPORT_STATUSES = ['generating', 'done', 'failed'] as const;

export const councilReportSchema = z.object({
  id: z.uuid(),
  year: z.number().int(),
  version: z.number().int(),
  scenarioName: z.string(),
  status: z.enum(COUNCIL_REPORT_STATUSES),
  /** Steps done of the job's steps, while it is generating. */
  done: z.number().int(),
  total: z.number().int(),
  requestedByName: z.string().nullable(),
  requestedAt: z.string(),
  finishedAt: z.string().nullable(),
  pdfPages: z.number().int().nullable(),
  pdfSha256: z.string().nullable(),
  xlsxSha256: z.string().nullable(),
});
export type CouncilReportView = z.infer<typeof councilReportSchema>;

export const councilReportListSchema = z.object({
  /** The years that have ended and have data, newest first: the years one can choose. */
  years: z.array(z.number().int()),
  scenarios: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Newest first. */
  reports: z.array(councilReportSchema),
});
export type CouncilReportList = z.infer<typeof councilReportListSchema>;

export const councilReportStartedSchema = z.object({ id: z.uuid(), jobId: z.uuid() });
