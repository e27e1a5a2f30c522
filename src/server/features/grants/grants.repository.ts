import { and, asc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DataScope } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { organisationFilter } from '../../platform/db/scope.ts';
import {
  applications,
  decisions,
  grantEvents,
  grantTerms,
  grants,
  organisations,
  paymentRuns,
  provisions,
  rounds,
  sifInitiatives,
  users,
} from '../../platform/db/schema.ts';

/** The outcomes whose decision grants an amount. */
const GRANTING = ['granted', 'partially_granted'];

/** What a grant needs from each of these decisions that grants an amount. */
export async function grantingDecisionFacts(db: Queryable, decisionIds: readonly string[]) {
  if (decisionIds.length === 0) return [];
  return db
    .select({
      decisionId: decisions.id,
      applicationId: decisions.applicationId,
      grantedCents: decisions.grantedCents,
      organisationId: applications.organisationId,
      provisionId: applications.provisionId,
      roundId: applications.roundId,
      category: applications.category,
      // A fund initiative runs over its own period, not the rolling round's.
      periodStart: sql<string>`coalesce(${sifInitiatives.content}->>'periodStart', ${rounds.periodStart}::text)`,
      periodEnd: sql<string>`coalesce(${sifInitiatives.content}->>'periodEnd', ${rounds.periodEnd}::text)`,
      year: sql<number>`case when ${rounds.rolling} then extract(year from ${decisions.generatedAt} at time zone 'Europe/Amsterdam')::int else ${rounds.year} end`.mapWith(
        Number,
      ),
    })
    .from(decisions)
    .innerJoin(applications, eq(applications.id, decisions.applicationId))
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .leftJoin(sifInitiatives, eq(sifInitiatives.applicationId, applications.id))
    .where(
      and(
        inArray(decisions.id, [...decisionIds]),
        inArray(decisions.outcome, GRANTING),
        sql`${decisions.grantedCents} > 0`,
      ),
    );
}

/** Inserts a grant unless the application has one; null when it had. */
export async function insertGrantOnce(
  db: Queryable,
  values: typeof grants.$inferInsert,
): Promise<string | null> {
  const rows = await db
    .insert(grants)
    .values(values)
    .onConflictDoNothing({ target: grants.applicationId })
    .returning({ id: grants.id });
  return rows[0]?.id ?? null;
}

export async function insertTerms(db: Queryable, rows: (typeof grantTerms.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(grantTerms).values(rows);
}

export async function insertGrantEvents(db: Queryable, rows: (typeof grantEvents.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(grantEvents).values(rows);
}

const paidCents = sql<number>`coalesce((select sum(t.amount_cents) from grant_terms t where t.grant_id = ${grants.id} and t.paid_at is not null), 0)::bigint`;

const summaryColumns = {
  id: grants.id,
  reference: grants.reference,
  applicationId: grants.applicationId,
  organisationName: organisations.name,
  provisionName: provisions.name,
  roundId: grants.roundId,
  roundName: rounds.name,
  category: grants.category,
  periodStart: grants.periodStart,
  periodEnd: grants.periodEnd,
  grantedCents: grants.grantedCents,
  paidCents: paidCents.mapWith(Number),
  status: grants.status,
};

function summaries(db: Queryable) {
  return db
    .select(summaryColumns)
    .from(grants)
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .innerJoin(provisions, eq(provisions.id, grants.provisionId))
    .innerJoin(rounds, eq(rounds.id, grants.roundId));
}

export async function listGrants(
  db: Queryable,
  scope: DataScope,
  filter: { roundId?: string | undefined; category?: string | undefined },
) {
  return summaries(db)
    .where(
      and(
        organisationFilter(grants.organisationId, scope),
        filter.roundId ? eq(grants.roundId, filter.roundId) : undefined,
        filter.category ? eq(grants.category, filter.category) : undefined,
      ),
    )
    .orderBy(asc(rounds.year), asc(grants.category), asc(grants.reference));
}

export async function findGrant(db: Queryable, scope: DataScope, id: string) {
  const [row] = await db
    .select({
      ...summaryColumns,
      decisionReference: decisions.reference,
      accountabilityTier: grants.accountabilityTier,
      reportDueDay: grants.reportDueDay,
      scheduleKind: grants.scheduleKind,
    })
    .from(grants)
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .innerJoin(provisions, eq(provisions.id, grants.provisionId))
    .innerJoin(rounds, eq(rounds.id, grants.roundId))
    .innerJoin(decisions, eq(decisions.id, grants.decisionId))
    .where(and(eq(grants.id, id), organisationFilter(grants.organisationId, scope)));
  return row;
}

export async function termsOf(db: Queryable, grantId: string) {
  return db
    .select({
      id: grantTerms.id,
      number: grantTerms.number,
      dueDay: grantTerms.dueDay,
      amountCents: grantTerms.amountCents,
      paidAt: grantTerms.paidAt,
      paymentRunReference: paymentRuns.reference,
    })
    .from(grantTerms)
    .leftJoin(paymentRuns, eq(paymentRuns.id, grantTerms.paymentRunId))
    .where(eq(grantTerms.grantId, grantId))
    .orderBy(asc(grantTerms.number));
}

export async function eventsOf(db: Queryable, grantId: string) {
  return db
    .select({
      kind: grantEvents.kind,
      at: grantEvents.at,
      actorName: users.name,
      detail: grantEvents.detail,
    })
    .from(grantEvents)
    .leftJoin(users, eq(users.id, grantEvents.actorUserId))
    .where(eq(grantEvents.grantId, grantId))
    .orderBy(asc(grantEvents.at), asc(grantEvents.id));
}

/** Locks the grant for a change of its schedule; a payment run takes the same lock per term. */
export async function lockGrant(db: Queryable, id: string) {
  const [row] = await db
    .select({
      id: grants.id,
      grantedCents: grants.grantedCents,
      periodStart: grants.periodStart,
      periodEnd: grants.periodEnd,
      scheduleKind: grants.scheduleKind,
      status: grants.status,
    })
    .from(grants)
    .where(eq(grants.id, id))
    .for('update');
  return row;
}

/** Whether any term of the grant is paid or taken into a payment run. */
export async function hasTermInRun(db: Queryable, grantId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: grantTerms.id })
    .from(grantTerms)
    .where(and(eq(grantTerms.grantId, grantId), isNotNull(grantTerms.paymentRunId)))
    .limit(1);
  return row !== undefined;
}

export async function replaceTerms(
  db: Queryable,
  grantId: string,
  scheduleKind: string,
  terms: readonly { dueDay: string; amountCents: number }[],
) {
  await db.delete(grantTerms).where(eq(grantTerms.grantId, grantId));
  await insertTerms(
    db,
    terms.map((term, i) => ({ grantId, number: i + 1, ...term })),
  );
  await db.update(grants).set({ scheduleKind }).where(eq(grants.id, grantId));
}
