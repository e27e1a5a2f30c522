/** The queries of the fund's rolling tender (docs/rules/sif-initiatives.md). */
import { and, asc, count, desc, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { DataScope } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { organisationFilter } from '../../platform/db/scope.ts';
import {
  applications,
  assessments,
  decisions,
  grantReports,
  grantSettlements,
  grants,
  neighbourhoods,
  organisations,
  provisions,
  referrals,
  rounds,
  sifInitiatives,
} from '../../platform/db/schema.ts';

/** The standing round that carries the initiatives' applications (migration 0029). */
export async function rollingRoundId(db: Queryable): Promise<string> {
  const [row] = await db.select({ id: rounds.id }).from(rounds).where(eq(rounds.rolling, true));
  if (!row) throw new Error('The rolling round of the Sociaal Investeringsfonds is missing.');
  return row.id;
}

export async function provisionOf(db: Queryable, provisionId: string) {
  const [row] = await db
    .select({ id: provisions.id, organisationId: provisions.organisationId })
    .from(provisions)
    .where(eq(provisions.id, provisionId));
  return row;
}

export async function neighbourhoodNames(db: Queryable, codes: readonly string[]) {
  if (codes.length === 0) return new Map<string, string>();
  const rows = await db
    .select({ code: neighbourhoods.code, name: neighbourhoods.name })
    .from(neighbourhoods)
    .where(inArray(neighbourhoods.code, [...codes]));
  return new Map(rows.map((r) => [r.code, r.name]));
}

export async function insertApplication(db: Queryable, values: typeof applications.$inferInsert) {
  const [row] = await db.insert(applications).values(values).returning({ id: applications.id });
  return row!.id;
}

export async function insertInitiative(db: Queryable, values: typeof sifInitiatives.$inferInsert) {
  await db.insert(sifInitiatives).values(values);
}

const submittedCount = sql<number>`(select count(*) from ${assessments} a where a.application_id = ${applications.id} and a.submitted_at is not null)::int`;

const summaryColumns = {
  id: applications.id,
  reference: applications.reference,
  organisationId: applications.organisationId,
  organisationName: organisations.name,
  provisionName: provisions.name,
  requestedCents: applications.requestedCents,
  content: sifInitiatives.content,
  status: sifInitiatives.status,
  receivedDay: sifInitiatives.receivedDay,
  decisionDueDay: sifInitiatives.decisionDueDay,
  lateReason: sifInitiatives.lateReason,
  refusalGround: sifInitiatives.refusalGround,
  impact: sifInitiatives.impact,
  publicDraft: sifInitiatives.publicDraft,
  publicText: sifInitiatives.publicText,
  publicApprovedAt: sifInitiatives.publicApprovedAt,
  publicWithdrawnAt: sifInitiatives.publicWithdrawnAt,
  publicWithdrawnReason: sifInitiatives.publicWithdrawnReason,
  assessmentsSubmitted: submittedCount,
  outcome: decisions.outcome,
  grantedCents: decisions.grantedCents,
  decisionReference: decisions.reference,
  decisionIssuedAt: decisions.issuedAt,
  decisionHtml: decisions.html,
};

function joined(db: Queryable) {
  return db
    .select(summaryColumns)
    .from(sifInitiatives)
    .innerJoin(applications, eq(applications.id, sifInitiatives.applicationId))
    .innerJoin(organisations, eq(organisations.id, applications.organisationId))
    .innerJoin(provisions, eq(provisions.id, applications.provisionId))
    .leftJoin(decisions, eq(decisions.id, sifInitiatives.decisionId));
}

/** The initiatives in scope: undecided ones first, the nearest term first. */
export async function listInitiatives(db: Queryable, scope: DataScope) {
  return joined(db)
    .where(organisationFilter(applications.organisationId, scope))
    .orderBy(desc(sifInitiatives.status), asc(sifInitiatives.decisionDueDay));
}

export async function findInitiative(db: Queryable, scope: DataScope, applicationId: string) {
  const [row] = await joined(db).where(
    and(
      eq(sifInitiatives.applicationId, applicationId),
      organisationFilter(applications.organisationId, scope),
    ),
  );
  return row;
}
export type InitiativeRow = NonNullable<Awaited<ReturnType<typeof findInitiative>>>;

/** Locks the initiative until the transaction ends: one assessment or decision at a time. */
export async function lockInitiative(db: Queryable, applicationId: string) {
  const [row] = await db
    .select({ status: sifInitiatives.status })
    .from(sifInitiatives)
    .where(eq(sifInitiatives.applicationId, applicationId))
    .for('update');
  return row;
}

export async function assessmentsOf(db: Queryable, applicationId: string) {
  return db
    .select({ assessorId: assessments.assessorId, scores: assessments.scores })
    .from(assessments)
    .where(and(eq(assessments.applicationId, applicationId), isNotNull(assessments.submittedAt)));
}

/** Which of these initiatives the assessor submitted a sheet for. */
export async function assessedBy(db: Queryable, assessorId: string) {
  const rows = await db
    .select({ applicationId: assessments.applicationId })
    .from(assessments)
    .innerJoin(sifInitiatives, eq(sifInitiatives.applicationId, assessments.applicationId))
    .where(and(eq(assessments.assessorId, assessorId), isNotNull(assessments.submittedAt)));
  return new Set(rows.map((r) => r.applicationId));
}

export async function insertAssessment(db: Queryable, values: typeof assessments.$inferInsert) {
  await db.insert(assessments).values(values);
}

export async function recordDecision(
  db: Queryable,
  applicationId: string,
  values: { decisionId: string; lateReason: string | null; refusalGround: string | null },
) {
  await db
    .update(sifInitiatives)
    .set({ status: 'decided', ...values })
    .where(eq(sifInitiatives.applicationId, applicationId));
}

export async function insertDecision(db: Queryable, values: typeof decisions.$inferInsert) {
  const [row] = await db.insert(decisions).values(values).returning({ id: decisions.id });
  return row!.id;
}

/** The grant made of the initiative's decision, with its accountability report's reach. */
export async function grantOf(db: Queryable, applicationId: string) {
  const [row] = await db
    .select({
      id: grants.id,
      reference: grants.reference,
      status: grants.status,
      provisionId: grants.provisionId,
      periodStart: grants.periodStart,
      periodEnd: grants.periodEnd,
      reportStatus: grantReports.status,
      reach: grantReports.reach,
    })
    .from(grants)
    .leftJoin(grantReports, eq(grantReports.grantId, grants.id))
    .where(eq(grants.applicationId, applicationId));
  return row;
}

/** Residents the social team or social services referred to the provision and it accepted. */
export async function acceptedReferrals(
  db: Queryable,
  provisionId: string,
  period: { start: string; end: string },
): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(referrals)
    .where(
      and(
        eq(referrals.provisionId, provisionId),
        eq(referrals.status, 'accepted'),
        sql`(${referrals.decidedAt} at time zone 'Europe/Amsterdam')::date between ${period.start}::date and ${period.end}::date`,
      ),
    );
  return row?.n ?? 0;
}

export async function recordImpact(
  db: Queryable,
  applicationId: string,
  values: { impact: unknown; at: Date; by: string | null },
): Promise<boolean> {
  const rows = await db
    .update(sifInitiatives)
    .set({ impact: values.impact, impactSubmittedAt: values.at, impactSubmittedBy: values.by })
    .where(
      and(eq(sifInitiatives.applicationId, applicationId), sql`${sifInitiatives.impact} is null`),
    )
    .returning({ id: sifInitiatives.applicationId });
  return rows.length === 1;
}

// The subqueries name sif_initiatives in full: on a query of one table Drizzle leaves its
// columns unqualified, which inside the subquery would mean the assessments' own column.

/** For the home pages and the list: undecided initiatives, and those whose term is near. */
export async function undecidedCounts(db: Queryable, nearingBy: string) {
  const [row] = await db
    .select({
      undecided: count(),
      nearing: sql<number>`count(*) filter (where ${sifInitiatives.decisionDueDay} <= ${nearingBy}::date)::int`,
      readyToDecide: sql<number>`count(*) filter (where (select count(*) from ${assessments} a where a.application_id = sif_initiatives.application_id and a.submitted_at is not null) >= 2)::int`,
    })
    .from(sifInitiatives)
    .where(eq(sifInitiatives.status, 'under_assessment'));
  return row ?? { undecided: 0, nearing: 0, readyToDecide: 0 };
}

/** For an assessor's home page: initiatives under assessment that still need a sheet and not theirs. */
export async function awaitingAssessor(db: Queryable, assessorId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(sifInitiatives)
    .where(
      and(
        eq(sifInitiatives.status, 'under_assessment'),
        sql`(select count(*) from ${assessments} a where a.application_id = sif_initiatives.application_id and a.submitted_at is not null) < 2`,
        sql`not exists (select 1 from ${assessments} a where a.application_id = sif_initiatives.application_id and a.assessor_id = ${assessorId})`,
      ),
    );
  return row?.n ?? 0;
}

/** Saves, approves or withdraws the public text: the columns of one initiative. */
export async function updatePublic(
  db: Queryable,
  applicationId: string,
  values: Partial<
    Pick<
      typeof sifInitiatives.$inferInsert,
      | 'publicDraft'
      | 'publicText'
      | 'publicApprovedAt'
      | 'publicApprovedBy'
      | 'publicWithdrawnAt'
      | 'publicWithdrawnBy'
      | 'publicWithdrawnReason'
    >
  >,
) {
  await db
    .update(sifInitiatives)
    .set(values)
    .where(eq(sifInitiatives.applicationId, applicationId));
}

export async function impactOfGrant(db: Queryable, grantId: string): Promise<unknown> {
  const [row] = await db
    .select({ impact: sifInitiatives.impact })
    .from(sifInitiatives)
    .innerJoin(grants, eq(grants.applicationId, sifInitiatives.applicationId))
    .where(eq(grants.id, grantId));
  return row?.impact ?? null;
}

/** Every granted or partly granted initiative with its grant and settlement (council report). */
export async function honouredInitiatives(db: Queryable) {
  return db
    .select({
      reference: applications.reference,
      content: sifInitiatives.content,
      impact: sifInitiatives.impact,
      organisationName: organisations.name,
      grantedCents: grants.grantedCents,
      settlementStatus: grantSettlements.status,
      settledCents: grantSettlements.settledCents,
    })
    .from(sifInitiatives)
    .innerJoin(applications, eq(applications.id, sifInitiatives.applicationId))
    .innerJoin(decisions, eq(decisions.id, sifInitiatives.decisionId))
    .innerJoin(grants, eq(grants.applicationId, sifInitiatives.applicationId))
    .innerJoin(organisations, eq(organisations.id, grants.organisationId))
    .leftJoin(grantSettlements, eq(grantSettlements.grantId, grants.id))
    .where(inArray(decisions.outcome, ['granted', 'partially_granted']))
    .orderBy(asc(applications.reference));
}
