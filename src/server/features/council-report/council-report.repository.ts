/** The council reports and their files (docs/rules/council-report.md). */
import { desc, eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import { councilReports, documents, jobs, users } from '../../platform/db/schema.ts';

export type CouncilReportRow = typeof councilReports.$inferSelect;

/** The next version of a year's report: one more than the newest, 1 for the first. */
export async function nextVersion(db: Queryable, year: number): Promise<number> {
  const [row] = await db
    .select({ last: sql<number>`coalesce(max(${councilReports.version}), 0)::int` })
    .from(councilReports)
    .where(eq(councilReports.year, year));
  return (row?.last ?? 0) + 1;
}

export async function insertReport(db: Queryable, values: typeof councilReports.$inferInsert) {
  const [row] = await db.insert(councilReports).values(values).returning();
  return row!;
}

export async function updateReport(
  db: Queryable,
  id: string,
  values: Partial<typeof councilReports.$inferInsert>,
) {
  await db.update(councilReports).set(values).where(eq(councilReports.id, id));
}

export async function findReport(db: Queryable, id: string): Promise<CouncilReportRow | undefined> {
  const [row] = await db.select().from(councilReports).where(eq(councilReports.id, id));
  return row;
}

/** Every version, newest first, with who asked for it, its job's progress and its files' hashes. */
export async function listReports(db: Queryable) {
  const pdf = sql<
    string | null
  >`(select d.sha256 from documents d where d.id = ${councilReports.pdfDocumentId})`;
  const xlsx = sql<
    string | null
  >`(select d.sha256 from documents d where d.id = ${councilReports.xlsxDocumentId})`;
  return db
    .select({
      report: councilReports,
      requestedByName: users.name,
      jobStatus: jobs.status,
      done: jobs.done,
      total: jobs.total,
      pdfSha256: pdf,
      xlsxSha256: xlsx,
    })
    .from(councilReports)
    .leftJoin(users, eq(users.id, councilReports.requestedBy))
    .leftJoin(jobs, eq(jobs.id, councilReports.jobId))
    .orderBy(desc(councilReports.year), desc(councilReports.version));
}

export async function findDocument(db: Queryable, id: string) {
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  return row;
}
