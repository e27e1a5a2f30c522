import { PGlite, type QueryOptions, type Transaction } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { date, integer, interval, numeric, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { drizzle } from 'drizzle-orm/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drizzleClientOf } from './pglite-client.ts';
import { pgliteTemplate } from '../../../../test/support/test-app.ts';

const sample = pgTable('sample', {
  id: integer('id').primaryKey(),
  label: text('label').notNull(),
  at: timestamp('at', { withTimezone: true, mode: 'date' }).notNull(),
  localAt: timestamp('local_at', { mode: 'string' }).notNull(),
  day: date('day').notNull(),
  span: interval('span').notNull(),
  amount: numeric('amount').notNull(),
  amounts: numeric('amounts').array().notNull(),
  days: date('days').array().notNull(),
  moments: timestamp('moments', { withTimezone: true, mode: 'string' }).array().notNull(),
  tags: text('tags').array().notNull(),
});

const CREATE_SAMPLE = `create table sample (
  id int primary key, label text not null, at timestamptz not null,
  local_at timestamp not null, day date not null, span interval not null,
  amount numeric not null, amounts numeric[] not null, days date[] not null,
  moments timestamptz[] not null, tags text[] not null)`;

const ROWS_SQL = sql`select * from sample order by id`;

describe('the embedded engine as drizzle reads it', () => {
  let pglite: PGlite;

  beforeAll(async () => {
    pglite = await PGlite.create({ loadDataDir: await pgliteTemplate() });
    await pglite.exec(CREATE_SAMPLE);
    await pglite.exec(`
      insert into sample values
        (1, 'één', '2027-03-01 11:00:00+00', '2027-03-01 12:00:00', '2027-02-28',
         '6 weeks 2 days', 1234.56, '{1.10,2.20}', '{2027-01-01,2027-12-31}',
         '{"2027-01-01 00:00:00+00"}', '{a,"b c"}'),
        (2, 'twee', '2026-10-25 00:30:00+00', '2026-10-25 02:30:00', '2026-10-25',
         '1 day', 0.01, '{}', '{}', '{}', '{}');`);
  });

  afterAll(async () => {
    await pglite?.close();
  });

  it('gives exactly the values drizzle gives with its own parsers per query', async () => {
    const own = drizzle(pglite);
    const expectedTyped = await own.select().from(sample).orderBy(sample.id);
    const expectedRaw = (await own.execute(ROWS_SQL)).rows;

    const ours = drizzle(drizzleClientOf(pglite));
    const typed = await ours.select().from(sample).orderBy(sample.id);
    const raw = (await ours.execute(ROWS_SQL)).rows;
    const inTransaction = await ours.transaction((tx) =>
      tx.select().from(sample).orderBy(sample.id),
    );

    expect(typed).toEqual(expectedTyped);
    expect(raw).toEqual(expectedRaw);
    expect(inTransaction).toEqual(expectedTyped);
    // What the values are: a Date where drizzle makes one, text where it keeps text.
    expect(typed[0]).toMatchObject({
      at: new Date('2027-03-01T11:00:00Z'),
      localAt: '2027-03-01 12:00:00',
      day: '2027-02-28',
      span: '44 days',
      amount: '1234.56',
      amounts: ['1.10', '2.20'],
      days: ['2027-01-01', '2027-12-31'],
      tags: ['a', 'b c'],
    });
    expect(raw[1]).toMatchObject({ day: '2026-10-25', local_at: '2026-10-25 02:30:00' });
  });

  it('sends no parsers with a query, in or outside a transaction', async () => {
    const seen: unknown[] = [];
    const engine = await PGlite.create({ loadDataDir: await pgliteTemplate() });
    await engine.exec(CREATE_SAMPLE);
    try {
      const client = drizzleClientOf(engine);
      type Options = QueryOptions | undefined;
      const query = engine.query.bind(engine);
      engine.query = ((text: string, params?: unknown[], options?: Options) => {
        seen.push(['query', options?.parsers]);
        return query(text, params, options);
      }) as typeof engine.query;
      const transaction = engine.transaction.bind(engine);
      engine.transaction = ((callback: (tx: Transaction) => Promise<unknown>) =>
        transaction((tx) => {
          const txQuery = tx.query.bind(tx);
          return callback({
            ...tx,
            query: ((text: string, params?: unknown[], options?: Options) => {
              seen.push(['transaction', options?.parsers]);
              return txQuery(text, params, options);
            }) as Transaction['query'],
          });
        })) as typeof engine.transaction;
      const db = drizzle(client);
      await db.execute(sql`select now() as at`);
      await db
        .select()
        .from(sample)
        .where(sql`false`);
      await db.transaction((tx) => tx.execute(sql`select current_date as day`));
      expect(seen).toEqual([
        ['query', undefined],
        ['query', undefined],
        ['transaction', undefined],
      ]);
    } finally {
      await engine.close();
    }
  });

  it('stores and reads binary data byte for byte, as PostgreSQL itself sees it', async () => {
    await pglite.exec('create table blobs (id int primary key, data bytea not null)');
    const every = Buffer.from(Array.from({ length: 256 }, (_, byte) => byte));
    const letter = Buffer.alloc(60_000, 0xa5);
    const client = drizzleClientOf(pglite);
    await client.query('insert into blobs values (1, $1), (2, $2), (3, $3)', [
      every,
      new Uint8Array(0),
      new Uint8Array(letter.buffer, 10, 20),
    ]);
    // What the database holds, read by its own functions.
    const held = await pglite.query<{ id: number; size: number; hex: string }>(
      `select id, length(data) as size, encode(data, 'hex') as hex from blobs order by id`,
    );
    expect(held.rows).toEqual([
      { id: 1, size: 256, hex: every.toString('hex') },
      { id: 2, size: 0, hex: '' },
      { id: 3, size: 20, hex: 'a5'.repeat(20) },
    ]);
    // And what a query gives back, also for bytes the database made itself.
    const read = await client.query<{ data: Uint8Array }>(
      `select data from blobs where id = 1 union all select decode('00ff10', 'hex')`,
    );
    expect(read.rows.map((row) => Buffer.from(row.data).toString('hex'))).toEqual([
      every.toString('hex'),
      '00ff10',
    ]);
    await expect(client.query('insert into blobs values (4, $1)', [[1, 2]])).rejects.toThrow(
      'A bytea value must be bytes.',
    );
  });
});
