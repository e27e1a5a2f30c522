/**
 * Prepares one migrated PGlite database with the demo municipality and dumps it, so every
 * test file can start from its own fresh copy in memory in a third of a second instead of
 * initialising and migrating a new database each time.
 */
import type { PGlite } from '@electric-sql/pglite';
import { rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadDemo } from '../../src/server/demo/load-demo.ts';
import { migrateDatabase, openDatabase } from '../../src/server/platform/db/database.ts';
import { TEMPLATE_MOMENT } from './template-moment.ts';

export default async function setup({
  provide,
}: {
  provide: (key: 'pgliteTemplate', value: string) => void;
}) {
  const handle = await openDatabase({ kind: 'pglite-memory' });
  await migrateDatabase(handle);
  await loadDemo(handle.db, TEMPLATE_MOMENT);
  await leanForTests(handle.pglite!);
  const dump = await handle.pglite!.dumpDataDir('none');
  const file = path.join(os.tmpdir(), `samenredzaam-template-${process.pid}.tar`);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()));
  await handle.close();
  provide('pgliteTemplate', file);
  checkRequirements();
  // Each run's 31 MB copy goes when the run ends, so repeated runs do not fill the disk.
  return () => rm(file, { force: true });
}

/**
 * What a test database does not need, so that each copy opens faster: the databases
 * `template0` and `template1` (only CREATE DATABASE reads them; a third of the files of the
 * copy) and 128 MB of shared buffers for a database of 14 MB.
 */
async function leanForTests(pglite: PGlite) {
  await pglite.exec(
    `update pg_database set datistemplate = false where datname in ('template0', 'template1')`,
  );
  await pglite.exec('drop database template0');
  await pglite.exec('drop database template1');
  await pglite.exec(`alter system set shared_buffers = '16MB'`);
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
  }
}
