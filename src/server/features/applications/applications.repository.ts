import { and, desc, eq, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import {
  formatReference,
  REFERENCE_SERIES,
  type ReferenceSeries,
} from '../../../domain/references.ts';
import type { DataScope } from '../../platform/access.ts';
import { organisationFilter } from '../../platform/db/scope.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { containsText } from '../../platform/db/like.ts';
import {
  applications,
  attachments,
  decisions,
  documents,
  organisations,
  provisions,
  referenceCounters,
  rounds,
  users,
} from '../../platform/db/schema.ts';

/**
 * An organisation sees its own applications in every state; the municipality (scope all)
 * sees submitted ones only: a draft is the organisation's own work in progress.
 */
export function applicationScope(scope: DataScope): SQL | undefined {
  if (scope.kind === 'all') return ne(applications.status, 'draft');
  return organisationFilter(applications.organisationId, scope);
}

const summaryColumns = {
  id: applications.id,
  reference: applications.reference,
  roundId: applications.roundId,
  roundName: rounds.name,
  organisationId: applications.organisationId,
  organisationName: organisations.name,
  provisionId: applications.provisionId,
  provisionName: provisions.name,
  category: applications.category,
  status: applications.status,
  requestedCents: applications.requestedCents,
  submittedAt: applications.submittedAt,
  updatedAt: applications.updatedAt,
};

function joined<T extends Record<string, unknown>>(db: Queryable, columns: T) {
  return db
    .select(columns as never)
    .from(applications)
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(provisions, eq(provisions.id, applications.provisionId));
}

export interface ListFilter {
  roundId?: string | undefined;
  category?: string | undefined;
  status?: string | undefined;
  search?: string | undefined;
}

export async function listApplications(db: Queryable, scope: DataScope, filter: ListFilter) {
  const search = filter.search;
  return (await joined(db, summaryColumns)
    .where(
      and(
        applicationScope(scope),
        // The fund's initiatives have their own list (features/sif-initiatives).
        eq(rounds.rolling, false),
        filter.roundId ? eq(applications.roundId, filter.roundId) : undefined,
        filter.category ? eq(applications.category, filter.category) : undefined,
        filter.status ? eq(applications.status, filter.status) : undefined,
        search
          ? or(
              containsText(organisations.name, search),
              containsText(provisions.name, search),
              containsText(applications.reference, search),
            )
          : undefined,
      ),
    )
    .orderBy(desc(applications.updatedAt))) as unknown as Summary[];
}

export interface Summary {
  id: string;
  reference: string | null;
  roundId: string;
  roundName: string;
  organisationId: string;
  organisationName: string;
  provisionId: string;
  provisionName: string;
  category: string;
  status: string;
  requestedCents: number | null;
  submittedAt: Date | null;
  updatedAt: Date;
}

const detailColumns = {
  ...summaryColumns,
  version: applications.version,
  content: applications.content,
  formDefinition: applications.formDefinition,
  periodStart: rounds.periodStart,
  periodEnd: rounds.periodEnd,
  deadlineAt: rounds.deadlineAt,
  withdrawnAt: applications.withdrawnAt,
  updatedByName: users.name,
  // The attachments' metadata (never their bytes) in the same round trip.
  attachments: sql<AttachmentRow[]>`coalesce((
    select json_agg(json_build_object(
      'id', t.id, 'kind', t.kind, 'filename', t.filename, 'contentType', t.content_type,
      'sizeBytes', t.size_bytes, 'sha256', t.sha256, 'uploadedAt', t.uploaded_at) order by t.uploaded_at)
    from ${attachments} t where t.application_id = ${applications.id}), '[]'::json)`,
};

export interface AttachmentRow {
  id: string;
  kind: string;
  filename: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

export type Detail = Summary & {
  version: number;
  content: unknown;
  formDefinition: unknown;
  periodStart: string;
  periodEnd: string;
  deadlineAt: Date;
  withdrawnAt: Date | null;
  updatedByName: string | null;
  attachments: AttachmentRow[];
};

export async function findApplication(
  db: Queryable,
  scope: DataScope,
  id: string,
): Promise<Detail | undefined> {
  const rows = (await joined(db, detailColumns)
    .leftJoin(users, eq(users.id, applications.updatedBy))
    .where(and(eq(applications.id, id), applicationScope(scope)))) as unknown as Detail[];
  return rows[0];
}

export async function listAttachments(db: Queryable, applicationId: string) {
  return db
    .select({
      id: attachments.id,
      kind: attachments.kind,
      filename: attachments.filename,
      contentType: attachments.contentType,
      sizeBytes: attachments.sizeBytes,
      sha256: attachments.sha256,
      uploadedAt: attachments.uploadedAt,
    })
    .from(attachments)
    .where(eq(attachments.applicationId, applicationId))
    .orderBy(attachments.uploadedAt);
}

export async function findAttachmentData(
  db: Queryable,
  applicationId: string,
  attachmentId: string,
) {
  const [row] = await db
    .select()
    .from(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.applicationId, applicationId)));
  return row;
}

export async function insertAttachment(db: Queryable, values: typeof attachments.$inferInsert) {
  const [row] = await db.insert(attachments).values(values).returning({ id: attachments.id });
  return row!.id;
}

export async function deleteAttachment(db: Queryable, applicationId: string, attachmentId: string) {
  const rows = await db
    .delete(attachments)
    .where(and(eq(attachments.id, attachmentId), eq(attachments.applicationId, applicationId)))
    .returning({ id: attachments.id, kind: attachments.kind, filename: attachments.filename });
  return rows[0];
}

export async function insertApplication(db: Queryable, values: typeof applications.$inferInsert) {
  const [row] = await db.insert(applications).values(values).returning({ id: applications.id });
  return row!.id;
}

export async function activeApplicationForProvision(
  db: Queryable,
  roundId: string,
  provisionId: string,
) {
  const [row] = await db
    .select({ id: applications.id })
    .from(applications)
    .where(
      and(
        eq(applications.roundId, roundId),
        eq(applications.provisionId, provisionId),
        ne(applications.status, 'withdrawn'),
      ),
    );
  return row;
}

/** Saves only over the version the editor had: the optimistic lock. */
export async function saveDraftContent(
  db: Queryable,
  input: {
    id: string;
    version: number;
    content: unknown;
    requestedCents: number | null;
    userId: string | null;
    now: Date;
  },
) {
  const rows = await db
    .update(applications)
    .set({
      content: input.content,
      requestedCents: input.requestedCents,
      version: sql`${applications.version} + 1`,
      updatedBy: input.userId,
      updatedAt: input.now,
    })
    .where(
      and(
        eq(applications.id, input.id),
        eq(applications.version, input.version),
        eq(applications.status, 'draft'),
      ),
    )
    .returning({
      version: applications.version,
      updatedAt: applications.updatedAt,
      updatedByName: sql<
        string | null
      >`(select u.name from ${users} u where u.id = ${applications.updatedBy})`,
    });
  return rows[0];
}

export async function setStatus(
  db: Queryable,
  id: string,
  values: Partial<
    Pick<
      typeof applications.$inferInsert,
      'status' | 'reference' | 'submittedAt' | 'withdrawnAt' | 'updatedBy'
    >
  >,
  now: Date,
) {
  await db
    .update(applications)
    .set({ ...values, version: sql`${applications.version} + 1`, updatedAt: now })
    .where(eq(applications.id, id));
}

/** The next reference in a yearly series (AV-2027-0012), safe under concurrent requests. */
export async function nextReference(
  db: Queryable,
  series: ReferenceSeries,
  year: number,
): Promise<string> {
  const [row] = await db
    .insert(referenceCounters)
    .values({ prefix: REFERENCE_SERIES[series], year, last: 1 })
    .onConflictDoUpdate({
      target: [referenceCounters.prefix, referenceCounters.year],
      set: { last: sql`${referenceCounters.last} + 1` },
    })
    .returning({ last: referenceCounters.last });
  return formatReference(series, year, row!.last);
}

export async function insertDocument(db: Queryable, values: typeof documents.$inferInsert) {
  const [row] = await db.insert(documents).values(values).returning({ id: documents.id });
  return row!.id;
}

export async function findDocument(db: Queryable, applicationId: string, kind: string) {
  const [row] = await db
    .select()
    .from(documents)
    .where(and(eq(documents.applicationId, applicationId), eq(documents.kind, kind)))
    .orderBy(desc(documents.createdAt))
    .limit(1);
  return row;
}

/**
 * Every change to an application starts by locking its row, so that two saves, a save and a
 * submit, or two submits on a server database run one after the other, never interleaved.
 */
export async function lockApplication(db: Queryable, id: string) {
  await db
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.id, id))
    .for('update');
}

/**
 * Whether the newest issued decision on the application grants an amount. A letter not yet
 * issued does not count: its outcome must not reach the applicant before it is sent.
 */
export async function hasGrantingDecision(db: Queryable, applicationId: string) {
  const [row] = await db
    .select({ grantedCents: decisions.grantedCents })
    .from(decisions)
    .where(and(eq(decisions.applicationId, applicationId), isNotNull(decisions.issuedAt)))
    .orderBy(desc(decisions.generatedAt))
    .limit(1);
  return (row?.grantedCents ?? 0) > 0;
}

/** How many attachments an application has, and their size together. */
export async function attachmentTotals(db: Queryable, applicationId: string) {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      bytes: sql<number>`coalesce(sum(${attachments.sizeBytes}), 0)::bigint`,
    })
    .from(attachments)
    .where(eq(attachments.applicationId, applicationId));
  return { count: Number(row?.count ?? 0), bytes: Number(row?.bytes ?? 0) };
}
