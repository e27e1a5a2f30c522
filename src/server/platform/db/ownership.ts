import { eq } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Database } from './database.ts';
import { provisions } from './schema.ts';

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

/** The provision that owns one row (participants, referrals), for coordinators' URL checks. */
export async function provisionOwning(
  db: Database,
  table: PgTable,
  idColumn: PgColumn,
  provisionColumn: PgColumn,
  id: string,
): Promise<string | undefined> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return undefined;
  const rows = await db
    .select({ provisionId: provisionColumn })
    .from(table)
    .where(eq(idColumn, id));
  return rows[0]?.provisionId as string | undefined;
}

/** The organisation that owns a row through its provision. */
export async function organisationOwningThroughProvision(
  db: Database,
  table: PgTable,
  idColumn: PgColumn,
  provisionColumn: PgColumn,
  id: string,
): Promise<string | undefined> {
  const provisionId = await provisionOwning(db, table, idColumn, provisionColumn, id);
  if (provisionId === undefined) return undefined;
  const rows = await db
    .select({ organisationId: provisions.organisationId })
    .from(provisions)
    .where(eq(provisions.id, provisionId));
  return rows[0]?.organisationId;
}
