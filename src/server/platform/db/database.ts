/**
 * One place that hides the differences between the embedded PGlite and a PostgreSQL
 * server: opening (with a clear message when that fails), migrations, and closing.
 * Everything above this module uses `Database` and never sees which one is underneath.
 */
import { constants as fsConstants } from 'node:fs';
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import * as schema from './schema.ts';

export type Schema = typeof schema;
export type Database = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction has the same query interface as the database. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type Queryable = Database | Tx;

export type DatabaseKind = 'pglite' | 'postgresql';

export interface DatabaseHandle {
  db: Database;
  kind: DatabaseKind;
  /** The embedded engine, when that is what runs (for dumps in tests). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob }
  | { kind: 'postgresql'; url: string };

/** A failure to open the database, with one line that says what to fix. */
export class DatabaseOpenError extends Error {}

export const MIGRATIONS_FOLDER = fileURLToPath(
  new URL('../../../../db/migrations', import.meta.url),
);

// pg returns int8 and numeric as strings; our bigint columns hold cents and counts that fit
// in a double (2^53), so parse them once here for every query on a server.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

export async function openDatabase(target: DatabaseTarget): Promise<DatabaseHandle> {
  if (target.kind === 'postgresql') return openPostgres(target.url);
  if (target.kind === 'pglite-memory') {
    const pglite = await PGlite.create(
      target.loadDataDir ? { loadDataDir: target.loadDataDir } : {},
    );
    return pgliteHandle(pglite);
  }
  const dataDir = path.resolve(target.dataDir);
  try {
    await mkdir(dataDir, { recursive: true });
    await access(dataDir, fsConstants.W_OK);
  } catch (error) {
    throw new DatabaseOpenError(
      `DATA_DIR ${dataDir} cannot be created or written (${(error as NodeJS.ErrnoException).code ?? 'error'}): choose a writable folder with DATA_DIR=/path or fix its permissions.`,
    );
  }
  const pgliteDir = path.join(dataDir, 'pglite');
  try {
    const pglite = await PGlite.create(pgliteDir);
    return pgliteHandle(pglite);
  } catch (error) {
    throw new DatabaseOpenError(
      `The embedded database in ${pgliteDir} could not be opened (${(error as Error).message}). Is another Samenredzaam process using the same DATA_DIR?`,
    );
  }
}

function pgliteHandle(pglite: PGlite): DatabaseHandle {
  const db = drizzlePglite(pglite, { schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    pglite,
    close: () => pglite.close(),
  };
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
  keepRunningWhenConnectionsDie(pool);
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw new DatabaseOpenError(
      `DATABASE_URL ${redactUrl(url)} cannot be reached (${(error as Error).message}): check host, port, database name and credentials, or unset DATABASE_URL to use the embedded database.`,
    );
  }
  const db = drizzlePg(pool, { schema }) as unknown as Database;
  return { db, kind: 'postgresql', close: () => pool.end() };
}

/**
 * pg emits 'error' on a client whose connection dies (pg_terminate_backend, a restart, a
 * failover): on the pool for an idle client, on the client itself while a request holds
 * it. An 'error' event without a listener ends the process, so both get one. The query in
 * flight still rejects, which the request answers with 503 DATABASE_UNAVAILABLE; the pool
 * drops the broken client on release and opens a fresh one for the next request
 * (docs/operations.md).
 */
export function keepRunningWhenConnectionsDie(pool: pg.Pool): void {
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
  });
}

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    await migratePg(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparseable URL)';
  }
}
