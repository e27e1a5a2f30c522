/**
 * A search term is matched literally: the wildcards of LIKE (`%`, `_`) and its escape
 * character (`\`) in what a person types find only themselves. Runs on the test database
 * (PGlite, or PostgreSQL with TEST_DATABASE_URL).
 */
import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../test/support/test-app.ts';
import type { Database } from './database.ts';
import { containsText, escapeLike, startsWithText } from './like.ts';

const TEXTS = [
  '50% korting',
  '500 euro',
  'huis_kamer',
  'huiskamer',
  'huisXkamer',
  'map\\bestand',
  'mapbestand',
];

let db: Database;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({
    handle: { db },
    drop,
  } = await openTestDatabase());
});
afterAll(async () => drop());

async function matching(condition: (column: SQL) => SQL): Promise<string[]> {
  const values = sql.join(
    TEXTS.map((text) => sql`(${text}::text)`),
    sql`, `,
  );
  const result = await db.execute<{ v: string }>(
    sql`select v from (values ${values}) as t(v) where ${condition(sql`v`)} order by v`,
  );
  return (result as { rows: { v: string }[] }).rows.map((row) => row.v);
}

describe('searching text', () => {
  it('escapes %, _ and \\ with a backslash', () => {
    expect(escapeLike('50%_a\\b')).toBe('50\\%\\_a\\\\b');
  });

  it('finds a percent sign only where there is one', async () => {
    expect(await matching((v) => containsText(v, '50%'))).toEqual(['50% korting']);
  });

  it('finds an underscore only where there is one', async () => {
    expect(await matching((v) => containsText(v, 'huis_kamer'))).toEqual(['huis_kamer']);
  });

  it('finds a backslash only where there is one', async () => {
    expect(await matching((v) => containsText(v, 'map\\bestand'))).toEqual(['map\\bestand']);
  });

  it('ignores the case of letters', async () => {
    expect(await matching((v) => containsText(v, 'HUISKAMER'))).toEqual(['huiskamer']);
  });

  it('matches the start literally for a prefix search', async () => {
    expect(await matching((v) => startsWithText(v, 'huis_'))).toEqual(['huis_kamer']);
    expect(await matching((v) => startsWithText(v, 'korting'))).toEqual([]);
  });
});
