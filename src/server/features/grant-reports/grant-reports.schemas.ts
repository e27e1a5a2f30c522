/**
 * The accountability report of a grant: requests and answers, shared with the web app
 * (docs/rules/grant-lifecycle.md). The reach is an answer only: it is never sent in.
 */
import { z } from 'zod';
import { DAY_PARTS } from '../../../domain/day-parts.ts';
import { ACCOUNTABILITY_TIERS } from '../../../domain/grants/accountability.ts';
import { REPORT_ATTACHMENT_KINDS, reportContentSchema } from '../../../domain/grants/report.ts';
import { HEALTH_DIMENSIONS } from '../../../domain/participants/positive-health.ts';
import { CLIENT_ROUTES, OUTFLOW_KINDS } from '../../../domain/participants/registration.ts';
import { budgetKindSchema } from '../../../domain/tender/categories.ts';
import { protectedCountSchema } from '../participant-reports/participant-reports.schemas.ts';
import { GRANT_STATUSES } from '../grants/grants.schemas.ts';

/** The body of "save draft": the same schema the form uses. */
export const reportDraftBodySchema = reportContentSchema;
export type ReportDraftBody = z.input<typeof reportDraftBodySchema>;

export const reportAttachmentKindSchema = z.enum(REPORT_ATTACHMENT_KINDS, {
  message: 'Kies de soort bijlage: jaarrekening, controleverklaring of overige bijlage.',
});

export const reportAttachmentParamsSchema = z.object({
  grantId: z.uuid(),
  attachmentId: z.uuid(),
});

export const reportAttachmentSchema = z.object({
  id: z.uuid(),
  kind: reportAttachmentKindSchema,
  filename: z.string(),
  contentType: z.string(),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: z.iso.datetime({ offset: true }),
});
export type ReportAttachment = z.infer<typeof reportAttachmentSchema>;

const mean = z.number().nullable();

/** The reach as registration counts it, protected outside the provision (report-reach.ts). */
export const grantReachSchema = z.object({
  period: z.object({ from: z.iso.date(), to: z.iso.date() }),
  participants: z.object({
    active: protectedCountSchema,
    new: protectedCountSchema,
    byClientRoute: z.record(z.enum(CLIENT_ROUTES), protectedCountSchema),
  }),
  attendance: z.object({
    registered: protectedCountSchema,
    anonymous: protectedCountSchema,
    openedDayParts: protectedCountSchema,
    byDayPart: z.array(
      z.object({
        dayPart: z.enum(DAY_PARTS),
        registered: protectedCountSchema,
        anonymous: protectedCountSchema,
      }),
    ),
  }),
  health: z.object({
    participants: protectedCountSchema,
    suppressed: z.boolean(),
    dimensions: z.array(
      z.object({ dimension: z.enum(HEALTH_DIMENSIONS), first: mean, latest: mean, change: mean }),
    ),
  }),
  outflow: z.object({
    total: protectedCountSchema,
    byKind: z.record(z.enum(OUTFLOW_KINDS), protectedCountSchema),
  }),
});
export type GrantReachView = z.infer<typeof grantReachSchema>;

const cents = z.number().int();

/** Promised (the application) next to realised (the report): the settlement uses it too. */
export const reportComparisonSchema = z.object({
  costs: z.object({
    lines: z.array(
      z.object({
        kind: budgetKindSchema,
        description: z.string(),
        budgetCents: cents,
        actualCents: cents.nullable(),
        differenceCents: cents.nullable(),
      }),
    ),
    budgetCents: cents,
    actualCents: cents.nullable(),
    differenceCents: cents.nullable(),
  }),
  reach: z.object({
    participants: z.object({
      promised: z.number().int().nullable(),
      registered: protectedCountSchema,
    }),
    dayParts: z.object({ promised: z.number().int().nullable(), registered: protectedCountSchema }),
  }),
  /** What the application said it would achieve (its "resultaat" text), if anything. */
  promisedResults: z.string().nullable(),
});
export type ReportComparison = z.infer<typeof reportComparisonSchema>;

export const REPORT_STATUSES = ['not_required', 'draft', 'submitted'] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export const grantReportSchema = z.object({
  grantId: z.uuid(),
  reference: z.string(),
  organisationName: z.string(),
  provisionName: z.string(),
  accountabilityTier: z.enum(ACCOUNTABILITY_TIERS),
  grantStatus: z.enum(GRANT_STATUSES),
  periodStart: z.iso.date(),
  periodEnd: z.iso.date(),
  reportDueDay: z.iso.date(),
  /** not_required for the direct tier; draft until submitted (also before anything is saved). */
  status: z.enum(REPORT_STATUSES),
  overdue: z.boolean(),
  /** Whether the report may still be changed (not submitted, the grant not settled). */
  editable: z.boolean(),
  /** Why it cannot be submitted today (too early, closed), or null. */
  submitRefusal: z.string().nullable(),
  content: reportContentSchema,
  attachments: z.array(reportAttachmentSchema),
  requiredAttachments: z.array(reportAttachmentKindSchema),
  costsRequired: z.boolean(),
  /** What is still missing before submission, per field (empty once submitted). */
  problems: z.array(z.object({ path: z.string(), message: z.string() })),
  /** The reach: live from registration while a draft, frozen from submission on. */
  reach: grantReachSchema,
  reachFrozen: z.boolean(),
  comparison: reportComparisonSchema,
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
  submittedByName: z.string().nullable(),
});
export type GrantReport = z.infer<typeof grantReportSchema>;

export const overdueReportsSchema = z.object({
  items: z.array(
    z.object({
      grantId: z.uuid(),
      reference: z.string(),
      organisationName: z.string(),
      provisionName: z.string(),
      accountabilityTier: z.enum(ACCOUNTABILITY_TIERS),
      periodEnd: z.iso.date(),
      reportDueDay: z.iso.date(),
      /** Whole days since the due day. */
      daysOverdue: z.number().int(),
      /** A draft exists (the organisation started), but it is not submitted. */
      draftStarted: z.boolean(),
    }),
  ),
});
export type OverdueReports = z.infer<typeof overdueReportsSchema>;
