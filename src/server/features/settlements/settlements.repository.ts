import { and, asc, desc, eq, inArray, isNotNull, isNull, max, sql } from 'drizzle-orm';
import type { DataScope } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { organisationFilter } from '../../platform/db/scope.ts';
import { afterwards } from './settlement-steps.ts';
import {
  applications,
  decisions,
  grantChanges,
  grantEvents,
  grantReports,
  grantSettlements,
  grantTerms,
  grants,
  organisations,
  provisions,
  users,
} from '../../platform/db/schema.ts';

const paidCents = sql<number>`coalesce((select sum(t.amount_cents) from grant_terms t where t.grant_id = ${grants.id} and t.paid_at is not null), 0)::bigint`;

const grantColumns = {
  grantId: grants.id,
  grantReference: grants.reference,
  applicationId: grants.applicationId,
  organisationId: grants.organisationId,
  organisationName: organisations.name,
  provisionName: provisions.name,
  category: grants.category,
  status: grants.status,
  accountabilityTier: grants.accountabilityTier,
  periodStart: grants.periodStart,
  periodEnd: grants.periodEnd,
  grantedCents: grants.grantedCents,
  paidCents: paidCents.mapWith(Number),
  content: applications.content,
  formDefinition: applications.formDefinition,
  decisionReference: decisions.reference,
};

function grantFacts(db: Queryable) {
  return db
    .select(grantColumns)
    .from(grants)
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .innerJoin(provisions, eq(provisions.id, grants.provisionId))
    .innerJoin(applications, eq(applications.id, grants.applicationId))
    .innerJoin(decisions, eq(decisions.id, grants.decisionId));
}

/** The grant as the review needs it, within the data scope; undefined when out of it. */
export async function reviewFacts(db: Queryable, scope: DataScope, grantId: string) {
  const [row] = await grantFacts(db).where(
    and(eq(grants.id, grantId), organisationFilter(grants.organisationId, scope)),
  );
  return row;
}

/** Locks the grant for settling it: a payment run and a schedule change take the same lock. */
export async function lockGrantForSettlement(db: Queryable, grantId: string) {
  const [row] = await grantFacts(db).where(eq(grants.id, grantId)).for('update', { of: grants });
  return row;
}

export async function settlementOf(db: Queryable, grantId: string) {
  const [row] = await db
    .select({
      id: grantSettlements.id,
      status: grantSettlements.status,
      settledCents: grantSettlements.settledCents,
      reasons: grantSettlements.reasons,
      proposedAt: grantSettlements.proposedAt,
      proposedByName: users.name,
      paidCents: grantSettlements.paidCents,
      outcomeKind: grantSettlements.outcomeKind,
      outcomeCents: grantSettlements.outcomeCents,
      reference: grantSettlements.reference,
      documentId: grantSettlements.documentId,
      html: grantSettlements.html,
      issuedAt: grantSettlements.issuedAt,
      reclaimDueDay: grantSettlements.reclaimDueDay,
      reclaimPaidDay: grantSettlements.reclaimPaidDay,
    })
    .from(grantSettlements)
    .leftJoin(users, eq(users.id, grantSettlements.proposedBy))
    .where(eq(grantSettlements.grantId, grantId));
  return row;
}

/** Writes the proposal, or changes it while it is proposed; false when it was issued already. */
export async function saveProposal(
  db: Queryable,
  values: {
    grantId: string;
    settledCents: number;
    reasons: string;
    proposedBy: string | null;
    proposedAt: Date;
  },
): Promise<boolean> {
  const rows = await db
    .insert(grantSettlements)
    .values({ ...values, status: 'proposed' })
    .onConflictDoUpdate({
      target: grantSettlements.grantId,
      set: {
        settledCents: values.settledCents,
        reasons: values.reasons,
        proposedBy: values.proposedBy,
        proposedAt: values.proposedAt,
      },
      setWhere: eq(grantSettlements.status, 'proposed'),
    })
    .returning({ id: grantSettlements.id });
  return rows.length > 0;
}

export async function insertGrantEvents(db: Queryable, rows: (typeof grantEvents.$inferInsert)[]) {
  if (rows.length > 0) await db.insert(grantEvents).values(rows);
}

/** The proposed settlements, optionally only of these grants, oldest proposal first. */
export async function proposedSettlements(db: Queryable, grantIds?: readonly string[]) {
  return db
    .select({
      grantId: grants.id,
      grantReference: grants.reference,
      organisationName: organisations.name,
      grantedCents: grants.grantedCents,
      settledCents: grantSettlements.settledCents,
      paidCents: paidCents.mapWith(Number),
      proposedAt: grantSettlements.proposedAt,
      reclaimPossible: sql<boolean>`${paidCents} > ${grantSettlements.settledCents}`,
    })
    .from(grantSettlements)
    .innerJoin(grants, eq(grants.id, grantSettlements.grantId))
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .where(
      and(
        eq(grantSettlements.status, 'proposed'),
        grantIds ? inArray(grants.id, [...grantIds]) : undefined,
      ),
    )
    .orderBy(asc(grantSettlements.proposedAt), asc(grants.reference));
}

/** The grants among these with a term in a payment run that is not exported (not paid yet). */
export async function grantsWithTermInOpenRun(db: Queryable, grantIds: readonly string[]) {
  if (grantIds.length === 0) return [];
  return db
    .selectDistinct({ grantId: grantTerms.grantId, reference: grants.reference })
    .from(grantTerms)
    .innerJoin(grants, eq(grants.id, grantTerms.grantId))
    .where(
      and(
        inArray(grantTerms.grantId, [...grantIds]),
        isNotNull(grantTerms.paymentRunId),
        isNull(grantTerms.paidAt),
      ),
    );
}

/** Locks a proposed settlement for issuing; undefined when it is issued already. */
export async function lockProposed(db: Queryable, grantId: string) {
  const [row] = await db
    .select({
      id: grantSettlements.id,
      settledCents: grantSettlements.settledCents,
      reasons: grantSettlements.reasons,
    })
    .from(grantSettlements)
    .where(and(eq(grantSettlements.grantId, grantId), eq(grantSettlements.status, 'proposed')))
    .for('update');
  return row;
}

/** What the letter's address block and the reclaim's account need. */
export async function letterParties(db: Queryable, grantId: string) {
  const [row] = await db
    .select({
      organisation: organisations.name,
      street: organisations.street,
      postcode: organisations.postcode,
      city: organisations.city,
      contact: organisations.contactName,
    })
    .from(grants)
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .where(eq(grants.id, grantId));
  return row!;
}

/**
 * The advances not paid and in no run are no longer due once the grant is settled: the
 * settlement replaces them (what is left is the extra payment).
 */
export async function dropUnpaidTerms(db: Queryable, grantId: string) {
  await db
    .delete(grantTerms)
    .where(
      and(
        eq(grantTerms.grantId, grantId),
        isNull(grantTerms.paidAt),
        isNull(grantTerms.paymentRunId),
      ),
    );
}

/** Adds the extra payment as the grant's next term, due on the day given. */
export async function insertExtraPaymentTerm(
  db: Queryable,
  grantId: string,
  dueDay: string,
  amountCents: number,
): Promise<string> {
  const [last] = await db
    .select({ number: max(grantTerms.number) })
    .from(grantTerms)
    .where(eq(grantTerms.grantId, grantId));
  const [row] = await db
    .insert(grantTerms)
    .values({ grantId, number: (last?.number ?? 0) + 1, dueDay, amountCents })
    .returning({ id: grantTerms.id });
  return row!.id;
}

export async function markIssued(
  db: Queryable,
  grantId: string,
  values: Pick<
    typeof grantSettlements.$inferInsert,
    | 'paidCents'
    | 'outcomeKind'
    | 'outcomeCents'
    | 'reference'
    | 'documentId'
    | 'html'
    | 'issuedAt'
    | 'issuedBy'
    | 'reclaimDueDay'
    | 'extraPaymentTermId'
  >,
) {
  await db
    .update(grantSettlements)
    .set({ ...values, status: 'issued' })
    .where(eq(grantSettlements.grantId, grantId));
}

export async function setGrantStatus(db: Queryable, grantId: string, status: string) {
  await db.update(grants).set({ status }).where(eq(grants.id, grantId));
}

/** Issued reclaims, the open ones (not paid back) or all, by due day. */
export async function reclaims(db: Queryable, show: 'open' | 'all') {
  return db
    .select({
      grantId: grants.id,
      grantReference: grants.reference,
      settlementReference: grantSettlements.reference,
      organisationName: organisations.name,
      amountCents: grantSettlements.outcomeCents,
      issuedAt: grantSettlements.issuedAt,
      reclaimDueDay: grantSettlements.reclaimDueDay,
      reclaimPaidDay: grantSettlements.reclaimPaidDay,
    })
    .from(grantSettlements)
    .innerJoin(grants, eq(grants.id, grantSettlements.grantId))
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .where(
      and(
        eq(grantSettlements.status, 'issued'),
        eq(grantSettlements.outcomeKind, 'reclaim'),
        show === 'open' ? isNull(grantSettlements.reclaimPaidDay) : undefined,
      ),
    )
    .orderBy(asc(grantSettlements.reclaimDueDay), asc(grants.reference));
}

/** Records a reclaim as paid back, once; false when there is no open reclaim on the grant. */
export async function registerReclaimPaid(
  db: Queryable,
  grantId: string,
  values: { reclaimPaidDay: string; reclaimRegisteredBy: string | null; reclaimRegisteredAt: Date },
): Promise<{ reference: string | null; amountCents: number | null } | undefined> {
  const [row] = await db
    .update(grantSettlements)
    .set(values)
    .where(
      and(
        eq(grantSettlements.grantId, grantId),
        eq(grantSettlements.status, 'issued'),
        eq(grantSettlements.outcomeKind, 'reclaim'),
        isNull(grantSettlements.reclaimPaidDay),
      ),
    )
    .returning({
      reference: grantSettlements.reference,
      amountCents: grantSettlements.outcomeCents,
    });
  return row;
}

/** For finance's home page: open reclaims, their sum, and how many are past their last day. */
export async function openReclaimFacts(db: Queryable, today: string) {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      amountCents: sql<number>`coalesce(sum(${grantSettlements.outcomeCents}), 0)::bigint`.mapWith(
        Number,
      ),
      overdue: sql<number>`count(*) filter (where ${grantSettlements.reclaimDueDay} < ${today}::date)::int`,
    })
    .from(grantSettlements)
    .where(
      and(
        eq(grantSettlements.status, 'issued'),
        eq(grantSettlements.outcomeKind, 'reclaim'),
        isNull(grantSettlements.reclaimPaidDay),
      ),
    );
  return { count: row?.count ?? 0, amountCents: row?.amountCents ?? 0, overdue: row?.overdue ?? 0 };
}

/**
 * A payment run paid these terms: the grants whose extra payment was among them are closed,
 * with the steps "nabetaling betaald" and "afgerekend" on their timeline.
 */
export async function closeGrantsWithExtraPaymentIn(
  db: Queryable,
  run: { id: string; reference: string },
  actorUserId: string | null,
  now: Date,
): Promise<number> {
  const closed = await db
    .update(grants)
    .set({ status: 'closed' })
    .where(
      inArray(
        grants.id,
        db
          .select({ id: grantSettlements.grantId })
          .from(grantSettlements)
          .innerJoin(grantTerms, eq(grantTerms.id, grantSettlements.extraPaymentTermId))
          .where(and(eq(grantTerms.paymentRunId, run.id), isNotNull(grantTerms.paidAt))),
      ),
    )
    .returning({ id: grants.id });
  await insertGrantEvents(
    db,
    closed.flatMap(({ id }) => [
      { grantId: id, kind: 'extra_payment_paid', at: now, actorUserId, detail: run.reference },
      { grantId: id, kind: 'closed', at: afterwards(now), actorUserId },
    ]),
  );
  return closed.length;
}

/** For the policy officer's home page: settlements proposed and not yet issued. */
/**
 * The grants awaiting a settlement proposal, oldest report first: the report submitted, or a
 * direct grant (no report) whose period ended before `today`; none with a settlement yet.
 */
export async function awaitingSettlement(db: Queryable, today: string) {
  return db
    .select({
      grantId: grants.id,
      grantReference: grants.reference,
      organisationName: organisations.name,
      grantedCents: grants.grantedCents,
      accountabilityTier: grants.accountabilityTier,
      reportSubmittedAt: grantReports.submittedAt,
    })
    .from(grants)
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .leftJoin(grantReports, eq(grantReports.grantId, grants.id))
    .leftJoin(grantSettlements, eq(grantSettlements.grantId, grants.id))
    .where(
      and(
        isNull(grantSettlements.id),
        sql`(${grants.status} = 'report_submitted' or (${grants.accountabilityTier} = 'direct'
          and ${grants.status} in ('granted', 'advanced') and ${grants.periodEnd} < ${today}))`,
      ),
    )
    .orderBy(asc(grantReports.submittedAt), asc(grants.reference));
}

export async function countProposedSettlements(db: Queryable): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(grantSettlements)
    .where(eq(grantSettlements.status, 'proposed'));
  return row?.n ?? 0;
}

/**
 * The amounts per budget line of the newest budget shift granted on the grant (in the order of
 * the application's lines), or null: a granted shift is the budget the settlement checks
 * against (docs/rules/grant-lifecycle.md).
 */
export async function grantedBudgetShift(db: Queryable, grantId: string): Promise<number[] | null> {
  const [row] = await db
    .select({ body: grantChanges.body })
    .from(grantChanges)
    .where(
      and(
        eq(grantChanges.grantId, grantId),
        eq(grantChanges.kind, 'budget_shift'),
        eq(grantChanges.status, 'granted'),
      ),
    )
    .orderBy(desc(grantChanges.decidedAt))
    .limit(1);
  const lines = (row?.body as { budgetLines?: unknown } | undefined)?.budgetLines;
  return Array.isArray(lines) && lines.every((c) => Number.isSafeInteger(c))
    ? (lines as number[])
    : null;
}
