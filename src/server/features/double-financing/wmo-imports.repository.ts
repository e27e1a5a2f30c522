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
    refused: ImportRefusal[];
    finishedAt: Date;
  },
) {
  await db.update(wmoImports).set(result).where(eq(wmoImports.id, id));
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

export async function insertAllocations(
  db: Queryable,
  importId: string,
  rows: (AllocationRecord & { person: string; messageId: string | null })[],
) {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    await db.execute(sql`
      INSERT INTO ${wmoAllocations}
        (import_id, message_id, person_pseudonym, provider_agb, allocation_number, category,
         product_code, start_date, end_date)
      SELECT ${importId}::uuid, r."messageId", r.person, r."providerAgb", r."allocationNumber",
             r.category, r.product, r."start", r."end"
      FROM json_to_recordset(${JSON.stringify(chunk)}::json)
        AS r("messageId" text, person text, "providerAgb" text, "allocationNumber" text,
             category text, product text, "start" date, "end" date)`);
  }
}

/**
 * Imports that store allocations take turns (until their transaction ends), so that the
 * order of the rows' ids is the order of the imports and no two imports both leave a
 * version of the same allocation current.
 */
export async function lockAllocationVersions(db: Queryable) {
  await db.execute(sql`SELECT pg_advisory_xact_lock(hashtext('wmo_allocations.current'))`);
}

/**
 * After the rows of an import are in: every earlier version of an allocation (provider AGB
 * and allocation number) that a row of this import replaces is no longer current. The
 * latest import wins, and within one file the last record (the rows go in in file order,
 * so a later record has a higher id). In the same statement the tally of current
 * allocations per category and product code gains this import's rows and loses the
 * versions they replaced.
 */
export async function supersedeOlderVersions(db: Queryable, importId: string) {
  await db.execute(sql`
    WITH superseded AS (
      UPDATE ${wmoAllocations} AS older SET current = false
      FROM ${wmoAllocations} AS later
      WHERE later.import_id = ${importId}::uuid
        AND older.current
        AND older.provider_agb = later.provider_agb
        AND older.allocation_number = later.allocation_number
        AND older.id < later.id
      RETURNING older.category, older.product_code
    ),
    change AS (
      SELECT category, product_code, count(*) AS n
      FROM ${wmoAllocations} WHERE import_id = ${importId}::uuid GROUP BY 1, 2
      UNION ALL
      SELECT category, product_code, -count(*) FROM superseded GROUP BY 1, 2
    )
    INSERT INTO ${wmoAllocationTally} AS tally (category, product_code, current_count)
    SELECT category, product_code, sum(n)::int FROM change GROUP BY 1, 2
    ON CONFLICT (category, product_code) DO UPDATE
      SET current_count = tally.current_count + EXCLUDED.current_count`);
}

/** Fresh statistics after an import, so that the matching is planned on the real numbers. */
export async function analyseAllocations(db: Queryable) {
  await db.execute(sql`ANALYZE ${wmoAllocations}`);
}
