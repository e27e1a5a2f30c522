/**
 * Durable background jobs with progress. A job row is written in the transaction that asks
 * for it; the runner works through it in small idempotent steps, so a crash or restart
 * simply resumes (a `running` job is picked up again) and never does a step twice.
 */
import { safeErrorSummary } from './db/database-errors.ts';
import { asc, eq, inArray } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Queryable } from './db/database.ts';
import { jobs } from './db/schema.ts';

export interface JobContext {
  db: Database;
  params: Record<string, unknown>;
  /** Records progress: `done` of `total` steps. */
  progress: (done: number, total: number) => Promise<void>;
}

export type JobHandler = (context: JobContext) => Promise<void>;

export async function enqueueJob(
  tx: Queryable,
  kind: string,
  params: Record<string, unknown>,
  createdBy: string | null,
) {
  const [row] = await tx
    .insert(jobs)
    .values({ kind, status: 'queued', params, createdBy })
    .returning({ id: jobs.id });
  return row!.id;
}

export async function findJob(db: Queryable, id: string) {
  const [row] = await db.select().from(jobs).where(eq(jobs.id, id));
  return row;
}

export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private running: Promise<void> | null = null;
  private again = false;

  private readonly db: Database;
  private readonly log: FastifyBaseLogger;

  constructor(db: Database, log: FastifyBaseLogger) {
    this.db = db;
    this.log = log;
  }

  register(kind: string, handler: JobHandler) {
    this.handlers.set(kind, handler);
  }

  /** Runs every queued or interrupted job; concurrent calls share one run. */
  kick(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        await this.runPending();
      } while (this.again);
    })().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async runPending() {
    const pending = await this.db
      .select()
      .from(jobs)
      .where(inArray(jobs.status, ['queued', 'running']))
      .orderBy(asc(jobs.createdAt));
    for (const job of pending) {
      const handler = this.handlers.get(job.kind);
      if (!handler) continue;
      await this.db
        .update(jobs)
        .set({ status: 'running', updatedAt: new Date() })
        .where(eq(jobs.id, job.id));
      try {
        await handler({
          db: this.db,
          params: job.params as Record<string, unknown>,
          progress: async (done, total) => {
            await this.db
              .update(jobs)
              .set({ done, total, updatedAt: new Date() })
              .where(eq(jobs.id, job.id));
          },
        });
        await this.db
          .update(jobs)
          .set({ status: 'done', updatedAt: new Date() })
          .where(eq(jobs.id, job.id));
      } catch (error) {
        this.log.error({ err: error, job: job.id }, 'job failed');
        await this.db
          .update(jobs)
          .set({
            status: 'failed',
            // A database error's own message repeats its parameters; store only the summary.
            error: safeErrorSummary(error).message.slice(0, 1000),
            updatedAt: new Date(),
          })
          .where(eq(jobs.id, job.id));
      }
    }
  }
}
