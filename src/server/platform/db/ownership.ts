import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './database.ts';

/** The organisation that owns one row, for the access check on URL parameters. */
export async function organisationOwning(
  db: Database,
  table: PgTable,
  idColumn: PgColumn,
  organisationColumn: PgColumn,
  id: string,
): Promise<string | undefined> {
  // Ids in URLs are UUIDs (the route schema checks that after this hook): anything else owns nothing.
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const rows = await db
    .select({ organisationId: organisationColumn })
    .from(table)
    .where(eq(idColumn, id));
  return rows[0]?.organisationId as string | undefined;
}
