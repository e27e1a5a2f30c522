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
});
