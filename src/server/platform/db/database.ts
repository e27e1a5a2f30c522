/**
 * One place that hides the differences between the embedded PGlite and a PostgreSQL
 * server: opening (with a clear message when that fails), migrations, and closing.
 * Everything above this module uses `Database` and never sees which one is underneath.
 */
import { constants as fsConstants } from 'node:fs';
import { access, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { type SQL, sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type pg from 'pg';
import { isStorageFailure } from './database-errors.ts';
import { drizzleClientOf } from './pglite-client.ts';
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
  /**
   * The embedded database on disk: checkpoints when the write-ahead log since the last
   * checkpoint has grown past CHECKPOINT_WAL_BYTES (it checks by itself every 2 seconds);
   * says whether it did.
   */
  checkpointWhenDue?(): Promise<boolean>;
  close(): Promise<void>;
}

export type DatabaseTarget =
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob }
  | { kind: 'postgresql'; url: string };

/**
 * Brings the planner's statistics up to date (ANALYZE). The embedded database needs this from
 * us: PostgreSQL's autovacuum, which does it on a server, does not run in PGlite's single-user
 * mode, and without statistics the planner guesses the size of every table.
 */
export async function refreshPlannerStatistics(db: Database): Promise<void> {
  await db.execute(sql`analyze`);
}

/** A failure to open the database, with one line that says what to fix. */
export class DatabaseOpenError extends Error {}

export const MIGRATIONS_FOLDER = fileURLToPath(
  new URL('../../../../db/migrations', import.meta.url),
);

/** Where the embedded database keeps its files inside DATA_DIR. */
export function embeddedDatabaseFolder(dataDir: string): string {
  return path.join(path.resolve(dataDir), 'pglite');
}

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
  const pgliteDir = embeddedDatabaseFolder(dataDir);
  try {
    const pglite = await PGlite.create(pgliteDir);
    return guardedPgliteHandle(pglite, pgliteDir);
  } catch (error) {
    throw new DatabaseOpenError(
      `The embedded database in ${pgliteDir} could not be opened (${(error as Error).message}). Is another Samenredzaam process using the same DATA_DIR?`,
    );
  }
}

function pgliteHandle(pglite: PGlite): DatabaseHandle {
  const db = drizzlePglite(drizzleClientOf(pglite), { schema }) as unknown as Database;
  return {
    db,
    kind: 'pglite',
    pglite,
    close: () => pglite.close(),
  };
}

/** Raised instead of querying an embedded engine that stopped after a storage failure. */
class EmbeddedStorageFailed extends Error {
  // io_error: the error handler answers 503 DATABASE_UNAVAILABLE.
  readonly code = '58030';
  constructor() {
    super('the embedded database stopped after its data folder could not be written');
  }
}

/** How often a stopped embedded engine checks whether its folder is writable again. */
const STORAGE_RETRY_MS = 2000;

/**
 * The most write-ahead log the embedded database gathers before a checkpoint. PGlite runs
 * PostgreSQL in single-user mode, where no checkpoint runs by itself (not on time, not on
 * max_wal_size): without ours the log since the last stop keeps growing, and a start after
 * kill -9 or a crash replays all of it, 5 to 10 ms of processor time per megabyte (400 MB
 * after 15 s of writing as fast as PGlite can). A checkpoint writes the changed pages to the
 * data files (tens of milliseconds for this much log), after which the replay starts there;
 * it also lets PostgreSQL reuse old log files instead of creating new ones.
 */
export const CHECKPOINT_WAL_BYTES = 16 * 1024 * 1024;
/**
 * How often the embedded database checks the size of its write-ahead log (a read of the
 * control file, well under a millisecond). Writing flat out gathers some 25 MB in this time.
 */
const CHECKPOINT_CHECK_MS = 2000;
const WAL_SINCE_CHECKPOINT = `select pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn)::float8 as bytes
  from pg_control_checkpoint()`;

/**
 * The embedded database on disk, guarded against a data folder that cannot be written (a
 * full disk, a folder made read-only). PGlite reports such a write as an error, but after a
 * failed checkpoint its next query can spin for ever on the event loop's only thread, which
 * stops every request until kill -9. So after the first storage failure this engine is
 * never queried again: requests get 503 at once, and as soon as a probe file can be written
 * in the folder a fresh engine is opened on it, which recovers from its write-ahead log
 * like after a crash (docs/operations.md). `db` stays the same object throughout.
 */
function guardedPgliteHandle(first: PGlite, pgliteDir: string): DatabaseHandle {
  let engine = first;
  let current = drizzlePglite(drizzleClientOf(engine), { schema }) as unknown as Database;
  let stopped = false;
  let lastTry = 0;
  let reopening: Promise<void> | null = null;

  async function reopenWhenWritable(): Promise<void> {
    if (Date.now() - lastTry < STORAGE_RETRY_MS) return;
    lastTry = Date.now();
    const probe = path.join(pgliteDir, '.write-probe');
    try {
      await writeFile(probe, 'samenredzaam');
      await rm(probe, { force: true });
    } catch {
      return;
    }
    // The stopped engine is left alone, not closed: closing it runs the same checkpoint
    // that may hang. Its memory is freed with it.
    const fresh = await PGlite.create(pgliteDir);
    guard(fresh);
    engine = fresh;
    current = drizzlePglite(drizzleClientOf(fresh), { schema });
    stopped = false;
  }

  async function ensureRunning(): Promise<void> {
    if (!stopped) return;
    reopening ??= reopenWhenWritable().finally(() => (reopening = null));
    await reopening.catch(() => undefined);
    if (stopped) throw new EmbeddedStorageFailed();
  }

  function guard(pglite: PGlite): void {
    for (const method of ['query', 'exec', 'transaction', 'sql'] as const) {
      const original = (pglite[method] as (...args: unknown[]) => Promise<unknown>).bind(pglite);
      const guarded = async (...args: unknown[]): Promise<unknown> => {
        await ensureRunning();
        // A query that began on an engine since replaced goes to the fresh one.
        if (pglite !== engine) {
          return (engine[method] as (...args: unknown[]) => Promise<unknown>)(...args);
        }
        try {
          return await original(...args);
        } catch (error) {
          if (isStorageFailure(error)) stopped = true;
          throw error;
        }
      };
      (pglite as unknown as Record<string, unknown>)[method] = guarded;
    }
  }
  guard(first);

  let checkpointing = false;
  async function checkpointWhenDue(): Promise<boolean> {
    if (stopped || checkpointing) return false;
    checkpointing = true;
    try {
      const { rows } = await engine.query<{ bytes: number }>(WAL_SINCE_CHECKPOINT);
      if ((rows[0]?.bytes ?? 0) < CHECKPOINT_WAL_BYTES) return false;
      await engine.exec('CHECKPOINT');
      return true;
    } finally {
      checkpointing = false;
    }
  }
  // A failed checkpoint (a full disk) has stopped the engine through the guard above, which
  // is what the requests report; the next check after the folder is writable again goes on.
  const checkpoints = setInterval(
    () => void checkpointWhenDue().catch(() => undefined),
    CHECKPOINT_CHECK_MS,
  );
  checkpoints.unref();

  const db = new Proxy(current, {
    get(_target, property) {
      const value = Reflect.get(current, property, current) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(current) : value;
    },
  });
  return {
    db,
    kind: 'pglite',
    get pglite() {
      return engine;
    },
    checkpointWhenDue,
    close: async () => {
      clearInterval(checkpoints);
      if (!stopped) await engine.close();
    },
  };
}

async function openPostgres(url: string): Promise<DatabaseHandle> {
  // The driver of a PostgreSQL server is loaded only when there is one to connect to: the
  // embedded database does not need it.
  const [{ default: pg }, { drizzle: drizzlePg }] = await Promise.all([
    import('pg'),
    import('drizzle-orm/node-postgres'),
  ]);
  // pg returns int8 and numeric as strings; our bigint columns hold cents and counts that
  // fit in a double (2^53), so parse them here for every query on a server.
  pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
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
  return { db, kind: 'postgresql', close: () => endWithin(pool, POOL_END_MS) };
}

/** How long a stop waits for the pool's connections to close. */
const POOL_END_MS = 10_000;

/**
 * Ends the pool, but does not wait forever: after an outage a connection can be left in a
 * state where ending it never completes, and a server that is told to stop must stop (the
 * operating system closes what is left).
 */
async function endWithin(pool: pg.Pool, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, ms);
    timer.unref();
  });
  try {
    await Promise.race([pool.end(), timeout]);
  } finally {
    clearTimeout(timer);
  }
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

/**
 * Whether the database has every migration of the journal: then a start can skip drizzle's
 * migrator, which reads and hashes every migration file, creates its schema and table if
 * missing and runs an empty transaction. drizzle applies exactly the migrations newer than
 * the newest it recorded, so a database that recorded the journal's newest has them all.
 */
async function hasEveryMigration(handle: DatabaseHandle): Promise<boolean> {
  const journal = JSON.parse(
    await readFile(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'),
  ) as { entries: { when: number }[] };
  const newest = journal.entries.at(-1)?.when;
  if (newest === undefined) return false;
  const rows = async <Row extends Record<string, unknown>>(query: SQL) =>
    ((await handle.db.execute<Row>(query)) as { rows: Row[] }).rows;
  const [table] = await rows<{ present: boolean }>(
    sql`select to_regclass('drizzle.__drizzle_migrations') is not null as present`,
  );
  if (!table?.present) return false;
  const [recorded] = await rows<{ newest: number | null }>(
    sql`select max(created_at)::float8 as newest from drizzle.__drizzle_migrations`,
  );
  return (recorded?.newest ?? 0) >= newest;
}

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (await hasEveryMigration(handle)) return;
  if (handle.kind === 'pglite') {
    await migratePglite(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate: migratePg } = await import('drizzle-orm/node-postgres/migrator');
    await migratePg(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

/** One round trip to the database; throws when it cannot be reached. */
export async function pingDatabase(db: Database): Promise<void> {
  await db.execute(sql`select 1`);
}

/**
 * Throws away every table and the record of migrations on a PostgreSQL server, so that
 * migrating starts from nothing. (The embedded database is a folder, removed as a whole.)
 */
export async function dropAllTables(handle: DatabaseHandle): Promise<void> {
  if (handle.kind !== 'postgresql') throw new Error('dropAllTables is for a PostgreSQL server');
  await handle.db.execute(sql.raw('DROP SCHEMA IF EXISTS drizzle CASCADE'));
  await handle.db.execute(sql.raw('DROP SCHEMA public CASCADE'));
  await handle.db.execute(sql.raw('CREATE SCHEMA public'));
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
