/**
 * The real process, as `npm start` runs it: clear one-line messages when it cannot start,
 * graceful shutdown, and nothing acknowledged lost after `kill -9`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './platform/db/database.ts';
import { freePort, startServer, waitForHealth } from '../../test/support/server-process.ts';
import { demoAdminSession } from '../../test/support/two-factor.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'samenredzaam-main-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('starting the server', () => {
  it('says in one line what to fix when DATA_DIR cannot be written', async () => {
    const file = path.join(tmp, 'a-file');
    await writeFile(file, 'not a folder');
    const server = startServer({
      DATA_DIR: path.join(file, 'data'),
      PORT: String(await freePort()),
    });
    expect(await server.exited).toBe(1);
    const lines = server.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^DATA_DIR .*a-file\/data cannot be created or written \(ENOTDIR\): choose a writable folder/,
    );
  });

  it('says in one line what to fix when DATABASE_URL cannot be reached', async () => {
    const server = startServer({
      DATABASE_URL: 'postgres://postgres:secret@127.0.0.1:1/nothing',
      PORT: String(await freePort()),
    });
    expect(await server.exited).toBe(1);
    const lines = server.output().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      'DATABASE_URL postgres://postgres:***@127.0.0.1:1/nothing cannot be reached',
    );
    expect(lines[0]).not.toContain('secret');
  });

  it('loses nothing that was acknowledged when killed with SIGKILL, and stops cleanly on SIGTERM', async () => {
    const dataDir = path.join(tmp, 'durable');
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const first = startServer({ DATA_DIR: dataDir, PORT: String(port) });
    await waitForHealth(port);
    const headers = await demoAdminSession(base);
    const created = await fetch(`${base}/api/organisations`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'Stichting Blijft Bewaard' }),
    });
    expect(created.status).toBe(201);
    first.child.kill('SIGKILL');
    await first.exited;

    const second = startServer({ DATA_DIR: dataDir, PORT: String(port) });
    await waitForHealth(port);
    const list = await fetch(`${base}/api/organisations`, {
      headers: await demoAdminSession(base),
    });
    const names = ((await list.json()) as { items: { name: string }[] }).items.map((o) => o.name);
    expect(names).toContain('Stichting Blijft Bewaard');
    // The demo was loaded once, on the first start only.
    expect(names.filter((n) => n === 'Stichting Huiskamer De Lindeboom')).toHaveLength(1);

    second.child.kill('SIGTERM');
    expect(await second.exited).toBe(0);

    // The demo as the first start loaded it left the planner statistics of all its tables,
    // the participants' attendance among them: the embedded database has no autovacuum.
    const stopped = await openDatabase({ kind: 'pglite', dataDir });
    try {
      for (const table of ['attendance', 'participants', 'applications']) {
        const result: unknown = await stopped.db.execute(
          sql`select (select count(*) from ${sql.identifier(table)})::int as counted,
                (select reltuples from pg_class where oid = ${table}::regclass)::int as estimated`,
        );
        const [row] = (result as { rows: { counted: number; estimated: number }[] }).rows;
        expect(row!.counted, table).toBeGreaterThan(0);
        expect(row!.estimated, table).toBe(row!.counted);
      }
    } finally {
      await stopped.close();
    }
  }, 120_000);
});
