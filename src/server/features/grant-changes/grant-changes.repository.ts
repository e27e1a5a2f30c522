import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { DataScope } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { organisationFilter } from '../../platform/db/scope.ts';
import {
  applications,
  decisions,
  documents,
  grantChanges,
  grantTerms,
  grants,
  organisations,
  paymentRuns,
  users,
} from '../../platform/db/schema.ts';

const requester = alias(users, 'requester');

const changeColumns = {
  id: grantChanges.id,
  reference: grantChanges.reference,
  grantId: grantChanges.grantId,
  kind: grantChanges.kind,
  status: grantChanges.status,
  body: grantChanges.body,
  explanation: grantChanges.explanation,
  requestedAt: grantChanges.requestedAt,
  requestedByName: requester.name,
  ground: grantChanges.ground,
  reasons: grantChanges.reasons,
  previousCents: grantChanges.previousCents,
  newCents: grantChanges.newCents,
  excessCents: grantChanges.excessCents,
  reclaimDueDay: grantChanges.reclaimDueDay,
  decidedAt: grantChanges.decidedAt,
  documentId: grantChanges.documentId,
  html: grantChanges.html,
  grantReference: grants.reference,
  organisationName: organisations.name,
};
export type ChangeRow = Awaited<ReturnType<typeof changesOf>>[number];

function changes(db: Queryable) {
  return db
    .select(changeColumns)
    .from(grantChanges)
    .innerJoin(grants, eq(grants.id, grantChanges.grantId))
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .leftJoin(requester, eq(requester.id, grantChanges.requestedBy));
}

export async function changesOf(db: Queryable, scope: DataScope, grantId: string) {
  return changes(db)
    .where(and(eq(grantChanges.grantId, grantId), organisationFilter(grants.organisationId, scope)))
    .orderBy(asc(grantChanges.reference));
}

export async function findChange(db: Queryable, scope: DataScope, grantId: string, id: string) {
  const [row] = await changes(db).where(
    and(
      eq(grantChanges.id, id),
      eq(grantChanges.grantId, grantId),
      organisationFilter(grants.organisationId, scope),
    ),
  );
  return row;
}

export async function pendingChanges(db: Queryable) {
  return changes(db)
    .where(eq(grantChanges.status, 'pending'))
    .orderBy(asc(grantChanges.requestedAt), asc(grantChanges.reference));
}

export async function lockChange(db: Queryable, id: string) {
  const [row] = await db
    .select({ id: grantChanges.id, status: grantChanges.status })
    .from(grantChanges)
    .where(eq(grantChanges.id, id))
    .for('update');
  return row;
}

export async function insertChange(db: Queryable, values: typeof grantChanges.$inferInsert) {
  const [row] = await db.insert(grantChanges).values(values).returning({ id: grantChanges.id });
  return row!.id;
}

export async function updateChange(
  db: Queryable,
  id: string,
  values: Partial<typeof grantChanges.$inferInsert>,
) {
  await db.update(grantChanges).set(values).where(eq(grantChanges.id, id));
}

/** The grant, locked for a change; a payment run takes the same lock per term. */
export async function lockGrant(db: Queryable, scope: DataScope, id: string) {
  const [row] = await db
    .select({
      id: grants.id,
      reference: grants.reference,
      applicationId: grants.applicationId,
      organisationId: grants.organisationId,
      grantedCents: grants.grantedCents,
      periodStart: grants.periodStart,
      periodEnd: grants.periodEnd,
      status: grants.status,
    })
    .from(grants)
    .where(and(eq(grants.id, id), organisationFilter(grants.organisationId, scope)))
    .for('update', { of: grants });
  return row;
}

export async function findGrant(db: Queryable, scope: DataScope, id: string) {
  const [row] = await db
    .select({ id: grants.id, applicationId: grants.applicationId })
    .from(grants)
    .where(and(eq(grants.id, id), organisationFilter(grants.organisationId, scope)));
  return row;
}

/** The decision the grant follows now. */
export async function grantDecision(db: Queryable, grantId: string) {
  const [row] = await db
    .select({ reference: decisions.reference })
    .from(grants)
    .innerJoin(decisions, eq(decisions.id, grants.decisionId))
    .where(eq(grants.id, grantId));
  return row;
}

export async function grantOfApplication(db: Queryable, applicationId: string) {
  const [row] = await db
    .select({ id: grants.id })
    .from(grants)
    .where(eq(grants.applicationId, applicationId));
  return row;
}

export async function applicationContent(db: Queryable, applicationId: string) {
  const [row] = await db
    .select({ content: applications.content })
    .from(applications)
    .where(eq(applications.id, applicationId));
  return row?.content;
}

/** The grant's terms with whether they are paid and the state of the run they are in. */
export async function termsWithRuns(db: Queryable, grantId: string) {
  return db
    .select({
      id: grantTerms.id,
      number: grantTerms.number,
      dueDay: grantTerms.dueDay,
      amountCents: grantTerms.amountCents,
      paidAt: grantTerms.paidAt,
      runReference: paymentRuns.reference,
      runStatus: paymentRuns.status,
    })
    .from(grantTerms)
    .leftJoin(paymentRuns, eq(paymentRuns.id, grantTerms.paymentRunId))
    .where(eq(grantTerms.grantId, grantId))
    .orderBy(asc(grantTerms.number))
    .for('update', { of: grantTerms });
}

/**
 * Replaces the unpaid terms that are in no run by these, numbered after the last term that
 * stays (paid ones, and any in a run).
 */
export async function replaceFreeTerms(
  db: Queryable,
  grantId: string,
  terms: readonly { dueDay: string; amountCents: number }[],
) {
  await db
    .delete(grantTerms)
    .where(
      and(
        eq(grantTerms.grantId, grantId),
        isNull(grantTerms.paidAt),
        isNull(grantTerms.paymentRunId),
      ),
    );
  const kept = await db
    .select({ number: grantTerms.number })
    .from(grantTerms)
    .where(eq(grantTerms.grantId, grantId))
    .orderBy(desc(grantTerms.number))
    .limit(1);
  const after = kept[0]?.number ?? 0;
  if (terms.length > 0)
    await db
      .insert(grantTerms)
      .values(terms.map((t, i) => ({ grantId, number: after + i + 1, ...t })));
}

export async function updateGrant(
  db: Queryable,
  id: string,
  values: Partial<
    Pick<
      typeof grants.$inferInsert,
      | 'grantedCents'
      | 'status'
      | 'periodStart'
      | 'periodEnd'
      | 'reportDueDay'
      | 'decisionId'
      | 'accountabilityTier'
    >
  >,
) {
  await db.update(grants).set(values).where(eq(grants.id, id));
}

export async function findDocument(db: Queryable, id: string) {
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  return row;
}

/** How many change requests wait for a decision. */
export async function pendingCount(db: Queryable): Promise<number> {
  return (
    await db
      .select({ id: grantChanges.id })
      .from(grantChanges)
      .where(eq(grantChanges.status, 'pending'))
  ).length;
}
