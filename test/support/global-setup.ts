/**
 * Prepares one migrated PGlite database with the demo municipality and dumps it, so every
 * test file can start from its own fresh copy in memory in a third of a second instead of
 * initialising and migrating a new database each time; with TEST_DATABASE_URL, a template
 * database on that server instead. The same database is also dumped before the demo is
 * loaded, for the tests that load the demo themselves.
 */
import type { PGlite } from '@electric-sql/pglite';
import { hash } from '@node-rs/argon2';
import { inArray } from 'drizzle-orm';
import { randomBytes } from 'node:crypto';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { DEMO_PASSWORD, DEMO_USERS, loadDemo } from '../../src/server/demo/load-demo.ts';
import {
  type Database,
  migrateDatabase,
  openDatabase,
  refreshPlannerStatistics,
} from '../../src/server/platform/db/database.ts';
import { users } from '../../src/server/platform/db/schema.ts';
import { TEMPLATE_MOMENT } from './template-moment.ts';

export default async function setup({
  provide,
}: {
  provide: (key: 'pgliteTemplate' | 'pgliteMigrated' | 'postgresTemplate', value: string) => void;
}) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    checkRequirements();
    const template = await postgresTemplate(serverUrl);
    provide('postgresTemplate', template.name);
    return template.drop;
  }
  const handle = await openDatabase({ kind: 'pglite-memory' });
  await migrateDatabase(handle);
  await leanForTests(handle.pglite!);
  // The tests that load the demo themselves start from this, not from an initdb of their own.
  const migrated = await dumpToFile(handle.pglite!, 'migrated');
  await loadDemo(handle.db, TEMPLATE_MOMENT);
  await cheaperDemoPasswords(handle.db);
  // As an installation's demo has them (loadDemoIfEmpty), so tests plan queries alike.
  await refreshPlannerStatistics(handle.db);
  const template = await dumpToFile(handle.pglite!, 'template');
  await handle.close();
  provide('pgliteTemplate', template);
  provide('pgliteMigrated', migrated);
  checkRequirements();
  // Each run's copies (31 and 25 MB) go when the run ends, so repeated runs do not fill the disk.
  return () => Promise.all([rm(template, { force: true }), rm(migrated, { force: true })]);
}

async function dumpToFile(pglite: PGlite, name: string): Promise<string> {
  const dump = await pglite.dumpDataDir('none');
  const file = path.join(os.tmpdir(), `samenredzaam-${name}-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  return file;
}

/**
 * The demo accounts' password hashes at argon2id's lowest cost (64 KiB, one pass) instead of
 * the product's 19 MiB and two passes (passwords.ts): the API tests alone log in about 290
 * times a run, and a login took about 40 ms of processor time, 17 ms with these. A login still
 * verifies a real argon2id hash, and a password set during a test gets the product's
 * parameters.
 */
async function cheaperDemoPasswords(db: Database) {
  const passwordHash = await hash(DEMO_PASSWORD, { memoryCost: 64, timeCost: 1, parallelism: 1 });
  await db
    .update(users)
    .set({ passwordHash })
    .where(
      inArray(
        users.email,
        DEMO_USERS.map((user) => user.email),
      ),
    );
}

/**
 * What a test database does not need, so that each copy opens and writes faster: the
 * databases `template0` and `template1` (only CREATE DATABASE reads them; a third of the files
 * of the copy), 128 MB of shared buffers for a database of 14 MB, and the write-ahead log's
 * protection against a crash (a flush at every commit, a full copy of each page at its first
 * change after a checkpoint). A copy lives in memory for one test file and is never recovered
 * from its log; what a query sees does not change. A data folder made from the template for
 * a real server process gets PostgreSQL's defaults back (data-dir.ts), as an installation has.
 */
async function leanForTests(pglite: PGlite) {
  await pglite.exec(
    `update pg_database set datistemplate = false where datname in ('template0', 'template1')`,
  );
  await pglite.exec('drop database template0');
  await pglite.exec('drop database template1');
  await pglite.exec(`alter system set shared_buffers = '16MB'`);
  await pglite.exec('alter system set synchronous_commit = off');
  await pglite.exec('alter system set full_page_writes = off');
}

/**
 * On a PostgreSQL server the same template is a database: each test file's database is a
 * copy of it (CREATE DATABASE … TEMPLATE, a file copy on the server) instead of running
 * every migration and loading the demo again.
 */
async function postgresTemplate(serverUrl: string) {
  const name = `samenredzaam_template_${randomBytes(6).toString('hex')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgresql', url: url.toString() });
  try {
    await migrateDatabase(handle);
    await loadDemo(handle.db, TEMPLATE_MOMENT);
    await cheaperDemoPasswords(handle.db);
    await refreshPlannerStatistics(handle.db);
  } finally {
    // A template may have no connections while it is copied.
    await handle.close();
  }
  return { name, drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

/** CI sets REQUIRE_POSTGRES=1: then a missing TEST_DATABASE_URL is an error, not a skip. */
function checkRequirements() {
  if (process.env.REQUIRE_POSTGRES === '1' && !process.env.TEST_DATABASE_URL) {
    throw new Error('REQUIRE_POSTGRES=1 but TEST_DATABASE_URL is not set.');
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    /** The same database before the demo was loaded: every migration and no data. */
    pgliteMigrated?: string;
    postgresTemplate?: string;
  }
}
