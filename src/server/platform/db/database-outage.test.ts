/**
 * A PostgreSQL server whose connections die (pg_terminate_backend, a restart, a failover)
 * while requests write: the server stays up, the requests that lost their connection get
 * 503 DATABASE_UNAVAILABLE, /api/health says so, and once the database is back the next
 * request works (docs/operations.md). Runs on the PostgreSQL server of TEST_DATABASE_URL;
 * CI sets REQUIRE_POSTGRES=1, so there it always runs.
 */
import pg from 'pg';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestApp,
  loginAs,
  type Session,
  type TestContext,
} from '../../../../test/support/test-app.ts';
import { users } from './schema.ts';
import { eq } from 'drizzle-orm';

const serverUrl = process.env.TEST_DATABASE_URL;

describe.runIf(serverUrl)('the server when PostgreSQL connections die', () => {
  let ctx: TestContext;
  let admin: Session;
  let adminConnection: pg.Client;
  let databaseName: string;
  let targetUserId: string;
  const crashes: unknown[] = [];
  const onCrash = (error: unknown) => crashes.push(error);

  beforeAll(async () => {
    process.on('uncaughtException', onCrash);
    ctx = await createTestApp();
    admin = await loginAs(ctx.app, 'admin@demo.example');
    const rows = await ctx.handle.db.execute<{ name: string }>(
      sql`select current_database() as name`,
    );
    databaseName = (rows as { rows: { name: string }[] }).rows[0]!.name;
    adminConnection = new pg.Client({ connectionString: serverUrl });
    await adminConnection.connect();
    const [target] = await ctx.handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'coordinator@demo.example'));
    targetUserId = target!.id;
  });

  afterAll(async () => {
    process.off('uncaughtException', onCrash);
    await adminConnection
      .query(`ALTER DATABASE ${databaseName} ALLOW_CONNECTIONS true`)
      .catch(() => undefined);
    await adminConnection.end();
    await ctx.close();
  });

  /** Ends every connection of the app's database, as a restart or failover does. */
  async function terminateAppBackends(): Promise<number> {
    const result = await adminConnection.query(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
      [databaseName],
    );
    return result.rowCount ?? 0;
  }

  function rename(name: string) {
    return ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${targetUserId}`,
      headers: as(admin),
      payload: { name },
    });
  }

  async function health() {
    return ctx.app.inject({ method: 'GET', url: '/api/health' });
  }

  it('answers writes whose connection died with 503 DATABASE_UNAVAILABLE and stays up', async () => {
    const statuses: number[] = [];
    const codes = new Set<string>();
    let stop = false;
    // Four clients that keep renaming a user, at most 400 requests or 20 seconds in all.
    const deadline = Date.now() + 20_000;
    const writer = async (n: number) => {
      for (let i = 0; !stop && i < 100 && Date.now() < deadline; i++) {
        const response = await rename(`Coördinator ${n}-${i}`);
        statuses.push(response.statusCode);
        if (response.statusCode !== 200) codes.add(response.json<{ code: string }>().code);
      }
    };
    const load = Promise.all([1, 2, 3, 4].map(writer));
    // Terminate the app's connections while the writes are in flight, until one write
    // lost its connection mid-way (at most 20 rounds).
    let terminated = 0;
    for (let round = 0; round < 20 && !statuses.includes(503); round++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      terminated += await terminateAppBackends();
    }
    stop = true;
    await load;

    expect(terminated).toBeGreaterThan(0);
    expect(statuses).toContain(503);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect([...codes]).toEqual(['DATABASE_UNAVAILABLE']);
    expect(crashes).toEqual([]);

    // The pool opens new connections: health is fine and the next write is stored.
    expect((await health()).json()).toEqual({ status: 'ok', database: 'postgresql' });
    const after = await rename('Coördinator na de storing');
    expect(after.statusCode).toBe(200);
    const [stored] = await ctx.handle.db
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, targetUserId));
    expect(stored!.name).toBe('Coördinator na de storing');
  });

  it('reports the database as unavailable while it cannot be reached, and recovers', async () => {
    await adminConnection.query(`ALTER DATABASE ${databaseName} ALLOW_CONNECTIONS false`);
    await terminateAppBackends();

    const down = await health();
    expect(down.statusCode).toBe(503);
    expect(down.json()).toEqual({ status: 'unavailable', database: 'postgresql' });
    const refused = await rename('Coördinator tijdens de storing');
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({
      code: 'DATABASE_UNAVAILABLE',
      message:
        'De database is even niet bereikbaar. Uw laatste wijziging is niet opgeslagen; probeer het over een ogenblik opnieuw.',
    });

    await adminConnection.query(`ALTER DATABASE ${databaseName} ALLOW_CONNECTIONS true`);
    const up = await health();
    expect(up.statusCode).toBe(200);
    expect(up.json()).toEqual({ status: 'ok', database: 'postgresql' });
    const renamed = await rename('Coördinator weer bereikbaar');
    expect(renamed.statusCode).toBe(200);
    expect(renamed.json<{ name: string }>().name).toBe('Coördinator weer bereikbaar');
    expect(crashes).toEqual([]);
  });
});
