/**
 * The server is killed (SIGKILL) while it generates decision letters; after a restart the
 * job resumes and ends with exactly one letter per application.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort, startServer, waitForHealth } from '../../../../test/support/server-process.ts';
import { completeContent } from '../../../../test/support/tender-fixtures.ts';
import { rankAndAllocate } from '../../../domain/tender/rank-and-allocate.ts';
import { defaultSchemeDefinition } from '../../../domain/tender/scheme-definition.ts';
import { loadDemo } from '../../demo/load-demo.ts';
import { migrateDatabase, openDatabase } from '../../platform/db/database.ts';
import {
  applications,
  decisions,
  organisations,
  provisions,
  rankings,
  rounds,
  schemes,
} from '../../platform/db/schema.ts';

const APPLICATIONS = 40;
let dataDir: string;
let roundId: string;

/** A round with a fixed ranking of 40 living-room applications, written straight into the data folder. */
beforeAll(async () => {
  dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), 'samenredzaam-crash-')), 'data');
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  await migrateDatabase(handle);
  await loadDemo(handle.db);
  const db = handle.db;
  const definition = defaultSchemeDefinition();
  const [scheme] = await db.select({ id: schemes.id }).from(schemes);
  const [round] = await db
    .insert(rounds)
    .values({
      schemeId: scheme!.id,
      name: 'Ronde met veel aanvragen',
      year: 2027,
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      opensAt: new Date('2026-12-01T08:00:00Z'),
      deadlineAt: new Date('2027-03-01T11:00:00Z'),
      lotSeed: 'crash-test',
      ceilings: { living_room: 30_000_000, day_activities: 1, information_advice: 1, services: 1 },
      formDefinition: definition,
      publishedAt: new Date('2026-12-01T08:00:00Z'),
    })
    .returning({ id: rounds.id });
  roundId = round!.id;
  const applicationIds: Record<string, string> = {};
  for (let i = 1; i <= APPLICATIONS; i++) {
    const [organisation] = await db
      .insert(organisations)
      .values({ name: `Stichting ${i}` })
      .returning({ id: organisations.id });
    const [provision] = await db
      .insert(provisions)
      .values({ organisationId: organisation!.id, name: `Huiskamer ${i}`, category: 'living_room' })
      .returning({ id: provisions.id });
    const reference = `AV-2027-${String(i).padStart(4, '0')}`;
    const [application] = await db
      .insert(applications)
      .values({
        roundId,
        organisationId: organisation!.id,
        provisionId: provision!.id,
        category: 'living_room',
        status: 'submitted',
        reference,
        formDefinition: definition,
        content: completeContent(),
        requestedCents: 1_800_000,
        submittedAt: new Date('2027-02-01T10:00:00Z'),
      })
      .returning({ id: applications.id });
    applicationIds[reference] = application!.id;
  }
  const input = {
    category: 'living_room' as const,
    ceilingCents: 30_000_000,
    seed: 'crash-test',
    partialGrant: true,
    eligibleKinds: ['fixed_costs' as const],
    applications: Object.keys(applicationIds).map((reference, i) => ({
      reference,
      submittedOnTime: true,
      meetsGeneralConditions: true,
      requestedCents: 1_800_000,
      budget: [{ kind: 'fixed_costs' as const, cents: 1_600_000 + i * 1000 }],
      reach: { participants: 35, dayPartsPerWeek: 5, weeksPerYear: 48 },
      scores: { samenwerking: 8, resultaat: 7, inclusie: 7, duurzaamheid: 8 },
    })),
  };
  await db.insert(rankings).values({
    roundId,
    category: 'living_room',
    version: 1,
    input: { tender: input, applicationIds, fixedByName: 'policy_officer@demo.example' },
    output: rankAndAllocate(input),
  });
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
      const [letters] = await handle.db.select({ n: count() }).from(decisions);
      expect(letters!.n).toBe(APPLICATIONS);
      const perApplication = await handle.db
        .select({ applicationId: decisions.applicationId, n: count() })
        .from(decisions)
        .groupBy(decisions.applicationId);
      expect(perApplication.every((r) => r.n === 1)).toBe(true);
      const [granted] = await handle.db
        .select({ n: count() })
        .from(decisions)
        .where(eq(decisions.outcome, 'granted'));
      // € 300.000 ÷ € 16.000–16.039 eligible each: 18 applications fit whole.
      expect(granted!.n).toBe(18);
    } finally {
      await handle.close();
    }
  });
});
