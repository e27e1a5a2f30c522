/**
 * The accountability report of a grant (docs/rules/grant-lifecycle.md): the organisation
 * writes a draft (activities, results, actual costs per budget line), adds attachments and
 * submits it; the reach is pulled from the provision's registration over the grant's period,
 * shown live while a draft and frozen at submission. Submitting moves the grant to
 * "verantwoording ingediend" in the same transaction.
 */
import { addDays, amsterdamDay } from '../../../domain/dates.ts';
import {
  applicationContentSchema,
  type ApplicationContent,
} from '../../../domain/applications/application-content.ts';
import type { AccountabilityTier } from '../../../domain/grants/accountability.ts';
import { type GrantReach, grantReach } from '../../../domain/grants/report-reach.ts';
import {
  COSTS_REQUIRED,
  REPORT_ATTACHMENT_LABELS,
  REQUIRED_ATTACHMENTS,
  type ReportAttachmentKind,
  type ReportContent,
  type ReportRefusal,
  costComparison,
  emptyReportContent,
  reachComparison,
  reportContentSchema,
  reportEditRefusal,
  reportOverdue,
  reportProblems,
  reportSubmitRefusal,
} from '../../../domain/grants/report.ts';
import type { ReportPeriod } from '../../../domain/participants/report/period.ts';
import { emptyFigures } from '../../../domain/participants/report/provision-figures.ts';
import type { BudgetKind } from '../../../domain/tender/categories.ts';
import type { DataScope } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { sha256 } from '../../platform/documents.ts';
import { AppError } from '../../platform/errors.ts';
import { acceptedContentType } from '../../platform/uploads.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { insertGrantEvents } from '../grants/grants.repository.ts';
import type { GrantStatus } from '../grants/grants.schemas.ts';
import { figuresPerProvision } from '../participant-reports/participant-reports.repository.ts';
import * as repo from './grant-reports.repository.ts';
import type {
  GrantReport,
  OverdueReports,
  ReportAttachment,
  ReportComparison,
  ReportDraftBody,
} from './grant-reports.schemas.ts';

/** The grant is there, the file is not (never the access answer, which names neither). */
const ATTACHMENT_GONE = 'Deze bijlage bij de verantwoording bestaat niet (meer).';

/** At most this many files with one report. */
export const MAX_REPORT_ATTACHMENTS = 10;

async function loadGrant(db: Queryable, scope: DataScope, grantId: string, lock = false) {
  const grant = await repo.findGrantFacts(db, scope, grantId, lock);
  if (!grant) throw new AppError('NOT_FOUND');
  return {
    ...grant,
    tier: grant.accountabilityTier as AccountabilityTier,
    application: applicationContentSchema.parse(grant.applicationContent),
  };
}
type LoadedGrant = Awaited<ReturnType<typeof loadGrant>>;

/** The reach over the grant's period as registration counts it now, protected. */
async function liveReach(db: Queryable, grant: LoadedGrant): Promise<GrantReach> {
  const period: ReportPeriod = { from: grant.periodStart, to: grant.periodEnd };
  const figures = await figuresPerProvision(db, period, grant.provisionId);
  return grantReach(period, figures.get(grant.provisionId) ?? emptyFigures(period));
}

/** The domain's refusal codes are error codes of the catalogue (409, a Dutch message). */
function refuse(refusal: { code: ReportRefusal; message: string }): never {
  throw new AppError(refusal.code, { message: refusal.message });
}

/** Whole days from one day to a later one. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function checkCosts(content: ReportContent, application: ApplicationContent) {
  if (content.costs.length > application.budgetLines.length) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [
        {
          path: 'costs',
          message: `De begroting van de aanvraag heeft ${application.budgetLines.length} regels; vul per regel de werkelijke kosten in.`,
        },
      ],
    });
  }
}

export async function getReport(
  { db, scope, now }: Pick<UseCaseContext, 'db' | 'scope' | 'now'>,
  { grantId }: { grantId: string },
): Promise<GrantReport> {
  const grant = await loadGrant(db, scope, grantId);
  const report = await repo.findReport(db, grantId);
  const attachments = report ? await repo.listAttachments(db, report.id) : [];
  const submitted = report?.status === 'submitted';
  const content = report ? reportContentSchema.parse(report.content) : emptyReportContent();
  const reach = submitted ? (report.reach as GrantReach) : await liveReach(db, grant);
  const today = amsterdamDay(now);
  const submitRefusal = reportSubmitRefusal(
    { tier: grant.tier, status: grant.status, periodEnd: grant.periodEnd },
    today,
  );
  return {
    grantId: grant.id,
    reference: grant.reference,
    organisationName: grant.organisationName,
    provisionName: grant.provisionName,
    accountabilityTier: grant.tier,
    grantStatus: grant.status as GrantStatus,
    periodStart: grant.periodStart,
    periodEnd: grant.periodEnd,
    reportDueDay: grant.reportDueDay,
    status: grant.tier === 'direct' ? 'not_required' : submitted ? 'submitted' : 'draft',
    overdue: !submitted && reportOverdue({ ...grant, tier: grant.tier }, today),
    editable: !submitted && reportEditRefusal(grant) === null,
    submitRefusal: submitRefusal?.message ?? null,
    content,
    attachments: attachments.map(toAttachment),
    requiredAttachments: [...REQUIRED_ATTACHMENTS[grant.tier]],
    costsRequired: COSTS_REQUIRED[grant.tier],
    problems: submitted
      ? []
      : reportProblems({
          tier: grant.tier,
          content,
          budgetLines: grant.application.budgetLines.length,
          attachmentKinds: attachments.map((a) => a.kind),
        }),
    reach,
    reachFrozen: submitted,
    comparison: {
      costs: (() => {
        const costs = costComparison(grant.application.budgetLines, content.costs);
        return {
          ...costs,
          lines: costs.lines.map((l) => ({ ...l, kind: l.kind as BudgetKind })),
        };
      })(),
      reach: reachComparison(grant.application.reach, {
        participants: reach.participants.active,
        openedDayParts: reach.attendance.openedDayParts,
      }),
      promisedResults: grant.application.texts['resultaat'] ?? null,
    },
    submittedAt: report?.submittedAt?.toISOString() ?? null,
    submittedByName: submitted ? (report.submittedByName ?? 'Samenredzaam') : null,
  };
}

function toAttachment(
  row: Awaited<ReturnType<typeof repo.listAttachments>>[number],
): ReportAttachment {
  return {
    ...row,
    kind: row.kind as ReportAttachmentKind,
    uploadedAt: new Date(row.uploadedAt).toISOString(),
  };
}

/** The grant locked for a change of its report, or the reason it cannot change. */
async function lockForChange(tx: Queryable, scope: DataScope, grantId: string) {
  const grant = await loadGrant(tx, scope, grantId, true);
  const refusal = reportEditRefusal(grant);
  if (refusal) refuse(refusal);
  return grant;
}

/**
 * The submitted report of a grant as the municipality reviews it for the settlement: what was
 * promised beside what was realised, and the report's texts; null while nothing is submitted
 * (a direct grant never submits one).
 */
export async function submittedReportForReview(
  context: Pick<UseCaseContext, 'db' | 'scope' | 'now'>,
  { grantId }: { grantId: string },
): Promise<{ comparison: ReportComparison; activities: string; results: string } | null> {
  const stored = await repo.findReport(context.db, grantId);
  if (stored?.status !== 'submitted') return null;
  const report = await getReport(context, { grantId });
  return {
    comparison: report.comparison,
    activities: report.content.activities,
    results: report.content.results,
  };
}

/** Saves the draft (the whole content as the form has it). */
export async function saveDraft(
  { db, actor, scope, now }: UseCaseContext,
  { grantId, body }: { grantId: string; body: ReportDraftBody },
): Promise<GrantReport> {
  const content = reportContentSchema.parse(body);
  await changeWithAudit(db, actor, async (tx, audit) => {
    const grant = await lockForChange(tx, scope, grantId);
    checkCosts(content, grant.application);
    const reportId = await repo.ensureReport(tx, {
      grantId,
      content,
      at: now,
      by: actor.userId,
    });
    await repo.updateDraft(tx, reportId, { content, at: now, by: actor.userId });
    // The sizes of the texts, not the texts: the audit trail is no second copy of the report.
    await audit({
      action: 'grant_report.save',
      entityType: 'grant',
      entityId: grantId,
      after: {
        activitiesLength: content.activities.length,
        resultsLength: content.results.length,
        costLines: content.costs.filter((c) => c.actualCents !== null).length,
        actualCents: content.costs.reduce((sum, c) => sum + (c.actualCents ?? 0), 0),
      },
    });
  });
  return getReport({ db, scope, now }, { grantId });
}

export async function addAttachment(
  { db, actor, scope, now }: UseCaseContext,
  {
    grantId,
    file,
    limits,
  }: {
    grantId: string;
    file: { kind: ReportAttachmentKind; filename: string; data: Buffer };
    limits: { totalBytes: number };
  },
): Promise<ReportAttachment> {
  const contentType = acceptedContentType(file);
  const attachmentId = await changeWithAudit(db, actor, async (tx, audit) => {
    await lockForChange(tx, scope, grantId);
    const reportId = await repo.ensureReport(tx, {
      grantId,
      content: emptyReportContent(),
      at: now,
      by: actor.userId,
    });
    const stored = await repo.attachmentTotals(tx, reportId);
    if (stored.count >= MAX_REPORT_ATTACHMENTS) {
      throw new AppError('ATTACHMENT_LIMIT', {
        message: `Een verantwoording heeft hoogstens ${MAX_REPORT_ATTACHMENTS} bijlagen. Verwijder eerst een bijlage die u niet nodig hebt.`,
        fields: [{ path: 'file', message: `Er zijn al ${stored.count} bijlagen.` }],
      });
    }
    if (stored.bytes + file.data.length > limits.totalBytes) {
      throw new AppError('ATTACHMENT_LIMIT', {
        message: `De bijlagen van een verantwoording zijn samen hoogstens ${Math.floor(limits.totalBytes / 1_000_000)} MB.`,
        fields: [{ path: 'file', message: 'Dit bestand past niet meer bij de andere bijlagen.' }],
      });
    }
    const hash = sha256(file.data);
    const id = await repo.insertAttachment(tx, {
      reportId,
      kind: file.kind,
      filename: file.filename.slice(0, 200),
      contentType,
      sizeBytes: file.data.length,
      sha256: hash,
      data: file.data,
      uploadedBy: actor.userId,
      uploadedAt: now,
    });
    await audit({
      action: 'grant_report.attach',
      entityType: 'grant',
      entityId: grantId,
      after: {
        attachmentId: id,
        kind: file.kind,
        label: REPORT_ATTACHMENT_LABELS[file.kind],
        filename: file.filename,
        sha256: hash,
      },
    });
    return { id, reportId };
  });
  const rows = await repo.listAttachments(db, attachmentId.reportId);
  return toAttachment(rows.find((a) => a.id === attachmentId.id)!);
}

export async function removeAttachment(
  { db, actor, scope }: UseCaseContext,
  { grantId, attachmentId }: { grantId: string; attachmentId: string },
) {
  await changeWithAudit(db, actor, async (tx, audit) => {
    await lockForChange(tx, scope, grantId);
    const report = await repo.findReport(tx, grantId);
    const removed = report ? await repo.deleteAttachment(tx, report.id, attachmentId) : undefined;
    if (!removed) throw new AppError('NOT_FOUND', { message: ATTACHMENT_GONE });
    await audit({
      action: 'grant_report.detach',
      entityType: 'grant',
      entityId: grantId,
      before: removed,
    });
  });
}

export async function getAttachmentFile(
  { db, scope }: Pick<UseCaseContext, 'db' | 'scope'>,
  { grantId, attachmentId }: { grantId: string; attachmentId: string },
) {
  await loadGrant(db, scope, grantId);
  const report = await repo.findReport(db, grantId);
  const file = report ? await repo.findAttachmentData(db, report.id, attachmentId) : undefined;
  if (!file) throw new AppError('NOT_FOUND', { message: ATTACHMENT_GONE });
  return file;
}

/**
 * Submits the report: refused when the tier asks none, the grant is settled, it was
 * submitted before or the period has not ended; refused with every missing field when
 * incomplete. Freezes the reach, and the grant becomes "verantwoording ingediend" with a step
 * on its timeline, in one transaction.
 */
export async function submitReport(
  { db, actor, scope, now }: UseCaseContext,
  { grantId }: { grantId: string },
): Promise<GrantReport> {
  const today = amsterdamDay(now);
  await changeWithAudit(db, actor, async (tx, audit) => {
    const grant = await loadGrant(tx, scope, grantId, true);
    const refusal = reportSubmitRefusal(grant, today);
    if (refusal) refuse(refusal);
    const report = await repo.findReport(tx, grantId);
    const content = report ? reportContentSchema.parse(report.content) : emptyReportContent();
    const attachments = report ? await repo.listAttachments(tx, report.id) : [];
    const problems = reportProblems({
      tier: grant.tier,
      content,
      budgetLines: grant.application.budgetLines.length,
      attachmentKinds: attachments.map((a) => a.kind),
    });
    if (problems.length > 0) {
      throw new AppError('REPORT_INCOMPLETE', {
        message: `De verantwoording is nog niet compleet: ${problems.map((p) => p.message.replace(/\.$/, '').toLowerCase()).join('; ')}.`,
        fields: problems,
      });
    }
    const reach = await liveReach(tx, grant);
    if (!(await repo.markSubmitted(tx, report!.id, { reach, at: now, by: actor.userId }))) {
      throw new AppError('REPORT_ALREADY_SUBMITTED');
    }
    await repo.setGrantStatus(tx, grantId, 'report_submitted');
    await insertGrantEvents(tx, [
      { grantId, kind: 'report_submitted', at: now, actorUserId: actor.userId },
    ]);
    await audit({
      action: 'grant_report.submit',
      entityType: 'grant',
      entityId: grantId,
      before: { status: grant.status },
      after: {
        status: 'report_submitted',
        attachments: attachments.length,
        actualCents: content.costs.reduce((sum, c) => sum + (c.actualCents ?? 0), 0),
        late: today > grant.reportDueDay,
      },
    });
  });
  return getReport({ db, scope, now }, { grantId });
}

/** Reports due before today and not submitted: the policy officer's list. */
export async function listOverdue({
  db,
  scope,
  now,
}: Pick<UseCaseContext, 'db' | 'scope' | 'now'>): Promise<OverdueReports> {
  const today = amsterdamDay(now);
  const rows = await repo.reportsAwaited(db, scope, { dueBefore: today });
  return {
    items: rows.map((r) => ({
      grantId: r.grantId,
      reference: r.reference,
      organisationName: r.organisationName,
      provisionName: r.provisionName,
      accountabilityTier: r.accountabilityTier as AccountabilityTier,
      periodEnd: r.periodEnd,
      reportDueDay: r.reportDueDay,
      daysOverdue: daysBetween(r.reportDueDay, today),
      draftStarted: Boolean(r.draftStarted),
    })),
  };
}

/** Reports whose period has ended (or ends within `ahead` days) and that are not submitted. */
export async function reportsToHandIn(db: Queryable, scope: DataScope, today: string, ahead = 0) {
  const rows = await repo.reportsAwaited(db, scope, { periodEndedBy: addDays(today, ahead) });
  return rows.map((r) => ({
    grantId: r.grantId,
    reference: r.reference,
    dueDay: r.reportDueDay,
    overdue: r.reportDueDay < today,
  }));
}
