/**
 * Grants ready to be settled, for the settlement tests and benchmark: copies of the demo's
 * grant of Trefpunt (SB-2025-0002), each with its own application and decision, the report
 * submitted and the settlement proposed. Written straight into the database.
 */
import { eq, sql } from 'drizzle-orm';
import type { Queryable } from '../../src/server/platform/db/database.ts';
import { grantSettlements, grants } from '../../src/server/platform/db/schema.ts';

/**
 * A function that copies a row of one of `tables` with new values for some columns (every
 * other column as it was). The tables' columns are read once, in one question, since
 * information_schema is slow to read.
 */
async function rowCopier(db: Queryable, tables: string[]) {
  const result = await db.execute<{ table_name: string; column_name: string }>(
    sql`select table_name, column_name from information_schema.columns
        where table_name = any(${sql.param(tables)}::text[]) order by table_name, ordinal_position`,
  );
  const columnsOf = new Map<string, string[]>();
  for (const { table_name: table, column_name: column } of (
    result as { rows: { table_name: string; column_name: string }[] }
  ).rows) {
    columnsOf.set(table, [...(columnsOf.get(table) ?? []), column]);
  }
  return (table: string, id: string, values: Record<string, string>) =>
    copyRow(db, table, columnsOf.get(table)!, id, values);
}

async function copyRow(
  db: Queryable,
  table: string,
  columns: string[],
  id: string,
  values: Record<string, string>,
): Promise<void> {
  const list = sql.join(
    columns.map((c) => sql.identifier(c)),
    sql`, `,
  );
  const picked = sql.join(
    columns.map((c) => (c in values ? sql`${values[c]}` : sql.identifier(c))),
    sql`, `,
  );
  await db.execute(
    sql`insert into ${sql.identifier(table)} (${list}) select ${picked} from ${sql.identifier(table)} where id = ${id}::uuid`,
  );
}

/**
 * `count` grants of € 14,000.00 with a proposed settlement. Without advances the settlement is
 * the full grant (an extra payment of all of it); with them (Trefpunt's eleven paid terms of
 * € 1,166.66), every other grant settles € 12,000.00 (a reclaim of € 833.26) and the rest the
 * full grant (an extra payment of € 1,166.74).
 */
export async function seedProposedSettlements(
  db: Queryable,
  count: number,
  { withAdvances }: { withAdvances: boolean },
): Promise<string[]> {
  const [trefpunt] = await db
    .select({ id: grants.id, applicationId: grants.applicationId, decisionId: grants.decisionId })
    .from(grants)
    .where(eq(grants.reference, 'SB-2025-0002'));
  const grantIds: string[] = [];
  const copy = await rowCopier(db, ['applications', 'decisions', 'grants']);
  for (let i = 1; i <= count; i++) {
    const applicationId = crypto.randomUUID();
    const decisionId = crypto.randomUUID();
    const grantId = crypto.randomUUID();
    await copy('applications', trefpunt!.applicationId, {
      id: applicationId,
      reference: `AV-1999-${i}`,
    });
    await copy('decisions', trefpunt!.decisionId, {
      id: decisionId,
      application_id: applicationId,
      reference: `BS-1999-${i}`,
    });
    await copy('grants', trefpunt!.id, {
      id: grantId,
      application_id: applicationId,
      decision_id: decisionId,
      reference: `SB-1999-${String(i).padStart(4, '0')}`,
      status: 'report_submitted',
    });
    if (withAdvances)
      await db.execute(sql`
        insert into grant_terms (grant_id, number, due_day, amount_cents, payment_run_id, paid_at)
        select ${grantId}::uuid, number, due_day, amount_cents, payment_run_id, paid_at
        from grant_terms where grant_id = ${trefpunt!.id}::uuid and paid_at is not null`);
    const reclaim = withAdvances && i % 2 === 0;
    await db.insert(grantSettlements).values({
      grantId,
      status: 'proposed',
      settledCents: reclaim ? 1_200_000 : 1_400_000,
      reasons: reclaim ? 'De huiskamer was in juli en augustus gesloten.' : '',
      proposedAt: new Date(),
    });
    grantIds.push(grantId);
  }
  return grantIds;
}
