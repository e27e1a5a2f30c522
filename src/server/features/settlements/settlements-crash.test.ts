/**
 * The server is killed (SIGKILL) while it issues settlement letters; after a restart the job
 * resumes and ends with exactly one letter, one extra payment term and one timeline step per
 * grant.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startServer, waitForHealth } from '../../../../test/support/server-process.ts';
import { dataDirWithDemo } from '../../../../test/support/data-dir.ts';
import { seedProposedSettlements } from '../../../../test/support/settlement-fixtures.ts';
import { openDatabase } from '../../platform/db/database.ts';
import { documents, grantEvents, grantSettlements, grantTerms } from '../../platform/db/schema.ts';

const GRANTS = 30;
let dataDir: string;
let grantIds: string[];

/**
 * Thirty grants whose report is in and whose settlement is proposed at the full grant, each a
 * copy of the demo's grant of Trefpunt with its own application and decision.
 */
beforeAll(async () => {
  dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'samenredzaam-settle-')), 'data');
  await dataDirWithDemo(dataDir);
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  grantIds = await seedProposedSettlements(handle.db, GRANTS, { withAdvances: false });
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

describe('issuing settlement letters', () => {
  it('resumes after the server is killed half-way, issuing each grant once', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = startServer({ DATA_DIR: dataDir, PORT: String(port), SCHEDULER: 'off' });
    await waitForHealth(port);
    const headers = await session(base);
    const started = await fetch(`${base}/api/settlements/issue`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ grantIds }),
    });
    expect(started.status).toBe(202);
    const { jobId, count: queued } = (await started.json()) as { jobId: string; count: number };
    expect(queued).toBe(GRANTS);
    let progress = await jobProgress(base, headers, jobId);
    while (progress.done < 3) {
      await new Promise((r) => setTimeout(r, 20));
      progress = await jobProgress(base, headers, jobId);
    }
    first.child.kill('SIGKILL');
    await first.exited;
    expect(progress.done).toBeLessThan(GRANTS);

    const second = startServer({ DATA_DIR: dataDir, PORT: String(port), SCHEDULER: 'off' });
    await waitForHealth(port);
    const again = await session(base);
    const deadline = Date.now() + 60_000;
    do {
      await new Promise((r) => setTimeout(r, 100));
      progress = await jobProgress(base, again, jobId);
    } while (progress.status !== 'done' && Date.now() < deadline);
    expect(progress).toMatchObject({ status: 'done', done: GRANTS, total: GRANTS });
    second.child.kill('SIGTERM');
    await second.exited;

    const handle = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const db = handle.db;
      const issued = await db
        .select({ n: count() })
        .from(grantSettlements)
        .where(
          and(inArray(grantSettlements.grantId, grantIds), eq(grantSettlements.status, 'issued')),
        );
      expect(issued[0]!.n).toBe(GRANTS);
      const letters = await db
        .select({ n: count() })
        .from(documents)
        .where(eq(documents.kind, 'settlement'));
      expect(letters[0]!.n).toBe(GRANTS);
      // Nothing was paid on the copies: each gets one extra payment of the full € 14,000.00.
      const extra = await db
        .select({
          grantId: grantTerms.grantId,
          n: count(),
          cents: sql<number>`sum(${grantTerms.amountCents})::int`,
        })
        .from(grantTerms)
        .where(inArray(grantTerms.grantId, grantIds))
        .groupBy(grantTerms.grantId);
      expect(extra).toHaveLength(GRANTS);
      expect(extra.every((e) => e.n === 1 && e.cents === 1_400_000)).toBe(true);
      const steps = await db
        .select({ n: count() })
        .from(grantEvents)
        .where(and(inArray(grantEvents.grantId, grantIds), eq(grantEvents.kind, 'settled')));
      expect(steps[0]!.n).toBe(GRANTS);
    } finally {
      await handle.close();
    }
  }, 120_000);
});
