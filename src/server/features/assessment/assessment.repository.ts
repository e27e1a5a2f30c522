import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import {
  applications,
  assessments,
  assessorAssignments,
  conditionChecks,
  conflictDeclarations,
  finalScores,
  organisationMembers,
  organisations,
  provisions,
  rounds,
  userRoles,
  users,
} from '../../platform/db/schema.ts';

/** Applications that were submitted in a round, on time or late (drafts and withdrawn ones are not assessed). */
export async function submittedApplications(db: Queryable, roundId: string, category?: string) {
  return db
    .select({
      id: applications.id,
      reference: applications.reference,
      category: applications.category,
      status: applications.status,
      organisationId: applications.organisationId,
      organisationName: organisations.name,
      provisionName: provisions.name,
      content: applications.content,
      formDefinition: applications.formDefinition,
      submittedAt: applications.submittedAt,
      roundName: rounds.name,
      deadlineAt: rounds.deadlineAt,
    })
    .from(applications)
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(provisions, eq(provisions.id, applications.provisionId))
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .where(
      and(
        eq(applications.roundId, roundId),
        inArray(applications.status, ['submitted', 'late']),
        category ? eq(applications.category, category) : undefined,
      ),
    )
    .orderBy(applications.category, applications.reference);
}

export async function findSubmittedApplication(db: Queryable, applicationId: string) {
  const [row] = await db
    .select({
      id: applications.id,
      roundId: applications.roundId,
      reference: applications.reference,
      category: applications.category,
      status: applications.status,
      organisationId: applications.organisationId,
      formDefinition: applications.formDefinition,
      deadlineAt: rounds.deadlineAt,
    })
    .from(applications)
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .where(
      and(eq(applications.id, applicationId), inArray(applications.status, ['submitted', 'late'])),
    );
  return row;
}

export async function activeAssessors(db: Queryable) {
  return db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'assessor')))
    .where(eq(users.active, true))
    .orderBy(users.name);
}

/**
 * Assessors who are members of an organisation (linked to it as applicant, board member and
 * the like): they are never assigned to its applications (docs/rules/conflict-of-interest.md).
 */
export async function memberAssessors(db: Queryable, organisationIds: string[]) {
  if (organisationIds.length === 0) return [];
  return db
    .select({
      assessorId: users.id,
      assessorName: users.name,
      organisationId: organisationMembers.organisationId,
    })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'assessor')))
    .where(inArray(organisationMembers.organisationId, organisationIds));
}

export async function assignmentsOf(db: Queryable, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select({
      applicationId: assessorAssignments.applicationId,
      assessorId: assessorAssignments.assessorId,
      assessorName: users.name,
    })
    .from(assessorAssignments)
    .innerJoin(users, eq(users.id, assessorAssignments.assessorId))
    .where(inArray(assessorAssignments.applicationId, applicationIds))
    .orderBy(users.name);
}

export async function replaceAssignments(
  db: Queryable,
  applicationId: string,
  assessorIds: string[],
  assignedBy: string | null,
  now: Date,
) {
  await db.delete(assessorAssignments).where(eq(assessorAssignments.applicationId, applicationId));
  if (assessorIds.length === 0) return;
  await db
    .insert(assessorAssignments)
    .values(
      assessorIds.map((assessorId) => ({ applicationId, assessorId, assignedBy, assignedAt: now })),
    );
}

export async function conflictsOf(db: Queryable, roundId: string, assessorId?: string) {
  return db
    .select({
      roundId: conflictDeclarations.roundId,
      assessorId: conflictDeclarations.assessorId,
      assessorName: users.name,
      organisationId: conflictDeclarations.organisationId,
      organisationName: organisations.name,
      reason: conflictDeclarations.reason,
      declaredAt: conflictDeclarations.declaredAt,
    })
    .from(conflictDeclarations)
    .innerJoin(users, eq(users.id, conflictDeclarations.assessorId))
    .innerJoin(organisations, eq(organisations.id, conflictDeclarations.organisationId))
    .where(
      and(
        eq(conflictDeclarations.roundId, roundId),
        assessorId ? eq(conflictDeclarations.assessorId, assessorId) : undefined,
      ),
    )
    .orderBy(users.name, organisations.name);
}

export async function hasConflict(
  db: Queryable,
  roundId: string,
  assessorId: string,
  organisationId: string,
) {
  const [row] = await db
    .select({ reason: conflictDeclarations.reason })
    .from(conflictDeclarations)
    .where(
      and(
        eq(conflictDeclarations.roundId, roundId),
        eq(conflictDeclarations.assessorId, assessorId),
        eq(conflictDeclarations.organisationId, organisationId),
      ),
    );
  return row !== undefined;
}

export async function insertConflict(
  db: Queryable,
  values: typeof conflictDeclarations.$inferInsert,
) {
  await db.insert(conflictDeclarations).values(values).onConflictDoNothing();
}

export async function assessmentsOf(db: Queryable, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select({
      applicationId: assessments.applicationId,
      assessorId: assessments.assessorId,
      assessorName: users.name,
      scores: assessments.scores,
      submittedAt: assessments.submittedAt,
    })
    .from(assessments)
    .innerJoin(users, eq(users.id, assessments.assessorId))
    .where(inArray(assessments.applicationId, applicationIds));
}

export async function upsertAssessment(
  db: Queryable,
  values: {
    applicationId: string;
    assessorId: string;
    scores: unknown;
    submittedAt: Date | null;
    now: Date;
  },
) {
  await db
    .insert(assessments)
    .values({ ...values, updatedAt: values.now })
    .onConflictDoUpdate({
      target: [assessments.applicationId, assessments.assessorId],
      set: { scores: values.scores, submittedAt: values.submittedAt, updatedAt: values.now },
      // Submitted scores are final: a save that arrives later changes nothing.
      setWhere: isNull(assessments.submittedAt),
    });
}

export async function conditionChecksOf(db: Queryable, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db
    .select()
    .from(conditionChecks)
    .where(inArray(conditionChecks.applicationId, applicationIds));
}

export async function upsertConditionCheck(
  db: Queryable,
  values: typeof conditionChecks.$inferInsert,
) {
  await db
    .insert(conditionChecks)
    .values(values)
    .onConflictDoUpdate({
      target: [conditionChecks.applicationId, conditionChecks.conditionCode],
      set: {
        met: values.met,
        reason: values.reason,
        checkedBy: values.checkedBy,
        checkedAt: values.checkedAt,
      },
    });
}

export async function finalScoresOf(db: Queryable, applicationIds: string[]) {
  if (applicationIds.length === 0) return [];
  return db.select().from(finalScores).where(inArray(finalScores.applicationId, applicationIds));
}

export async function replaceFinalScores(
  db: Queryable,
  applicationId: string,
  rows: { criterion: string; score: number; motivation: string }[],
  fixedBy: string | null,
  now: Date,
) {
  await db.delete(finalScores).where(eq(finalScores.applicationId, applicationId));
  await db
    .insert(finalScores)
    .values(rows.map((r) => ({ ...r, applicationId, fixedBy, fixedAt: now })));
}

/** The applications assigned to an assessor, leaving out those of organisations they declared an interest in. */
export async function assignedTo(db: Queryable, assessorId: string) {
  return db
    .select({
      applicationId: applications.id,
      reference: applications.reference,
      roundName: rounds.name,
      category: applications.category,
      organisationName: organisations.name,
      provisionName: provisions.name,
      submittedAt: applications.submittedAt,
    })
    .from(assessorAssignments)
    .innerJoin(applications, eq(applications.id, assessorAssignments.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(provisions, eq(provisions.id, applications.provisionId))
    .innerJoin(rounds, eq(rounds.id, applications.roundId))
    .where(
      and(
        eq(assessorAssignments.assessorId, assessorId),
        // Late, withdrawn and set-aside applications are not assessed: never in a queue.
        eq(applications.status, 'submitted'),
        sql`not exists (select 1 from ${conflictDeclarations} c where c.round_id = ${applications.roundId}
          and c.assessor_id = ${assessorId} and c.organisation_id = ${applications.organisationId})`,
      ),
    )
    .orderBy(applications.reference);
}
