/**
 * Durable background jobs with progress. A job row is written in the transaction that asks
 * for it; the runner works through it in small idempotent steps, so a crash or restart
 * simply resumes (a `running` job is picked up again) and never does a step twice.
 */
import { safeErrorSummary } from './db/database-errors.ts';
import type { FastifyBaseLogger } from 'fastify';
import type { Database, Queryable } from './db/database.ts';
import * as repo from './jobs.repository.ts';

export interface JobContext {
  db: Database;
  params: Record<string, unknown>;
  /** Records progress: `done` of `total` steps. */
  progress: (done: number, total: number) => Promise<void>;
  /** The runner's clock: what time it is while the job works. */
  now: () => Date;
}

export type JobHandler = (context: JobContext) => Promise<void>;

export async function enqueueJob(
  tx: Queryable,
  kind: string,
  params: Record<string, unknown>,
  createdBy: string | null,
) {
  return repo.insertJob(tx, { kind, params, createdBy });
}

export { findJob } from './jobs.repository.ts';

export class JobRunner {
  private readonly handlers = new Map<string, JobHandler>();
  private running: Promise<void> | null = null;
  private again = false;

  private readonly db: Database;
  private readonly log: FastifyBaseLogger;
  private readonly clock: () => Date;

  /** `clock` is the application's, so tests and the demo decide what time a job runs at. */
  constructor(db: Database, log: FastifyBaseLogger, clock: () => Date = () => new Date()) {
    this.db = db;
    this.log = log;
    this.clock = clock;
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
    const pending = await repo.pendingJobs(this.db);
    for (const job of pending) {
      const handler = this.handlers.get(job.kind);
      if (!handler) continue;
      await repo.updateJob(this.db, job.id, { status: 'running' });
      try {
        await handler({
          db: this.db,
          params: job.params as Record<string, unknown>,
          progress: (done, total) => repo.updateJob(this.db, job.id, { done, total }),
          now: this.clock,
        });
        await repo.updateJob(this.db, job.id, { status: 'done' });
      } catch (error) {
        this.log.error({ err: error, job: job.id }, 'job failed');
        await repo.updateJob(this.db, job.id, {
          status: 'failed',
          // A database error's own message repeats its parameters; store only the summary.
          error: safeErrorSummary(error).message.slice(0, 1000),
        });
      }
    }
  }
}
