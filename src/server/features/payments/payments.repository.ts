import { and, asc, desc, eq, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db/database.ts';
import {
  grantTerms,
  grants,
  municipality,
  organisations,
  paymentRuns,
  users,
} from '../../platform/db/schema.ts';

/** The municipality's name and account: the debtor of every run. */
export async function debtor(db: Queryable) {
  const [row] = await db
    .select({
      name: municipality.name,
      iban: municipality.paymentIban,
      bic: municipality.paymentBic,
    })
    .from(municipality)
    .limit(1);
  return row;
}

const selectable = (upToDay: string) =>
  and(isNull(grantTerms.paymentRunId), isNull(grantTerms.paidAt), lte(grantTerms.dueDay, upToDay));

/** Per grant, the unpaid terms due up to the day that no run holds yet, with the account. */
export async function dueTermsPerGrant(db: Queryable, upToDay: string) {
  return db
    .select({
      grantReference: grants.reference,
      organisationId: grants.organisationId,
      organisationName: organisations.name,
      iban: organisations.iban,
      terms: sql<number>`count(*)::int`,
      amountCents: sql<number>`sum(${grantTerms.amountCents})::bigint`.mapWith(Number),
    })
    .from(grantTerms)
    .innerJoin(grants, eq(grants.id, grantTerms.grantId))
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .where(selectable(upToDay))
    .groupBy(grants.reference, grants.organisationId, organisations.name, organisations.iban)
    .orderBy(asc(organisations.name), asc(grants.reference));
}

export async function insertRun(db: Queryable, values: typeof paymentRuns.$inferInsert) {
  const [row] = await db.insert(paymentRuns).values(values).returning({ id: paymentRuns.id });
  return row!.id;
}

/**
 * Takes every selectable term due up to the day into the run, except those of the excluded
 * organisations, in one statement. A term another run took in the meantime is not selectable.
 */
export async function claimDueTerms(
  db: Queryable,
  runId: string,
  upToDay: string,
  excludedOrganisationIds: readonly string[],
): Promise<number> {
  const excluded =
    excludedOrganisationIds.length > 0
      ? sql`and g.organisation_id not in (${sql.join(
          excludedOrganisationIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )})`
      : sql``;
  // Counted in the database: a run of 60,000 terms need not send 60,000 ids back.
  const result = await db.execute(sql`
    with claimed as (
      update grant_terms t set payment_run_id = ${runId}::uuid
      from grants g
      where g.id = t.grant_id and t.payment_run_id is null and t.paid_at is null
        and t.due_day <= ${upToDay}::date ${excluded}
      returning 1)
    select count(*)::int as n from claimed`);
  return Number((result as { rows: { n: number | string }[] }).rows[0]!.n);
}

const preparer = alias(users, 'preparer');
const approver = alias(users, 'approver');
const exporter = alias(users, 'exporter');

const totals = {
  count: sql<number>`(select count(*) from grant_terms t where t.payment_run_id = ${paymentRuns.id})::int`,
  totalCents:
    sql<number>`coalesce((select sum(t.amount_cents) from grant_terms t where t.payment_run_id = ${paymentRuns.id}), 0)::bigint`.mapWith(
      Number,
    ),
};

function runs(db: Queryable) {
  return db
    .select({
      id: paymentRuns.id,
      reference: paymentRuns.reference,
      upToDay: paymentRuns.upToDay,
      status: paymentRuns.status,
      ...totals,
      preparedBy: paymentRuns.preparedBy,
      preparedByName: preparer.name,
      preparedAt: paymentRuns.preparedAt,
      approvedByName: approver.name,
      approvedAt: paymentRuns.approvedAt,
      exportedByName: exporter.name,
      exportedAt: paymentRuns.exportedAt,
      executionDay: paymentRuns.executionDay,
      excluded: paymentRuns.excluded,
    })
    .from(paymentRuns)
    .innerJoin(preparer, eq(preparer.id, paymentRuns.preparedBy))
    .leftJoin(approver, eq(approver.id, paymentRuns.approvedBy))
    .leftJoin(exporter, eq(exporter.id, paymentRuns.exportedBy));
}

export async function listRuns(db: Queryable) {
  return runs(db).orderBy(desc(paymentRuns.preparedAt));
}

export async function findRun(db: Queryable, id: string) {
  const [row] = await runs(db).where(eq(paymentRuns.id, id));
  return row;
}

export interface RunPayment {
  termId: string;
  grantId: string;
  grantReference: string;
  termNumber: number;
  dueDay: string;
  organisationName: string;
  iban: string | null;
  amountCents: number;
}

/**
 * The payments of a run: one per term, with the organisation's account. The rows come back
 * as one JSON text: a run of 60,000 terms is read in half the time it takes as 60,000 rows
 * of eight values each (bench/payments.ts).
 */
export async function paymentsOf(db: Queryable, runId: string): Promise<RunPayment[]> {
  const result = await db.execute(sql`
    select coalesce(json_agg(p order by p.n), '[]')::text as payments from (
      select t.id as "termId", g.id as "grantId", g.reference as "grantReference",
        t.number as "termNumber", t.due_day as "dueDay", o.name as "organisationName",
        o.iban as "iban", t.amount_cents as "amountCents",
        row_number() over (order by o.name, g.reference, t.number) as n
      from grant_terms t
      join grants g on g.id = t.grant_id
      join organisations o on o.id = g.organisation_id
      where t.payment_run_id = ${runId}::uuid) p`);
  const [row] = (result as { rows: { payments: string }[] }).rows;
  return (JSON.parse(row!.payments) as (RunPayment & { n: number })[]).map(
    ({ n: _n, ...payment }) => payment,
  );
}

/**
 * Approves a prepared run by someone other than who prepared it, in one conditional UPDATE:
 * of two approvals at the same moment only one changes the row.
 */
export async function approveRun(db: Queryable, id: string, userId: string, now: Date) {
  const rows = await db
    .update(paymentRuns)
    .set({ status: 'approved', approvedBy: userId, approvedAt: now })
    .where(
      and(
        eq(paymentRuns.id, id),
        eq(paymentRuns.status, 'prepared'),
        ne(paymentRuns.preparedBy, userId),
      ),
    )
    .returning({ id: paymentRuns.id });
  return rows.length > 0;
}

/**
 * Cancels a run that is not exported yet and frees its terms for a later run, in one
 * transaction with the caller's audit row; false when the run is exported or cancelled.
 */
export async function cancelRun(db: Queryable, id: string) {
  const rows = await db
    .update(paymentRuns)
    .set({ status: 'cancelled' })
    .where(and(eq(paymentRuns.id, id), inArray(paymentRuns.status, ['prepared', 'approved'])))
    .returning({ id: paymentRuns.id });
  if (rows.length === 0) return false;
  await db
    .update(grantTerms)
    .set({ paymentRunId: null })
    .where(and(eq(grantTerms.paymentRunId, id), isNull(grantTerms.paidAt)));
  return true;
}

/** Claims an approved run for export; false when it is not (or no longer) approved. */
export async function claimForExport(db: Queryable, id: string, userId: string, now: Date) {
  const rows = await db
    .update(paymentRuns)
    .set({ status: 'exported', exportedBy: userId, exportedAt: now })
    .where(and(eq(paymentRuns.id, id), eq(paymentRuns.status, 'approved')))
    .returning({ id: paymentRuns.id });
  return rows.length > 0;
}

export async function storeExport(
  db: Queryable,
  id: string,
  files: { executionDay: string; sepaXml: string; ledgerCsv: string; ledgerXlsx: Buffer },
) {
  await db.update(paymentRuns).set(files).where(eq(paymentRuns.id, id));
}

/** Marks the run's terms paid, its grants advanced, and writes each grant's timeline step. */
export async function markRunPaid(
  db: Queryable,
  run: { id: string; reference: string },
  actorUserId: string | null,
  now: Date,
) {
  await db
    .update(grantTerms)
    .set({ paidAt: now })
    .where(and(eq(grantTerms.paymentRunId, run.id), isNull(grantTerms.paidAt)));
  const grantIds = db
    .selectDistinct({ id: grantTerms.grantId })
    .from(grantTerms)
    .where(eq(grantTerms.paymentRunId, run.id));
  // Only a grant that was granted becomes advanced: a later status (report submitted,
  // settled) stays as it is.
  await db
    .update(grants)
    .set({ status: 'advanced' })
    .where(and(inArray(grants.id, grantIds), eq(grants.status, 'granted')));
  // One step per grant of the run, however many of its terms the run pays; a settlement's
  // extra payment is no advance (its grant gets its own steps, settlements.repository.ts).
  await db.execute(sql`
    insert into grant_events (grant_id, kind, at, actor_user_id, detail)
    select distinct t.grant_id, 'advanced', ${now.toISOString()}::timestamptz,
      ${actorUserId}::uuid, ${run.reference}
    from grant_terms t where t.payment_run_id = ${run.id}::uuid
      and not exists (select 1 from grant_settlements s where s.extra_payment_term_id = t.id)`);
}

export async function exportedFiles(db: Queryable, id: string) {
  const [row] = await db
    .select({
      reference: paymentRuns.reference,
      status: paymentRuns.status,
      sepaXml: paymentRuns.sepaXml,
      ledgerCsv: paymentRuns.ledgerCsv,
      ledgerXlsx: paymentRuns.ledgerXlsx,
    })
    .from(paymentRuns)
    .where(eq(paymentRuns.id, id));
  return row;
}

/** For the home page: terms due up to the day and not in a run; runs awaiting another approver. */
export async function financeFacts(db: Queryable, today: string, userId: string) {
  const [due] = await db
    .select({
      terms: sql<number>`count(*)::int`,
      amountCents: sql<number>`coalesce(sum(${grantTerms.amountCents}), 0)::bigint`.mapWith(Number),
    })
    .from(grantTerms)
    .where(selectable(today));
  const awaiting = await db
    .select({ id: paymentRuns.id, reference: paymentRuns.reference })
    .from(paymentRuns)
    .where(and(eq(paymentRuns.status, 'prepared'), ne(paymentRuns.preparedBy, userId)))
    .orderBy(asc(paymentRuns.preparedAt));
  return { dueTerms: due?.terms ?? 0, dueCents: due?.amountCents ?? 0, awaiting };
}
