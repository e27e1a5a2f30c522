/**
 * The server is killed (SIGKILL) while it generates decision letters; after a restart the
 * job resumes and ends with exactly one letter per application.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startServer, waitForHealth } from '../../../../test/support/server-process.ts';
import { seedRankedRound } from '../../../../test/support/decision-fixtures.ts';
import { dataDirWithDemo } from '../../../../test/support/data-dir.ts';
import { openDatabase } from '../../platform/db/database.ts';
import { applications, decisions } from '../../platform/db/schema.ts';

const APPLICATIONS = 40;
let dataDir: string;
let roundId: string;

/** A round with a fixed ranking of 40 living-room applications, written straight into the data folder. */
beforeAll(async () => {
  dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'samenredzaam-crash-')), 'data');
  await dataDirWithDemo(dataDir);
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  roundId = await seedRankedRound(handle.db, APPLICATIONS);
  await handle.close();
}, 120_000);

afterAll(() => rm(path.dirname(dataDir), { recursive: true, force: true }));

async function session(base: string) {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'policy_officer@demo.example', password: 'samenredzaam-demo' }),
  });
  const me = (await response.json()) as { csrfToken: string };
  return {
    cookie: response.headers.get('set-cookie')!.split(';')[0]!,
    'x-csrf-token': me.csrfToken,
  };
}

async function jobProgress(base: string, headers: Record<string, string>, jobId: string) {
  const response = await fetch(`${base}/api/jobs/${jobId}`, { headers });
  return (await response.json()) as { status: string; done: number; total: number };
}

describe('generating decision letters', () => {
  it('resumes after the server is killed half-way, with exactly one letter per application', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = startServer({ DATA_DIR: dataDir, PORT: String(port), SCHEDULER: 'off' });
    await waitForHealth(port);
    const headers = await session(base);
    const started = await fetch(`${base}/api/rounds/${roundId}/decisions/generate`, {
      method: 'POST',
      headers,
    });
    expect(started.status).toBe(202);
    const { jobId } = (await started.json()) as { jobId: string };
    let progress = await jobProgress(base, headers, jobId);
    while (progress.done < 5) {
      await new Promise((r) => setTimeout(r, 20));
      progress = await jobProgress(base, headers, jobId);
    }
    first.child.kill('SIGKILL');
    await first.exited;
    expect(progress.done).toBeLessThan(APPLICATIONS);

    const second = startServer({ DATA_DIR: dataDir, PORT: String(port), SCHEDULER: 'off' });
    await waitForHealth(port);
    const again = await session(base);
    const deadline = Date.now() + 60_000;
    do {
      await new Promise((r) => setTimeout(r, 100));
      progress = await jobProgress(base, again, jobId);
    } while (progress.status !== 'done' && Date.now() < deadline);
    expect(progress).toMatchObject({ status: 'done', done: APPLICATIONS, total: APPLICATIONS });
    second.child.kill('SIGTERM');
    await second.exited;

    const handle = await openDatabase({ kind: 'pglite', dataDir });
    try {
      // The demo's own letters (of last year's round) are not this round's.
      const ofRound = inArray(
        decisions.applicationId,
        handle.db
          .select({ id: applications.id })
          .from(applications)
          .where(eq(applications.roundId, roundId)),
      );
      const [letters] = await handle.db.select({ n: count() }).from(decisions).where(ofRound);
      expect(letters!.n).toBe(APPLICATIONS);
      const perApplication = await handle.db
        .select({ applicationId: decisions.applicationId, n: count() })
        .from(decisions)
        .where(ofRound)
        .groupBy(decisions.applicationId);
      expect(perApplication.every((r) => r.n === 1)).toBe(true);
      const [granted] = await handle.db
        .select({ n: count() })
        .from(decisions)
        .where(and(ofRound, eq(decisions.outcome, 'granted')));
      // € 300.000 ÷ € 16.000–16.039 eligible each: 18 applications fit whole.
      expect(granted!.n).toBe(18);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
