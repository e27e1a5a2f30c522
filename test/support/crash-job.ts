/**
 * The harness of the crash tests: a background job of the real server process is killed
 * (SIGKILL) half-way and must, after a restart, end as if nothing happened. The test seeds the
 * data folder, starts its job and checks the database afterwards.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { type Database, openDatabase } from '../../src/server/platform/db/database.ts';
import { dataDirWithDemo } from './data-dir.ts';
import { freePort, startServer, waitForHealth } from './server-process.ts';

/** A data folder with the demo and what `seed` writes straight into its database. */
export async function seededDataDir<T>(
  prefix: string,
  seed: (db: Database) => Promise<T>,
): Promise<{ dataDir: string; seeded: T }> {
  const dataDir = path.join(await mkdtemp(path.join(os.tmpdir(), prefix)), 'data');
  await dataDirWithDemo(dataDir);
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  try {
    return { dataDir, seeded: await seed(handle.db) };
  } finally {
    await handle.close();
  }
}

export function removeDataDir(dataDir: string) {
  return rm(path.dirname(dataDir), { recursive: true, force: true });
}

/** Reads the database the server left behind. */
export async function withDatabase<T>(dataDir: string, read: (db: Database) => Promise<T>) {
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  try {
    return await read(handle.db);
  } finally {
    await handle.close();
  }
}

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

/**
 * Starts the server on `dataDir`, lets the policy officer start a job of `total` items, kills
 * the server once `killAfter` are done, restarts it and waits until the job is done. Returns the
 * answer that started the job.
 */
export async function killJobHalfWay<Started extends { jobId: string }>(
  dataDir: string,
  {
    start,
    killAfter,
    total,
  }: {
    start: (base: string, headers: Record<string, string>) => Promise<Response>;
    killAfter: number;
    total: number;
  },
): Promise<Started> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const first = startServer({ DATA_DIR: dataDir, PORT: String(port), SCHEDULER: 'off' });
  await waitForHealth(port);
  const headers = await session(base);
  const response = await start(base, headers);
  expect(response.status).toBe(202);
  const started = (await response.json()) as Started;
  let progress = await jobProgress(base, headers, started.jobId);
  while (progress.done < killAfter) {
    await new Promise((r) => setTimeout(r, 20));
    progress = await jobProgress(base, headers, started.jobId);
  }
  first.child.kill('SIGKILL');
  await first.exited;
  expect(progress.done).toBeLessThan(total);

  const second = startServer({ DATA_DIR: dataDir, PORT: String(port), SCHEDULER: 'off' });
  await waitForHealth(port);
  const again = await session(base);
  const deadline = Date.now() + 60_000;
  do {
    await new Promise((r) => setTimeout(r, 100));
    progress = await jobProgress(base, again, started.jobId);
  } while (progress.status !== 'done' && Date.now() < deadline);
  expect(progress).toMatchObject({ status: 'done', done: total, total });
  second.child.kill('SIGTERM');
  await second.exited;
  return started;
}
