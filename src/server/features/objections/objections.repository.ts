import { desc, eq, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Queryable } from '../../platform/db/database.ts';
import {
  applications,
  decisions,
  documents,
  objections,
  organisations,
  rankings,
} from '../../platform/db/schema.ts';

const newDecisions = alias(decisions, 'new_decisions');

export async function listObjections(db: Queryable, where: SQL | undefined) {
  return db
    .select({
      id: objections.id,
      reference: objections.reference,
      applicationId: objections.applicationId,
      applicationReference: applications.reference,
      organisationName: organisations.name,
      decisionId: objections.decisionId,
      decisionReference: decisions.reference,
      decisionIssuedAt: decisions.issuedAt,
      receivedDay: objections.receivedDay,
      deadlineDay: objections.deadlineDay,
      inTime: objections.inTime,
      hearingDay: objections.hearingDay,
      hearingNotes: objections.hearingNotes,
      outcome: objections.outcome,
      reasons: objections.reasons,
      decidedAt: objections.decidedAt,
      html: objections.html,
      documentId: objections.documentId,
      newDecisionReference: newDecisions.reference,
      newRankingVersion: rankings.version,
    })
    .from(objections)
    .innerJoin(applications, eq(applications.id, objections.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(decisions, eq(decisions.id, objections.decisionId))
    .leftJoin(newDecisions, eq(newDecisions.id, objections.newDecisionId))
    .leftJoin(rankings, eq(rankings.id, objections.newRankingId))
    .where(where)
    .orderBy(desc(objections.registeredAt));
}

export type ObjectionRow = Awaited<ReturnType<typeof listObjections>>[number];

export const byId = (id: string) => eq(objections.id, id);
export const ofApplication = (applicationId: string) => eq(objections.applicationId, applicationId);

export async function lockObjection(db: Queryable, id: string) {
  await db
    .select({ id: objections.id })
    .from(objections)
    .where(eq(objections.id, id))
    .for('update');
}

export async function insertObjection(db: Queryable, values: typeof objections.$inferInsert) {
  const [row] = await db.insert(objections).values(values).returning({ id: objections.id });
  return row!.id;
}

export async function updateObjection(
  db: Queryable,
  id: string,
  values: Partial<typeof objections.$inferInsert>,
) {
  await db.update(objections).set(values).where(eq(objections.id, id));
}

export async function findDecision(db: Queryable, id: string) {
  const [row] = await db.select().from(decisions).where(eq(decisions.id, id));
  return row;
}

/** The decision in force: the newest issued one, else the newest (not yet issued) one. */
export async function decisionInForce(db: Queryable, applicationId: string) {
  const [row] = await db
    .select()
    .from(decisions)
    .where(eq(decisions.applicationId, applicationId))
    .orderBy(sql`${decisions.issuedAt} is null`, desc(decisions.generatedAt))
    .limit(1);
  return row;
}

export async function findRanking(db: Queryable, id: string) {
  const [row] = await db.select().from(rankings).where(eq(rankings.id, id));
  return row;
}

export async function findDocument(db: Queryable, id: string) {
  const [row] = await db.select().from(documents).where(eq(documents.id, id));
  return row;
}
