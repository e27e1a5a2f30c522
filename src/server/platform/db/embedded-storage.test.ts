/**
 * The embedded database on a data folder that cannot be written for a while (a full disk).
 * PGlite then fails its writes, and after a failed checkpoint its next query used to spin
 * for ever at 100 % CPU, stopping every request until kill -9. Now writes get 503
 * DATABASE_UNAVAILABLE, /api/health says so, and once the folder can be written again the
 * server carries on by itself (docs/operations.md).
 *
 * The full disk is simulated in Node's fs module, which PGlite writes through: a
 * chmod cannot stop the root user these tests may run as.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  loginAs,
  type Session,
  TEST_PSEUDONYM_KEY,
} from '../../../../test/support/test-app.ts';
import { buildApp } from '../../app.ts';
import { loadConfig } from '../config.ts';
import type { App } from '../http.ts';
import { dataDirWithDemo } from '../../../../test/support/data-dir.ts';
import { type DatabaseHandle, openDatabase } from './database.ts';
import { users } from './schema.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenredzaam-storage-'));
let handle: DatabaseHandle;
let app: App;
let admin: Session;
let coordinatorId: string;

/** While true, every write into the data folder fails as on a full disk. */
let diskFull = false;
const realFs = { openSync: fs.openSync, writeSync: fs.writeSync, writeFile: fs.promises.writeFile };
const fdsInDataDir = new Set<number>();

function noSpace(): never {
  throw Object.assign(new Error('ENOSPC: no space left on device'), {
    code: 'ENOSPC',
    errno: -28,
  });
}

beforeAll(async () => {
  await dataDirWithDemo(dataDir);
  fs.openSync = (file: fs.PathLike, ...rest: unknown[]) => {
    const fd = (realFs.openSync as (...args: unknown[]) => number)(file, ...rest);
    if (String(file).startsWith(dataDir)) fdsInDataDir.add(fd);
    return fd;
  };
  fs.writeSync = (fd: number, ...rest: unknown[]) => {
    if (diskFull && fdsInDataDir.has(fd)) noSpace();
    return (realFs.writeSync as (...args: unknown[]) => number)(fd, ...rest);
  };
  fs.promises.writeFile = (async (file: fs.PathLike, ...rest: unknown[]) => {
    if (diskFull && String(file).startsWith(dataDir)) noSpace();
    return await (realFs.writeFile as (...args: unknown[]) => Promise<void>)(file, ...rest);
  }) as typeof fs.promises.writeFile;

  handle = await openDatabase({ kind: 'pglite', dataDir });
  app = await buildApp({
    db: handle.db,
    databaseKind: handle.kind,
    config: loadConfig({ SAMENREDZAAM_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY }),
    webDist: '/nonexistent',
  });
  await app.ready();
  admin = await loginAs(app, 'admin@demo.example');
  const [coordinator] = await handle.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, 'coordinator@demo.example'));
  coordinatorId = coordinator!.id;
}, 60_000);

afterAll(async () => {
  diskFull = false;
  Object.assign(fs, { openSync: realFs.openSync, writeSync: realFs.writeSync });
  fs.promises.writeFile = realFs.writeFile;
  await app.close();
  await handle.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

function rename(name: string) {
  return app.inject({
    method: 'PATCH',
    url: `/api/users/${coordinatorId}`,
    headers: as(admin),
    payload: { name },
  });
}

describe('the embedded database when its data folder cannot be written', () => {
  it('answers 503 while the disk is full and carries on when there is room again', async () => {
    expect((await rename('Coördinator vóór de storing')).statusCode).toBe(200);

    diskFull = true;
    // A checkpoint writes every changed page: with a full disk it fails. PGlite's next query
    // after that is the one that used to hang.
    await expect(handle.db.execute(sql`checkpoint`)).rejects.toMatchObject({
      cause: { code: '53100' }, // disk_full
    });
    const refused = await rename('Coördinator tijdens de storing');
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: 'DATABASE_UNAVAILABLE' });
    const down = await app.inject({ method: 'GET', url: '/api/health' });
    expect([down.statusCode, down.json()]).toEqual([
      503,
      { status: 'unavailable', database: 'pglite' },
    ]);

    diskFull = false;
    // The engine checks the folder at most every 2 seconds.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const up = await app.inject({ method: 'GET', url: '/api/health' });
    expect([up.statusCode, up.json()]).toEqual([200, { status: 'ok', database: 'pglite' }]);
    const renamed = await rename('Coördinator na de storing');
    expect(renamed.statusCode).toBe(200);
    const [stored] = await handle.db
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, coordinatorId));
    // What was stored before the disk filled up is still there, and the change after it too.
    expect(stored!.name).toBe('Coördinator na de storing');
    const sessions = await loginAs(app, 'coordinator@demo.example');
    expect(sessions.me.email).toBe('coordinator@demo.example');
  }, 60_000);
});
