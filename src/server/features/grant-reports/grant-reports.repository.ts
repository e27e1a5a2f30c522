/** The SQL of the accountability reports (docs/rules/grant-lifecycle.md). */
import { and, asc, eq, gte, inArray, lt, lte, ne, sql } from 'drizzle-orm';
import type { DataScope } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { organisationFilter } from '../../platform/db/scope.ts';
import {
  applications,
  grantReportAttachments,
  grantReportReminders,
  grantReports,
  grants,
  organisations,
  provisions,
  users,
} from '../../platform/db/schema.ts';

/** Grant statuses in which a report is still to come. */
const AWAITING = ['granted', 'advanced'];

const grantColumns = {
  id: grants.id,
  reference: grants.reference,
  organisationId: grants.organisationId,
  organisationName: organisations.name,
  provisionId: grants.provisionId,
  provisionName: provisions.name,
  accountabilityTier: grants.accountabilityTier,
  status: grants.status,
  periodStart: grants.periodStart,
  periodEnd: grants.periodEnd,
  reportDueDay: grants.reportDueDay,
  applicationContent: applications.content,
};

/** The grant a report belongs to, within the scope; `lock` takes it for an update. */
export async function findGrantFacts(
  db: Queryable,
  scope: DataScope,
  grantId: string,
  lock = false,
) {
  const query = db
    .select(grantColumns)
    .from(grants)
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .innerJoin(provisions, eq(provisions.id, grants.provisionId))
    .innerJoin(applications, eq(applications.id, grants.applicationId))
    .where(and(eq(grants.id, grantId), organisationFilter(grants.organisationId, scope)));
  const [row] = lock ? await query.for('update', { of: grants }) : await query;
  return row;
}
export type GrantFacts = NonNullable<Awaited<ReturnType<typeof findGrantFacts>>>;

export async function findReport(db: Queryable, grantId: string) {
  const [row] = await db
    .select({
      id: grantReports.id,
      status: grantReports.status,
      content: grantReports.content,
      reach: grantReports.reach,
      submittedAt: grantReports.submittedAt,
      submittedByName: users.name,
    })
    .from(grantReports)
    .leftJoin(users, eq(users.id, grantReports.submittedBy))
    .where(eq(grantReports.grantId, grantId));
  return row;
}

/** The report's id, made as an empty draft when the grant has none yet. */
export async function ensureReport(
  db: Queryable,
  values: { grantId: string; content: unknown; at: Date; by: string | null },
): Promise<string> {
  await db
    .insert(grantReports)
    .values({
      grantId: values.grantId,
      status: 'draft',
      content: values.content,
      updatedAt: values.at,
      updatedBy: values.by,
    })
    .onConflictDoNothing({ target: grantReports.grantId });
  const [row] = await db
    .select({ id: grantReports.id })
    .from(grantReports)
    .where(eq(grantReports.grantId, values.grantId));
  return row!.id;
}

export async function updateDraft(
  db: Queryable,
  reportId: string,
  values: { content: unknown; at: Date; by: string | null },
) {
  await db
    .update(grantReports)
    .set({ content: values.content, updatedAt: values.at, updatedBy: values.by })
    .where(and(eq(grantReports.id, reportId), eq(grantReports.status, 'draft')));
}

/** Submits the draft and freezes its reach; false when it was not a draft. */
export async function markSubmitted(
  db: Queryable,
  reportId: string,
  values: { reach: unknown; at: Date; by: string | null },
): Promise<boolean> {
  const rows = await db
    .update(grantReports)
    .set({
      status: 'submitted',
      reach: values.reach,
      submittedAt: values.at,
      submittedBy: values.by,
      updatedAt: values.at,
      updatedBy: values.by,
    })
    .where(and(eq(grantReports.id, reportId), eq(grantReports.status, 'draft')))
    .returning({ id: grantReports.id });
  return rows.length === 1;
}

export async function setGrantStatus(db: Queryable, grantId: string, status: string) {
  await db.update(grants).set({ status }).where(eq(grants.id, grantId));
}

const attachmentColumns = {
  id: grantReportAttachments.id,
  kind: grantReportAttachments.kind,
  filename: grantReportAttachments.filename,
  contentType: grantReportAttachments.contentType,
  sizeBytes: grantReportAttachments.sizeBytes,
  sha256: grantReportAttachments.sha256,
  uploadedAt: grantReportAttachments.uploadedAt,
};

export async function listAttachments(db: Queryable, reportId: string) {
  return db
    .select(attachmentColumns)
    .from(grantReportAttachments)
    .where(eq(grantReportAttachments.reportId, reportId))
    .orderBy(asc(grantReportAttachments.uploadedAt), asc(grantReportAttachments.id));
}

export async function attachmentTotals(db: Queryable, reportId: string) {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      bytes: sql<number>`coalesce(sum(${grantReportAttachments.sizeBytes}), 0)::bigint`,
    })
    .from(grantReportAttachments)
    .where(eq(grantReportAttachments.reportId, reportId));
  return { count: Number(row?.count ?? 0), bytes: Number(row?.bytes ?? 0) };
}

export async function insertAttachment(
  db: Queryable,
  values: typeof grantReportAttachments.$inferInsert,
): Promise<string> {
  const [row] = await db
    .insert(grantReportAttachments)
    .values(values)
    .returning({ id: grantReportAttachments.id });
  return row!.id;
}

export async function deleteAttachment(db: Queryable, reportId: string, attachmentId: string) {
  const [row] = await db
    .delete(grantReportAttachments)
    .where(
      and(
        eq(grantReportAttachments.id, attachmentId),
        eq(grantReportAttachments.reportId, reportId),
      ),
    )
    .returning({
      id: grantReportAttachments.id,
      kind: grantReportAttachments.kind,
      filename: grantReportAttachments.filename,
    });
  return row;
}

export async function findAttachmentData(db: Queryable, reportId: string, attachmentId: string) {
  const [row] = await db
    .select({
      filename: grantReportAttachments.filename,
      contentType: grantReportAttachments.contentType,
      sha256: grantReportAttachments.sha256,
      data: grantReportAttachments.data,
    })
    .from(grantReportAttachments)
    .where(
      and(
        eq(grantReportAttachments.id, attachmentId),
        eq(grantReportAttachments.reportId, reportId),
      ),
    );
  return row;
}

/**
 * Grants whose report is still to come (a report is asked, the grant is granted or advanced,
 * nothing submitted), within the scope and the filter; the oldest due first.
 */
export async function reportsAwaited(
  db: Queryable,
  scope: DataScope,
  filter: { dueBefore?: string; periodEndedBy?: string; dueFrom?: string; dueTo?: string },
) {
  return db
    .select({
      grantId: grants.id,
      reference: grants.reference,
      organisationId: grants.organisationId,
      organisationName: organisations.name,
      contactEmail: organisations.contactEmail,
      provisionName: provisions.name,
      accountabilityTier: grants.accountabilityTier,
      periodEnd: grants.periodEnd,
      reportDueDay: grants.reportDueDay,
      draftStarted: sql<boolean>`exists (select 1 from grant_reports r where r.grant_id = ${grants.id})`,
    })
    .from(grants)
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .innerJoin(provisions, eq(provisions.id, grants.provisionId))
    .where(
      and(
        organisationFilter(grants.organisationId, scope),
        ne(grants.accountabilityTier, 'direct'),
        inArray(grants.status, AWAITING),
        sql`not exists (select 1 from grant_reports r where r.grant_id = ${grants.id} and r.status = 'submitted')`,
        filter.dueBefore ? lt(grants.reportDueDay, filter.dueBefore) : undefined,
        filter.periodEndedBy ? lte(grants.periodEnd, filter.periodEndedBy) : undefined,
        filter.dueFrom ? gte(grants.reportDueDay, filter.dueFrom) : undefined,
        filter.dueTo ? lte(grants.reportDueDay, filter.dueTo) : undefined,
      ),
    )
    .orderBy(asc(grants.reportDueDay), asc(grants.reference));
}

/** Grants awaiting a report whose due day lies between the two days (inclusive). */
export async function reportsDueBetween(db: Queryable, from: string, to: string) {
  return reportsAwaited(db, { kind: 'all' }, { dueFrom: from, dueTo: to });
}

/** Records reminders; a grant already reminded of this kind is left out of the answer. */
export async function claimReminders(
  db: Queryable,
  values: readonly (typeof grantReportReminders.$inferInsert)[],
) {
  if (values.length === 0) return [];
  return db
    .insert(grantReportReminders)
    .values([...values])
    .onConflictDoNothing()
    .returning({ grantId: grantReportReminders.grantId });
}
