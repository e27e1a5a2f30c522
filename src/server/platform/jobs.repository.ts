import { asc, eq, inArray } from 'drizzle-orm';
import type { Queryable } from './db/database.ts';
import { jobs } from './db/schema.ts';

export type JobRow = typeof jobs.$inferSelect;

export async function insertJob(
  db: Queryable,
  values: { kind: string; params: Record<string, unknown>; createdBy: string | null },
): Promise<string> {
  const [row] = await db
    .insert(jobs)
    .values({ ...values, status: 'queued' })
    .returning({ id: jobs.id });
  return row!.id;
}

export async function findJob(db: Queryable, id: string): Promise<JobRow | undefined> {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

/** Queued jobs and those a stopped server left running, oldest first. */
export async function pendingJobs(db: Queryable): Promise<JobRow[]> {
  return db
    .select()
    .from(jobs)
    .where(inArray(jobs.status, ['queued', 'running']))
    .orderBy(asc(jobs.createdAt));
}

export async function updateJob(
  db: Queryable,
  id: string,
  changes: Partial<Pick<JobRow, 'status' | 'done' | 'total' | 'error'>>,
) {
  await db
    .update(jobs)
    .set({ ...changes, updatedAt: new Date() })
    .where(eq(jobs.id, id));
}
