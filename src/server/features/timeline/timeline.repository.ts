import { and, asc, eq, min } from 'drizzle-orm';
import type { DataScope } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import {
  applications,
  assessorAssignments,
  completionRequests,
  decisions,
  objections,
  rankings,
} from '../../platform/db/schema.ts';
import { applicationScope } from '../applications/applications.repository.ts';

/** The application, if the scope may see it (another organisation's is absent). */
export async function findApplication(db: Queryable, scope: DataScope, applicationId: string) {
  const [row] = await db
    .select({
      id: applications.id,
      roundId: applications.roundId,
      category: applications.category,
      reference: applications.reference,
      status: applications.status,
      submittedAt: applications.submittedAt,
      withdrawnAt: applications.withdrawnAt,
    })
    .from(applications)
    .where(and(eq(applications.id, applicationId), applicationScope(scope)));
  return row;
}

export async function firstAssignmentAt(db: Queryable, applicationId: string) {
  const [row] = await db
    .select({ at: min(assessorAssignments.assignedAt) })
    .from(assessorAssignments)
    .where(eq(assessorAssignments.applicationId, applicationId));
  return row?.at ?? null;
}

/** The fixed rankings of the application's category, oldest version first. */
export async function rankingsOf(db: Queryable, roundId: string, category: string) {
  return db
    .select({ output: rankings.output, fixedAt: rankings.fixedAt })
    .from(rankings)
    .where(and(eq(rankings.roundId, roundId), eq(rankings.category, category)))
    .orderBy(asc(rankings.version));
}

export async function decisionsOf(db: Queryable, applicationId: string) {
  return db
    .select({
      id: decisions.id,
      outcome: decisions.outcome,
      replacesDecisionId: decisions.replacesDecisionId,
      generatedAt: decisions.generatedAt,
      issuedAt: decisions.issuedAt,
    })
    .from(decisions)
    .where(eq(decisions.applicationId, applicationId))
    .orderBy(asc(decisions.generatedAt));
}

export async function completionRequestsOf(db: Queryable, applicationId: string) {
  return db
    .select({
      requestedDay: completionRequests.requestedDay,
      dueDay: completionRequests.dueDay,
      answeredAt: completionRequests.answeredAt,
    })
    .from(completionRequests)
    .where(eq(completionRequests.applicationId, applicationId))
    .orderBy(asc(completionRequests.requestedAt));
}

export async function objectionsOf(db: Queryable, applicationId: string) {
  return db
    .select({
      reference: objections.reference,
      receivedDay: objections.receivedDay,
      outcome: objections.outcome,
      decidedAt: objections.decidedAt,
    })
    .from(objections)
    .where(eq(objections.applicationId, applicationId))
    .orderBy(asc(objections.receivedDay));
}
