/**
 * The embedded database checkpoints by itself once its write-ahead log has grown 16 MB, so
 * that a start after kill -9 replays at most that much log (PostgreSQL's single-user mode,
 * which PGlite runs, never does on its own). Nothing acknowledged is lost with it.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDirWithDemo } from '../../../../test/support/data-dir.ts';
import { CHECKPOINT_WAL_BYTES, type DatabaseHandle, openDatabase } from './database.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenredzaam-checkpoints-'));
let handle: DatabaseHandle;

beforeAll(async () => {
  // Any database will do; one made from the test template spares the initdb.
  await dataDirWithDemo(dataDir);
  handle = await openDatabase({ kind: 'pglite', dataDir });
  await handle.db.execute(sql`create table filler (id int primary key, payload text)`);
});

afterAll(async () => {
  await handle.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function walSinceCheckpoint(): Promise<number> {
  const result = await handle.db.execute<{ bytes: number }>(
    sql`select pg_wal_lsn_diff(pg_current_wal_lsn(), redo_lsn)::float8 as bytes from pg_control_checkpoint()`,
  );
  return (result as { rows: { bytes: number }[] }).rows[0]!.bytes;
}

/** Rewrites 1,000 rows of 500 characters until the log since the checkpoint is `bytes`. */
async function writeLog(bytes: number): Promise<void> {
  for (let round = 0; (await walSinceCheckpoint()) < bytes; round++) {
    await handle.db.execute(
      sql`insert into filler select g, repeat(${String(round % 10)}, 500) from generate_series(1, 1000) g
          on conflict (id) do update set payload = excluded.payload`,
    );
  }
}

describe('checkpoints of the embedded database', () => {
  it('leaves a small write-ahead log alone', async () => {
    await writeLog(1024 * 1024);
    expect(await handle.checkpointWhenDue!()).toBe(false);
    expect(await walSinceCheckpoint()).toBeGreaterThanOrEqual(1024 * 1024);
  });

  it('checkpoints once the log since the last checkpoint reaches 16 MB, keeping every row', async () => {
    expect(CHECKPOINT_WAL_BYTES).toBe(16 * 1024 * 1024);
    await writeLog(16 * 1024 * 1024);

    expect(await handle.checkpointWhenDue!()).toBe(true);

    // What a start after kill -9 would replay now: the checkpoint record, a few hundred bytes.
    expect(await walSinceCheckpoint()).toBeLessThan(64 * 1024);
    expect(await handle.checkpointWhenDue!()).toBe(false);
    const rows = await handle.db.execute<{ count: number }>(
      sql`select count(*)::int as count from filler`,
    );
    expect((rows as { rows: { count: number }[] }).rows[0]!.count).toBe(1000);
  }, 120_000);
});
