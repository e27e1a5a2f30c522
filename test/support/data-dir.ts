/**
 * A data folder as an installation that has run before leaves it: the embedded database holds
 * the demo municipality (the test template of global-setup.ts). Made in about a second, where a
 * new folder costs the server an initdb, every migration and the demo. For tests of what the
 * real process does on start-up or after a crash, not of a first start.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { embeddedDatabaseFolder } from '../../src/server/platform/db/database.ts';
import { pgliteTemplate } from './test-app.ts';

export async function dataDirWithDemo(dataDir: string): Promise<void> {
  const folder = embeddedDatabaseFolder(dataDir);
  // PGlite makes the folder itself, and loads the template only into a folder it made.
  await mkdir(path.dirname(folder), { recursive: true });
  const pglite = await PGlite.create(folder, { loadDataDir: await pgliteTemplate() });
  // The template gives up crash protection for in-memory copies (global-setup.ts); a folder a
  // server runs on, and is killed on, keeps PostgreSQL's defaults like an installation.
  await pglite.exec('alter system reset synchronous_commit');
  await pglite.exec('alter system reset full_page_writes');
  await pglite.close();
}
