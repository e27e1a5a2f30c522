/**
 * Installing without the demo and the backup drill, on embedded databases in fresh folders:
 * `admin create` makes a first administrator who can log in with the printed password, and a
 * backup restored into a new data folder holds every row.
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/platform/config.ts';
import { auditEvents } from '../server/platform/db/schema.ts';
import { type DatabaseHandle, openDatabase } from '../server/platform/db/database.ts';
import { dataDirWithDemo } from '../../test/support/data-dir.ts';
import { TEST_PSEUDONYM_KEY } from '../../test/support/test-app.ts';
import { adminCreate, backupCommand, restoreCommand } from './installation.ts';

let root: string;
const folder = (name: string) => path.join(root, name);
const envFor = (dataDir: string) => ({
  DATA_DIR: dataDir,
  PUBLIC_URL: 'https://wmo.gemeente.example',
});

/**
 * The first installation: `admin create` on a data folder that does not exist yet, which
 * makes the embedded database from nothing and migrates it. Made once; the tests that need an
 * installed folder get a copy of it as it was right after, instead of installing again.
 */
let firstInstall: Awaited<ReturnType<typeof adminCreate>>;
const INSTALLED_COPIES = ['taken', 'occupied'];

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'samenredzaam-install-'));
  firstInstall = await adminCreate(
    ['Beheer@Gemeente.example', '--name', 'Anna de Vries'],
    envFor(folder('first-install')),
  );
  for (const name of INSTALLED_COPIES) {
    await cp(folder('first-install'), folder(name), { recursive: true });
  }
}, 60_000);
afterAll(() => rm(root, { recursive: true, force: true }));

async function withDatabase<T>(dataDir: string, work: (handle: DatabaseHandle) => Promise<T>) {
  const handle = await openDatabase({ kind: 'pglite', dataDir });
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function rows<T>(handle: DatabaseHandle, text: string): Promise<T[]> {
  return (await handle.pglite!.query<T>(text)).rows;
}

/** Every table of the public schema with its number of rows. */
async function rowCounts(handle: DatabaseHandle): Promise<Record<string, number>> {
  const tables = await rows<{ name: string }>(
    handle,
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
  );
  const counts: Record<string, number> = {};
  for (const { name } of tables) {
    const [row] = await rows<{ n: number }>(handle, `select count(*)::int as n from "${name}"`);
    counts[name] = row!.n;
  }
  return counts;
}

describe('admin create', () => {
  it('creates the first administrator, who logs in with the password printed once', async () => {
    const dataDir = folder('first-install');
    const result = firstInstall;
    expect(result.exitCode).toBe(0);
    const printed = JSON.parse(result.stdout!);
    expect(printed).toEqual({
      email: 'beheer@gemeente.example',
      role: 'admin',
      password: expect.stringMatching(/^[A-Za-z0-9_-]{24}$/),
      loginUrl: 'https://wmo.gemeente.example/inloggen',
    });
    expect(result.stderr).toContain('Log in at https://wmo.gemeente.example/inloggen');

    await withDatabase(dataDir, async (handle) => {
      const app = await buildApp({
        db: handle.db,
        databaseKind: handle.kind,
        config: loadConfig({ SAMENREDZAAM_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY }),
        webDist: '/nonexistent',
      });
      try {
        const login = await app.inject({
          method: 'POST',
          url: '/api/auth/login',
          payload: { email: 'beheer@gemeente.example', password: printed.password },
        });
        expect(login.statusCode).toBe(200);
        expect(login.json().roles).toEqual(['admin']);
        expect(login.json().name).toBe('Anna de Vries');
        // The administrator's role requires a second factor: the first login sets it up.
        expect(login.json().pendingStep).toBe('two_factor_enrolment');
      } finally {
        await app.close();
      }
      const audit = await handle.db
        .select()
        .from(auditEvents)
        .where(eq(auditEvents.action, 'user.create'));
      expect(audit).toHaveLength(1);
      expect(audit[0]!.actorEmail).toBe('system');
      expect(JSON.stringify(audit[0])).not.toContain(printed.password);
      expect(JSON.stringify(audit[0])).not.toContain('argon2');
    });
  });

  it('refuses an address that already has an account, with exit code 2, and changes nothing', async () => {
    const dataDir = folder('taken');
    const again = await adminCreate(['BEHEER@gemeente.example'], envFor(dataDir));
    expect(again.exitCode).toBe(2);
    expect(again.stdout).toBeUndefined();
    expect(again.stderr).toBe(
      'A user with e-mail address beheer@gemeente.example already exists; nothing was changed.',
    );
    const users = await withDatabase(dataDir, (h) =>
      rows<{ n: number }>(h, 'select count(*)::int as n from users'),
    );
    expect(users).toEqual([{ n: 1 }]);
  });

  it('refuses a missing or malformed address with exit code 2', async () => {
    const dataDir = folder('bad-input');
    expect((await adminCreate([], envFor(dataDir))).stderr).toBe(
      'Usage: admin create <e-mail> [--name "<full name>"]',
    );
    const bad = await adminCreate(['beheer-at-gemeente'], envFor(dataDir));
    expect(bad.exitCode).toBe(2);
    expect(bad.stderr).toBe('"beheer-at-gemeente" is not a valid e-mail address.');
  });
});

describe('backup and restore of the embedded database', () => {
  it('restores every row of every table into a fresh data folder', async () => {
    const original = folder('original');
    // A database that has been in use: the demo municipality.
    await dataDirWithDemo(original);
    const before = await withDatabase(original, rowCounts);
    expect(before.users).toBeGreaterThan(5);
    expect(before.audit_events).toBeGreaterThan(0);

    const file = path.join(root, 'samenredzaam-backup.tar.gz');
    const backup = await backupCommand([file], envFor(original));
    expect(backup.exitCode).toBe(0);
    expect(JSON.parse(backup.stdout!).bytes).toBeGreaterThan(1000);
    expect(backup.stderr).toContain('The pseudonym key (PSEUDONYM_KEY_FILE) is not in it');

    const fresh = folder('fresh');
    const restored = await restoreCommand([file], envFor(fresh));
    expect(restored.exitCode).toBe(0);
    const after = await withDatabase(fresh, rowCounts);
    expect(after).toEqual(before);
    // Two embedded databases made on disk from nothing, a backup and a restore: on a busy
    // 2-core machine this takes longer than the project's 30 s default.
  }, 120_000);

  it('does not overwrite a data folder that holds a database, unless told to with --force', async () => {
    const file = path.join(root, 'samenredzaam-backup.tar.gz');
    const target = folder('occupied');
    const refused = await restoreCommand([file], envFor(target));
    expect(refused.exitCode).toBe(2);
    expect(refused.stderr).toContain('already holds a database; nothing was changed');
    const kept = await withDatabase(target, (h) =>
      rows<{ email: string }>(h, 'select email from users'),
    );
    expect(kept.map((r) => r.email)).toEqual(['beheer@gemeente.example']);

    const forced = await restoreCommand([file, '--force'], envFor(target));
    expect(forced.exitCode).toBe(0);
    const replaced = await withDatabase(target, (h) =>
      rows<{ email: string }>(h, 'select email from users order by email'),
    );
    expect(replaced.map((r) => r.email)).toContain('admin@demo.example');
    expect(replaced.map((r) => r.email)).not.toContain('beheer@gemeente.example');

    // A file that is not a backup changes nothing, even with --force.
    const junk = path.join(root, 'not-a-backup.tar.gz');
    await writeFile(junk, 'geen back-up');
    const wrong = await restoreCommand([junk, '--force'], envFor(target));
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toContain('is not a backup of the embedded database');
    const unchanged = await withDatabase(target, (h) =>
      rows<{ email: string }>(h, 'select email from users order by email'),
    );
    expect(unchanged.map((r) => r.email)).toEqual(replaced.map((r) => r.email));
  }, 120_000);

  it('refuses to back up a database that is open, and refuses a file that is not a backup', async () => {
    const busy = folder('original');
    const handle = await openDatabase({ kind: 'pglite', dataDir: busy });
    try {
      const result = await backupCommand([path.join(root, 'while-open.tar.gz')], envFor(busy));
      expect(result.exitCode).toBe(2);
      expect(result.stderr).toContain('is open: stop the server first');
    } finally {
      await handle.close();
    }
    const notABackup = path.join(root, 'notes.txt');
    await writeFile(notABackup, 'geen back-up');
    const wrong = await restoreCommand([notABackup], envFor(folder('from-junk')));
    expect(wrong.exitCode).toBe(2);
    expect(wrong.stderr).toContain('is not a backup of the embedded database');
  });

  it('points a PostgreSQL installation to pg_dump and pg_restore', async () => {
    const result = await backupCommand(['x.tar.gz'], {
      DATABASE_URL: 'postgres://samenredzaam@db.example/samenredzaam',
    });
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain('use pg_dump and pg_restore');
  });
});
