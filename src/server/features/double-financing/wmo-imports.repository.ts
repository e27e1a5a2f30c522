/**
 * Queries of the import of Wmo allocations: the import rows, the messages already
 * imported, and the allocations themselves (loaded set-based, a chunk per statement, and
 * then marked as the current versions of their allocations).
 */
import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import {
  jobs,
  wmoAllocationTally,
  wmoAllocations,
  wmoImports,
  wmoMessages,
} from '../../platform/db/schema.ts';
import type {
  ImportRefusal,
  WmoImportFormat,
  WmoImportStatus,
} from './double-financing.schemas.ts';
import { maskBsnLikeNumbers } from '../../../domain/bsn.ts';
import { REMOVED } from '../../../domain/double-financing/allocation-versions.ts';
import { rowsOf } from './match-signals.ts';
import type { AllocationRecord } from './records.ts';

const columns = {
  id: wmoImports.id,
  format: wmoImports.format,
  fileName: wmoImports.fileName,
  sha256: wmoImports.sha256,
  sizeBytes: wmoImports.sizeBytes,
  status: wmoImports.status,
  messageIds: wmoImports.messageIds,
  recordsRead: wmoImports.recordsRead,
  recordsImported: wmoImports.recordsImported,
  versionsSuperseded: wmoImports.versionsSuperseded,
  allocationsRemoved: wmoImports.allocationsRemoved,
  refused: wmoImports.refused,
  createdAt: wmoImports.createdAt,
  finishedAt: wmoImports.finishedAt,
  jobId: wmoImports.jobId,
  jobDone: jobs.done,
  jobTotal: jobs.total,
};

function baseQuery(db: Queryable) {
  return db.select(columns).from(wmoImports).leftJoin(jobs, eq(jobs.id, wmoImports.jobId));
}

export type ImportRow = Awaited<ReturnType<typeof baseQuery>>[number];

export async function listImports(db: Queryable, limit = 200): Promise<ImportRow[]> {
  return baseQuery(db).orderBy(desc(wmoImports.createdAt), desc(wmoImports.id)).limit(limit);
}

export async function findImport(db: Queryable, id: string): Promise<ImportRow | undefined> {
  const [row] = await baseQuery(db).where(eq(wmoImports.id, id));
  return row;
}

export async function findImports(db: Queryable, ids: string[]): Promise<ImportRow[]> {
  if (ids.length === 0) return [];
  return baseQuery(db)
    .where(inArray(wmoImports.id, ids))
    .orderBy(wmoImports.createdAt, wmoImports.id);
}

export async function insertImport(
  db: Queryable,
  values: {
    id: string;
    format: WmoImportFormat;
    fileName: string;
    sha256: string;
    sizeBytes: number;
    createdBy: string;
    createdAt: Date;
  },
) {
  await db.insert(wmoImports).values({ ...values, status: 'queued' });
}

export async function setImportJob(db: Queryable, id: string, jobId: string) {
  await db.update(wmoImports).set({ jobId }).where(eq(wmoImports.id, id));
}

export async function markRunning(db: Queryable, id: string) {
  await db
    .update(wmoImports)
    .set({ status: 'running' })
    .where(and(eq(wmoImports.id, id), eq(wmoImports.status, 'queued')));
}

export async function finishImport(
  db: Queryable,
  id: string,
  result: {
    status: Extract<WmoImportStatus, 'imported' | 'refused' | 'duplicate'>;
    messageIds: string[];
    recordsRead: number;
    recordsImported: number;
    versionsSuperseded?: number;
    allocationsRemoved?: number;
    refused: ImportRefusal[];
    finishedAt: Date;
  },
) {
  // A refusal may quote a field's value; a BSN among them is not stored (the file's name is
  // the uploader's choice and is stored as it is).
  const refused = result.refused.map((r) => ({ ...r, reason: maskBsnLikeNumbers(r.reason) }));
  await db
    .update(wmoImports)
    .set({ ...result, refused })
    .where(eq(wmoImports.id, id));
}

/**
 * Which of these BerichtIdentificaties were imported before. The ids go in as one JSON
 * parameter: a zip may hold more messages than a statement may have parameters.
 */
export async function knownMessageIds(db: Queryable, messageIds: string[]): Promise<Set<string>> {
  if (messageIds.length === 0) return new Set();
  const rows = await db
    .select({ messageId: wmoMessages.messageId })
    .from(wmoMessages)
    .where(
      sql`${wmoMessages.messageId} IN (SELECT json_array_elements_text(${JSON.stringify(messageIds)}::json))`,
    );
  return new Set(rows.map((r) => r.messageId));
}

/** An earlier import of exactly these bytes that was imported (for CSV, which has no message id). */
export async function importedWithHash(db: Queryable, sha256: string, except: string) {
  const [row] = await db
    .select({ id: wmoImports.id })
    .from(wmoImports)
    .where(
      and(
        eq(wmoImports.sha256, sha256),
        eq(wmoImports.status, 'imported'),
        sql`${wmoImports.id} <> ${except}`,
      ),
    )
    .limit(1);
  return row?.id;
}

/** Rows per INSERT: one statement per chunk, never one per row. */
const CHUNK = 5000;

export async function insertMessages(db: Queryable, importId: string, messageIds: string[]) {
  for (let i = 0; i < messageIds.length; i += CHUNK) {
    const chunk = messageIds.slice(i, i + CHUNK);
    await db.execute(sql`
      INSERT INTO ${wmoMessages} (message_id, import_id)
      SELECT m, ${importId}::uuid FROM json_array_elements_text(${JSON.stringify(chunk)}::json) AS m`);
  }
}

/** An allocation as the import stores it. */
export type AllocationRow = AllocationRecord & {
  person: string;
  messageId: string | null;
  /** The latest version of its allocation in this file (rule IV013), removals included. */
  latest: boolean;
};

/** What storing the rows found, for the import report. */
export interface StoredVersions {
  /** Latest versions in the file that are older than a version imported before. */
  olderThanStored: number;
  /** Allocations that this file removes (its latest version has RedenWijziging 13). */
  removed: number;
}

/**
 * Stores the rows of an import. A row is current when it is the latest version of its
 * allocation in this file, not a removal, and no version imported before is later (rule
 * IV013; a CSV row, which has no version, counts as fixed at the moment of its import).
 * Earlier versions that it replaces are marked afterwards (`replaceEarlierVersions`).
 */
export async function insertAllocations(
  db: Queryable,
  importId: string,
  rows: AllocationRow[],
): Promise<StoredVersions> {
  const stored: StoredVersions = { olderThanStored: 0, removed: 0 };
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const result = await db.execute(sql`
      WITH incoming AS (
        SELECT r.*, coalesce(r."assignedAt",
               (SELECT created_at AT TIME ZONE 'Europe/Amsterdam' FROM ${wmoImports}
                WHERE id = ${importId}::uuid)) AS version_at
        FROM json_to_recordset(${JSON.stringify(chunk)}::json)
          AS r("messageId" text, person text, "providerAgb" text, "allocationNumber" text,
               category text, product text, "start" date, "end" date,
               "assignedAt" timestamp, "changeReason" text, latest boolean)
      ),
      judged AS (
        SELECT incoming.*, EXISTS (
          SELECT 1 FROM ${wmoAllocations} AS o
          WHERE o.provider_agb = incoming."providerAgb"
            AND o.allocation_number = incoming."allocationNumber"
            AND o.version_at > incoming.version_at
            AND o.import_id <> ${importId}::uuid
        ) AS outdated
        FROM incoming
      ),
      stored AS (
        INSERT INTO ${wmoAllocations}
          (import_id, message_id, person_pseudonym, provider_agb, allocation_number, category,
           product_code, start_date, end_date, version_at, change_reason, current)
        SELECT ${importId}::uuid, "messageId", person, "providerAgb", "allocationNumber",
               category, product, "start", "end", version_at, "changeReason",
               latest AND "changeReason" IS DISTINCT FROM ${REMOVED} AND NOT outdated
        FROM judged
      )
      SELECT
        count(*) FILTER (WHERE latest AND outdated)::int AS "olderThanStored",
        count(*) FILTER (WHERE latest AND NOT outdated AND "changeReason" = ${REMOVED})::int
          AS removed
      FROM judged`);
    const [counts] = rowsOf<StoredVersions>(result);
    stored.olderThanStored += counts?.olderThanStored ?? 0;
    stored.removed += counts?.removed ?? 0;
  }
  return stored;
}

/**
 * A version of this import that was fixed at the same moment as a different version of the
 * same allocation imported before (WMO301 messages only: a CSV row has no version). Rule
 * IV013 cannot tell which one is current, so the import is refused.
 */
export async function findVersionConflict(
  db: Queryable,
  importId: string,
): Promise<{ providerAgb: string; allocationNumber: string; versionAt: string } | undefined> {
  const result = await db.execute(sql`
    SELECT n.provider_agb AS "providerAgb", n.allocation_number AS "allocationNumber",
           to_char(n.version_at, 'YYYY-MM-DD"T"HH24:MI:SS') AS "versionAt"
    FROM ${wmoAllocations} AS n
    JOIN ${wmoAllocations} AS o
      ON o.provider_agb = n.provider_agb AND o.allocation_number = n.allocation_number
     AND o.version_at = n.version_at AND o.import_id <> n.import_id
    WHERE n.import_id = ${importId}::uuid
      AND n.message_id IS NOT NULL AND o.message_id IS NOT NULL
      AND (o.person_pseudonym, o.category, o.product_code, o.start_date, o.end_date,
           o.change_reason)
          IS DISTINCT FROM
          (n.person_pseudonym, n.category, n.product_code, n.start_date, n.end_date,
           n.change_reason)
    LIMIT 1`);
  return rowsOf<{ providerAgb: string; allocationNumber: string; versionAt: string }>(result)[0];
}

/**
 * After the rows of an import are in: every current version imported before that a version
 * of this import is as late as or later than is no longer current (rule IV013; a removal
 * replaces too, and then no version counts). In the same statement the tally of current
 * allocations per category and product code gains this import's current rows and loses the
 * versions they replaced. Returns how many versions were replaced.
 */
export async function replaceEarlierVersions(db: Queryable, importId: string): Promise<number> {
  const result = await db.execute(sql`
    WITH latest AS (
      -- Driven by this import's rows, so the work grows with the file, not the table.
      SELECT provider_agb, allocation_number, max(version_at) AS version_at
      FROM ${wmoAllocations} WHERE import_id = ${importId}::uuid GROUP BY 1, 2
    ),
    replaced AS (
      UPDATE ${wmoAllocations} AS older SET current = false
      FROM latest
      WHERE older.provider_agb = latest.provider_agb
        AND older.allocation_number = latest.allocation_number
        AND older.current
        AND older.import_id <> ${importId}::uuid
        AND older.version_at <= latest.version_at
      RETURNING older.category, older.product_code
    ),
    change AS (
      SELECT category, product_code, count(*) AS n
      FROM ${wmoAllocations} WHERE import_id = ${importId}::uuid AND current GROUP BY 1, 2
      UNION ALL
      SELECT category, product_code, -count(*) FROM replaced GROUP BY 1, 2
    ),
    tallied AS (
      INSERT INTO ${wmoAllocationTally} AS tally (category, product_code, current_count)
      SELECT category, product_code, sum(n)::int FROM change GROUP BY 1, 2
      ON CONFLICT (category, product_code) DO UPDATE
        SET current_count = tally.current_count + EXCLUDED.current_count
      RETURNING 1
    )
    SELECT (SELECT count(*)::int FROM replaced) AS replaced`);
  return rowsOf<{ replaced: number }>(result)[0]?.replaced ?? 0;
}

/**
 * Imports that store allocations take turns (until their transaction ends), so that no two
 * imports both leave a version of the same allocation current.
 */
export async function lockAllocationVersions(db: Queryable) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('wmo_allocations.current'))`);
}

/** Fresh statistics after an import, so that the matching is planned on the real numbers. */
export async function analyseAllocations(db: Queryable) {
  await db.execute(sql`ANALYZE ${wmoAllocations}`);
}
