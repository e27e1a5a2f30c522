/**
 * Queries of the import of Wmo allocations: the import rows, the messages already
 * imported, and the allocations themselves. An import stores its rows in small batches
 * before it is finished, and until its import row says `imported` those rows count for
 * nothing: every query that reads allocations of other imports reads only those of
 * published imports (`PUBLISHED_IMPORTS`). The last step, one short transaction, replaces
 * the earlier versions, adds to the tally and publishes (docs/rules/wmo-imports.md).
 */
import { and, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Database, Queryable } from '../../../platform/db/database.ts';
import {
  jobs,
  wmoAllocationTally,
  wmoAllocations,
  wmoImports,
  wmoMessages,
} from '../../../platform/db/schema.ts';
import type {
  ImportRefusal,
  WmoImportFormat,
  WmoImportStatus,
} from '../double-financing.schemas.ts';
import { maskBsnLikeNumbers } from '../../../../domain/bsn.ts';
import { REMOVED } from '../../../../domain/double-financing/allocation-versions.ts';
import { rowsOf } from '../../../platform/db/rows.ts';
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
 * The imports whose allocations count: those that finished storing theirs. The rows of an
 * import still being stored (or of one refused or interrupted, until they are cleared) are
 * left out wherever allocations are read.
 */
export const PUBLISHED_IMPORTS = sql`(SELECT id FROM ${wmoImports} WHERE status = 'imported')`;

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
      sql`${wmoMessages.messageId} IN (SELECT json_array_elements_text(${JSON.stringify(messageIds)}::json))
        AND ${wmoMessages.importId} IN ${PUBLISHED_IMPORTS}`,
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
  /** The latest version of its allocation in this file so far (rule IV013), removals included. */
  latest: boolean;
};

/** What storing a batch found, for the import report and its last step. */
export interface StoredBatch {
  /** Latest versions in the file that are older than a version imported before. */
  olderThanStored: number;
  /** Allocations that this file removes (its latest version has RedenWijziging 13). */
  removed: number;
  /**
   * The first row (by its index in the batch) of a WMO301 version that an earlier import
   * has with the same moment but other contents (rule IV013 cannot order them).
   */
  conflictAt: number | null;
  /** Current versions of earlier imports that rows of this batch are as late as or later than. */
  replaces: number[];
  /** The rows stored as current, per category and product code, for the tally. */
  current: TallyChange[];
}

export interface TallyChange {
  category: string | null;
  product: string | null;
  n: number;
}

/**
 * Stores a batch of rows of an import, judged against the published versions of their
 * allocations. A row is current when it is the latest version of its allocation in this
 * file so far, not a removal, and no published version is later (rule IV013; a CSV row,
 * which has no version, counts as fixed at the moment of its import). The versions it
 * replaces are only collected: they stop being current when the import is published.
 */
export async function storeAllocations(
  db: Queryable,
  importId: string,
  rows: AllocationRow[],
): Promise<StoredBatch> {
  const result = await db.execute(sql`
    WITH incoming AS (
      SELECT r.*, coalesce(r."assignedAt",
             (SELECT created_at AT TIME ZONE 'Europe/Amsterdam' FROM ${wmoImports}
              WHERE id = ${importId}::uuid)) AS version_at
      FROM json_to_recordset(${JSON.stringify(rows.map((row, k) => ({ ...row, k })))}::json)
        AS r(k int, "messageId" text, person text, "providerAgb" text, "allocationNumber" text,
             category text, product text, "start" date, "end" date, "assignedAt" timestamp,
             "changeReason" text, latest boolean, line int)
    ),
    -- The published versions of the batch's allocations: one index probe per row, and
    -- most rows (a new allocation) find none.
    earlier AS (
      SELECT incoming.k,
             bool_or(o.version_at > incoming.version_at) AS outdated,
             bool_or(o.version_at = incoming.version_at
               AND o.message_id IS NOT NULL AND incoming."messageId" IS NOT NULL
               AND (o.person_pseudonym, o.category, o.product_code, o.start_date, o.end_date,
                    o.change_reason)
                   IS DISTINCT FROM
                   (incoming.person, incoming.category, incoming.product, incoming."start",
                    incoming."end", incoming."changeReason")) AS contradicted,
             array_agg(o.id) FILTER (WHERE o.current AND o.version_at <= incoming.version_at)
               AS replaces
      FROM incoming
      JOIN ${wmoAllocations} AS o
        ON o.provider_agb = incoming."providerAgb"
       AND o.allocation_number = incoming."allocationNumber"
       AND o.import_id IN ${PUBLISHED_IMPORTS}
      GROUP BY incoming.k
    ),
    judged AS (
      SELECT incoming.*, coalesce(earlier.outdated, false) AS outdated,
             coalesce(earlier.contradicted, false) AS contradicted, earlier.replaces
      FROM incoming LEFT JOIN earlier USING (k)
    ),
    stored AS (
      INSERT INTO ${wmoAllocations}
        (import_id, message_id, person_pseudonym, provider_agb, allocation_number, category,
         product_code, start_date, end_date, version_at, change_reason, current, source_line)
      SELECT ${importId}::uuid, "messageId", person, "providerAgb", "allocationNumber",
             category, product, "start", "end", version_at, "changeReason",
             latest AND "changeReason" IS DISTINCT FROM ${REMOVED} AND NOT outdated, line
      FROM judged
      RETURNING category, product_code, current
    )
    SELECT
      (SELECT count(*) FILTER (WHERE latest AND outdated) FROM judged)::int AS "olderThanStored",
      (SELECT count(*) FILTER (WHERE latest AND NOT outdated AND "changeReason" = ${REMOVED})
       FROM judged)::int AS removed,
      (SELECT min(k) FROM judged WHERE contradicted) AS "conflictAt",
      (SELECT coalesce(json_agg(DISTINCT id), '[]') FROM judged, unnest(replaces) AS id)
        AS replaces,
      (SELECT coalesce(json_agg(c), '[]') FROM (
         SELECT category, product_code AS product, count(*)::int AS n FROM stored
         WHERE current GROUP BY 1, 2) c) AS current`);
  return rowsOf<StoredBatch>(result)[0]!;
}

/**
 * A version this import stored in an earlier batch that is the latest of its allocation in
 * the file so far.
 */
export interface StoredVersion extends AllocationRecord {
  id: number;
  person: string;
  messageId: string | null;
  current: boolean;
  /** A published version of the allocation is later (rule IV013). */
  outdated: boolean;
}

/**
 * Of these allocations (provider AGB and allocation number), the version this import
 * stored before that is the latest in its file: the one with the latest moment and, of
 * versions with the same moment, the first (WMO301); for a CSV file, whose rows have no
 * version, the last row.
 */
export async function latestStoredVersions(
  db: Queryable,
  importId: string,
  allocations: { providerAgb: string; allocationNumber: string }[],
  csv: boolean,
): Promise<StoredVersion[]> {
  if (allocations.length === 0) return [];
  // One index probe per allocation (wmo_allocations_version_idx), however many rows the
  // import stored so far.
  const result = await db.execute(sql`
    SELECT a.id, a.person_pseudonym AS person, a.provider_agb AS "providerAgb",
      a.allocation_number AS "allocationNumber", a.category, a.product_code AS product,
      a.start_date::text AS "start", a.end_date::text AS "end",
      CASE WHEN a.message_id IS NULL THEN NULL
           ELSE to_char(a.version_at, 'YYYY-MM-DD"T"HH24:MI:SS.US') END AS "assignedAt",
      a.change_reason AS "changeReason", a.source_line AS line, a.message_id AS "messageId",
      a.current,
      EXISTS (
        SELECT 1 FROM ${wmoAllocations} AS o
        WHERE o.provider_agb = a.provider_agb AND o.allocation_number = a.allocation_number
          AND o.version_at > a.version_at AND o.import_id IN ${PUBLISHED_IMPORTS}
      ) AS outdated
    FROM (SELECT DISTINCT * FROM json_to_recordset(${JSON.stringify(allocations)}::json)
            AS k("providerAgb" text, "allocationNumber" text)) AS k
    CROSS JOIN LATERAL (
      SELECT * FROM ${wmoAllocations} AS a
      WHERE a.provider_agb = k."providerAgb" AND a.allocation_number = k."allocationNumber"
        AND a.import_id = ${importId}::uuid
      ORDER BY a.version_at DESC, CASE WHEN ${csv} THEN -a.id ELSE a.id END
      LIMIT 1
    ) AS a`);
  return rowsOf<StoredVersion>(result).map((row) => ({
    ...row,
    assignedAt: row.assignedAt === null ? null : versionMoment(row.assignedAt),
  }));
}

/** A moment as parseVersionMoment writes it: the fraction of a second without trailing zeros. */
function versionMoment(text: string): string {
  return text.replace(/\.([0-9]*?)0*$/, (_, digits: string) => (digits ? `.${digits}` : ''));
}

/** Versions of this import that a later row of its file superseded: no longer current. */
export async function supersedeStoredVersions(db: Queryable, ids: number[]) {
  if (ids.length === 0) return;
  await db.execute(sql`
    UPDATE ${wmoAllocations} SET current = false
    WHERE id IN (SELECT json_array_elements_text(${JSON.stringify(ids)}::json)::bigint)`);
}

/**
 * Earlier versions that the import replaces stop being current: those of `ids` that still
 * are. Returns them per category and product code (negative), for the tally.
 */
export async function replaceVersions(db: Queryable, ids: number[]): Promise<TallyChange[]> {
  const changes: TallyChange[] = [];
  for (let i = 0; i < ids.length; i += CHUNK) {
    const result = await db.execute(sql`
      WITH replaced AS (
        UPDATE ${wmoAllocations} SET current = false
        WHERE id IN (SELECT json_array_elements_text(
                       ${JSON.stringify(ids.slice(i, i + CHUNK))}::json)::bigint)
          AND current
        RETURNING category, product_code
      )
      SELECT category, product_code AS product, -count(*)::int AS n FROM replaced GROUP BY 1, 2`);
    changes.push(...rowsOf<TallyChange>(result));
  }
  return changes;
}

/** Adds to the tally of current allocations per category and product code. */
export async function changeTally(db: Queryable, changes: TallyChange[]) {
  if (changes.length === 0) return;
  await db.execute(sql`
    INSERT INTO ${wmoAllocationTally} AS tally (category, product_code, current_count)
    SELECT category, product, sum(n)::int
    FROM json_to_recordset(${JSON.stringify(changes)}::json)
      AS c(category text, product text, n int)
    GROUP BY 1, 2
    HAVING sum(n) <> 0
    ON CONFLICT (category, product_code) DO UPDATE
      SET current_count = tally.current_count + EXCLUDED.current_count`);
}

/**
 * Deletes up to `limit` of what an import stored (its allocations, then its messages), for
 * an import that is refused, interrupted or has to start again; never of a published one.
 * Returns how many rows went.
 */
export async function discardStored(
  db: Queryable,
  importId: string,
  limit: number,
): Promise<number> {
  const unpublished = sql`${importId}::uuid NOT IN ${PUBLISHED_IMPORTS}`;
  const allocations = await db.execute(sql`
    DELETE FROM ${wmoAllocations} WHERE id IN (
      SELECT id FROM ${wmoAllocations} WHERE import_id = ${importId}::uuid LIMIT ${limit})
      AND ${unpublished}`);
  const gone = affectedRows(allocations);
  if (gone > 0) return gone;
  return affectedRows(
    await db.execute(sql`
      DELETE FROM ${wmoMessages} WHERE message_id IN (
        SELECT message_id FROM ${wmoMessages} WHERE import_id = ${importId}::uuid
        LIMIT ${limit})
        AND ${unpublished}`),
  );
}

function affectedRows(result: unknown): number {
  const counts = result as { affectedRows?: number; rowCount?: number | null };
  return counts.affectedRows ?? counts.rowCount ?? 0;
}

/**
 * Imports that ended without being published but still have stored rows: refused while
 * their rows could not be cleared, or interrupted and not resumed (their job ended).
 */
export async function importsLeftBehind(db: Queryable, except: string): Promise<string[]> {
  const result = await db.execute(sql`
    SELECT i.id FROM ${wmoImports} AS i
    LEFT JOIN ${jobs} AS j ON j.id = i.job_id
    WHERE i.id <> ${except}::uuid
      AND (i.status IN ('refused', 'duplicate')
           OR (i.status = 'running' AND j.status IN ('done', 'failed')))
      AND (EXISTS (SELECT 1 FROM ${wmoAllocations} AS a WHERE a.import_id = i.id)
           OR EXISTS (SELECT 1 FROM ${wmoMessages} AS m WHERE m.import_id = i.id))`);
  return rowsOf<{ id: string }>(result).map((row) => row.id);
}

/**
 * Marks the import as being stored and answers how many imports were published so far,
 * under the lock of the last step, so that the count and what the batches read fit.
 */
export async function claimImport(db: Database, importId: string): Promise<number> {
  return db.transaction(async (tx) => {
    await lockAllocationVersions(tx);
    await tx
      .update(wmoImports)
      .set({ status: 'running' })
      .where(and(eq(wmoImports.id, importId), inArray(wmoImports.status, ['queued', 'running'])));
    return publishedImportCount(tx);
  });
}

/** How many imports were published: when it changed, versions were judged on old data. */
export async function publishedImportCount(db: Queryable): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(wmoImports)
    .where(eq(wmoImports.status, 'imported'));
  return row!.n;
}

/**
 * For rows written straight into the table in one go (the benchmark's bulk load, tests):
 * what publishing does for an import. Every current version imported before that a
 * version of this import is as late as or later than is no longer current (rule IV013; a
 * removal replaces too, and then no version counts). In the same statement the tally of
 * current allocations per category and product code gains this import's current rows and
 * loses the versions they replaced. Returns how many versions were replaced.
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
 * Imports take turns with each other and with the retention (until the transaction ends):
 * each batch an import stores, and its last step, take this lock, so that the published
 * versions a batch is judged against do not change under it.
 */
export async function lockAllocationVersions(db: Queryable) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('wmo_allocations.current'))`);
}

/**
 * Statistics on which the matching is planned: the number of rows and the share of each
 * category and product code. Taken from a sample of 6,000 rows (statistics target 20)
 * rather than the usual 30,000: that is plenty for those numbers, and on the embedded
 * database, where ANALYZE holds up every request while it runs, a full sample of a million
 * allocations took over a second.
 */
export async function analyseAllocations(db: Database) {
  await db.transaction(async (tx) => {
    await tx.execute(sql`SET LOCAL default_statistics_target = 20`);
    await tx.execute(sql`ANALYZE ${wmoAllocations}`);
  });
}
