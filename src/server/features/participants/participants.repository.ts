/** The queries of the participant registration. Callers have checked the scope. */
import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DataScope } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import {
  attendance,
  auditEvents,
  measurements,
  neighbourhoods,
  organisationMembers,
  organisations,
  participantConsents,
  participantOutflows,
  participants,
  provisionCoordinators,
  provisions,
  questionnaireLinks,
  referrals,
  userRoles,
  users,
} from '../../platform/db/schema.ts';
import { provisionFilter } from '../../platform/db/scope.ts';
import { ERASED_RESIDENT_DETAILS } from '../referrals/referrals.repository.ts';
import {
  CONSENT_SCOPES,
  type ParticipantStatus,
} from '../../../domain/participants/registration.ts';

const notErased = isNull(participants.erasedAt);

function statusCondition(status: ParticipantStatus, today: string): SQL | undefined {
  if (status === 'active') return or(isNull(participants.endDate), gt(participants.endDate, today));
  if (status === 'left') return lte(participants.endDate, today);
  return undefined;
}

const participantColumns = {
  id: participants.id,
  provisionId: participants.provisionId,
  displayName: participants.displayName,
  birthYear: participants.birthYear,
  neighbourhoodCode: participants.neighbourhoodCode,
  neighbourhoodName: neighbourhoods.name,
  startDate: participants.startDate,
  endDate: participants.endDate,
  clientRoute: participants.clientRoute,
  referringOrganisation: participants.referringOrganisation,
  hasBsnPseudonym: sql<boolean>`${participants.bsnPseudonym} is not null`,
};
export type ParticipantListRow = Awaited<ReturnType<typeof listParticipants>>[number];

export async function listParticipants(
  db: Queryable,
  scope: DataScope,
  provisionId: string,
  status: ParticipantStatus,
  today: string,
) {
  return db
    .select(participantColumns)
    .from(participants)
    .leftJoin(neighbourhoods, eq(neighbourhoods.code, participants.neighbourhoodCode))
    .where(
      and(
        eq(participants.provisionId, provisionId),
        notErased,
        provisionFilter(participants.provisionId, scope),
        statusCondition(status, today),
      ),
    )
    .orderBy(asc(participants.displayName), asc(participants.startDate));
}

export type ParticipantRow = typeof participants.$inferSelect;

/** The provision, if the scope covers it. */
export async function findProvisionInScope(db: Queryable, scope: DataScope, provisionId: string) {
  const [row] = await db
    .select({
      id: provisions.id,
      organisationId: provisions.organisationId,
      name: provisions.name,
      category: provisions.category,
      openingDayParts: provisions.openingDayParts,
    })
    .from(provisions)
    .where(and(eq(provisions.id, provisionId), provisionFilter(provisions.id, scope)));
  return row;
}

/** The participant, if not erased and the scope covers its provision; `forUpdate` locks it. */
export async function findParticipantInScope(
  db: Queryable,
  scope: DataScope,
  participantId: string,
  forUpdate: boolean,
): Promise<ParticipantRow | undefined> {
  const query = db
    .select()
    .from(participants)
    .where(
      and(
        eq(participants.id, participantId),
        notErased,
        provisionFilter(participants.provisionId, scope),
      ),
    );
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findParticipantRow(db: Queryable, participantId: string) {
  const [row] = await db
    .select({ ...participantColumns, provisionName: provisions.name })
    .from(participants)
    .innerJoin(provisions, eq(provisions.id, participants.provisionId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.code, participants.neighbourhoodCode))
    .where(and(eq(participants.id, participantId), notErased));
  return row;
}

export async function consentsOf(db: Queryable, participantIds: readonly string[]) {
  if (participantIds.length === 0) return [];
  return db
    .select({
      id: participantConsents.id,
      participantId: participantConsents.participantId,
      scope: participantConsents.scope,
      givenOn: participantConsents.givenOn,
      method: participantConsents.method,
      recordedByName: users.name,
      recordedAt: participantConsents.recordedAt,
      withdrawnOn: participantConsents.withdrawnOn,
    })
    .from(participantConsents)
    .leftJoin(users, eq(users.id, participantConsents.recordedBy))
    .where(inArray(participantConsents.participantId, [...participantIds]))
    .orderBy(
      asc(participantConsents.givenOn),
      asc(participantConsents.recordedAt),
      // Consents recorded together are listed in the order of the scopes on the form.
      sql`array_position(array[${sql.join(
        CONSENT_SCOPES.map((scope) => sql`${scope}`),
        sql`, `,
      )}]::text[], ${participantConsents.scope})`,
    );
}

/** Per participant, what they want to talk about according to their own latest measurement. */
export async function latestOwnTalkAbout(db: Queryable, participantIds: readonly string[]) {
  if (participantIds.length === 0) return new Map<string, unknown>();
  const rows = await db
    .selectDistinctOn([measurements.participantId], {
      participantId: measurements.participantId,
      talkAbout: measurements.talkAbout,
    })
    .from(measurements)
    .where(
      and(
        inArray(measurements.participantId, [...participantIds]),
        eq(measurements.respondent, 'participant'),
      ),
    )
    .orderBy(
      measurements.participantId,
      desc(measurements.measuredOn),
      desc(measurements.createdAt),
    );
  return new Map(rows.map((r) => [r.participantId, r.talkAbout]));
}

export async function outflowsOf(db: Queryable, participantId: string) {
  return db
    .select({
      id: participantOutflows.id,
      kind: participantOutflows.kind,
      onDate: participantOutflows.onDate,
    })
    .from(participantOutflows)
    .where(eq(participantOutflows.participantId, participantId))
    .orderBy(asc(participantOutflows.onDate));
}

export type NewParticipant = Omit<
  typeof participants.$inferInsert,
  'id' | 'createdAt' | 'updatedAt' | 'erasedAt'
>;

export async function insertParticipant(db: Queryable, values: NewParticipant): Promise<string> {
  const [row] = await db.insert(participants).values(values).returning({ id: participants.id });
  return row!.id;
}

export async function updateParticipant(
  db: Queryable,
  participantId: string,
  values: Partial<NewParticipant>,
  now: Date,
) {
  await db
    .update(participants)
    .set({ ...values, updatedAt: now })
    .where(eq(participants.id, participantId));
}

export async function insertConsents(
  db: Queryable,
  rows: (typeof participantConsents.$inferInsert)[],
) {
  if (rows.length > 0) await db.insert(participantConsents).values(rows);
}

export async function withdrawConsentRow(
  db: Queryable,
  consentId: string,
  withdrawnOn: string,
  userId: string | null,
) {
  await db
    .update(participantConsents)
    .set({ withdrawnOn, withdrawnRecordedBy: userId })
    .where(eq(participantConsents.id, consentId));
}

export async function insertOutflow(
  db: Queryable,
  values: typeof participantOutflows.$inferInsert,
) {
  const [row] = await db
    .insert(participantOutflows)
    .values(values)
    .returning({ id: participantOutflows.id });
  return row!.id;
}

/** The provisions in a participant scope, with how many take part there today. */
export async function participantProvisions(db: Queryable, scope: DataScope, today: string) {
  return db
    .select({
      id: provisions.id,
      name: provisions.name,
      category: provisions.category,
      organisationName: organisations.name,
      activeParticipants: sql<number>`(
        select count(*)::int from ${participants} p
        where p.provision_id = ${provisions.id} and p.erased_at is null
          and (p.end_date is null or p.end_date > ${today}))`,
    })
    .from(provisions)
    .innerJoin(organisations, eq(organisations.id, provisions.organisationId))
    .where(provisionFilter(provisions.id, scope))
    .orderBy(asc(organisations.name), asc(provisions.name));
}

// --- Inzage ---

export async function attendanceOf(db: Queryable, participantId: string) {
  return db
    .select({ day: attendance.day, dayPart: attendance.dayPart })
    .from(attendance)
    .where(eq(attendance.participantId, participantId))
    .orderBy(asc(attendance.day), asc(attendance.dayPart));
}

export async function measurementsOf(db: Queryable, participantId: string) {
  return db
    .select()
    .from(measurements)
    .where(eq(measurements.participantId, participantId))
    .orderBy(asc(measurements.measuredOn), asc(measurements.createdAt));
}

function referralOfCondition(participantId: string, referralId: string | null) {
  return referralId
    ? or(eq(referrals.participantId, participantId), eq(referrals.id, referralId))
    : eq(referrals.participantId, participantId);
}

export async function referralOf(db: Queryable, participantId: string, referralId: string | null) {
  const [row] = await db
    .select()
    .from(referrals)
    .where(referralOfCondition(participantId, referralId))
    .orderBy(desc(referrals.createdAt))
    .limit(1);
  return row;
}

export async function referralIdOf(db: Queryable, participantId: string) {
  const [row] = await db
    .select({ referralId: participants.referralId })
    .from(participants)
    .where(eq(participants.id, participantId));
  return row?.referralId ?? null;
}

export async function auditEventsOf(db: Queryable, participantId: string) {
  return db
    .select({
      at: auditEvents.at,
      action: auditEvents.action,
      by: auditEvents.actorEmail,
      details: auditEvents.after,
    })
    .from(auditEvents)
    .where(and(eq(auditEvents.entityType, 'participant'), eq(auditEvents.entityId, participantId)))
    .orderBy(asc(auditEvents.id));
}

// --- Erasure ---

/**
 * Clears everything that says who the person was and keeps what reports count: attendance,
 * measurement scores, outflows, client route, neighbourhood, dates and consent rows.
 */
export async function eraseParticipantData(db: Queryable, participantId: string, now: Date) {
  const referralId = await referralIdOf(db, participantId);
  await db
    .update(participants)
    .set({
      displayName: null,
      birthYear: null,
      bsnPseudonym: null,
      referringOrganisation: null,
      erasedAt: now,
      updatedAt: now,
    })
    .where(eq(participants.id, participantId));
  await db
    .update(measurements)
    .set({ satisfactionRemark: null })
    .where(eq(measurements.participantId, participantId));
  await db
    .update(referrals)
    .set(ERASED_RESIDENT_DETAILS)
    .where(referralOfCondition(participantId, referralId));
  await db.delete(questionnaireLinks).where(eq(questionnaireLinks.participantId, participantId));
}

/**
 * Participants who left more than `months` months before `today` and are not erased yet: a
 * generous selection for the retention job, which checks the exact day with the domain rule.
 */
export async function leftMonthsAgo(db: Queryable, today: string, months: number) {
  return db
    .select({ id: participants.id, endDate: participants.endDate })
    .from(participants)
    .where(
      and(
        notErased,
        sql`${participants.endDate} < (${today}::date - make_interval(months => ${months}::int))::date`,
      ),
    );
}

export async function organisationName(db: Queryable, organisationId: string) {
  const [row] = await db
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, organisationId));
  return row?.name ?? '';
}

// --- Coordinators ---

export async function coordinatorCandidates(
  db: Queryable,
  provisionId: string,
  organisationId: string,
) {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      coordinates: sql<boolean>`exists (select 1 from ${provisionCoordinators} c
        where c.provision_id = ${provisionId} and c.user_id = ${users.id})`,
    })
    .from(users)
    .where(
      or(
        and(
          sql`exists (select 1 from ${organisationMembers} m
            where m.user_id = ${users.id} and m.organisation_id = ${organisationId})`,
          sql`exists (select 1 from ${userRoles} r
            where r.user_id = ${users.id} and r.role = 'coordinator')`,
        ),
        sql`exists (select 1 from ${provisionCoordinators} c
          where c.provision_id = ${provisionId} and c.user_id = ${users.id})`,
      ),
    )
    .orderBy(asc(users.name), asc(users.email));
}

/** Of these users, those who are a coordinator and a member of the organisation. */
export async function eligibleCoordinators(
  db: Queryable,
  organisationId: string,
  userIds: readonly string[],
) {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ userId: users.id })
    .from(users)
    .innerJoin(
      organisationMembers,
      and(
        eq(organisationMembers.userId, users.id),
        eq(organisationMembers.organisationId, organisationId),
      ),
    )
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'coordinator')))
    .where(inArray(users.id, [...userIds]));
  return rows.map((r) => r.userId);
}

export async function coordinatorIds(db: Queryable, provisionId: string) {
  const rows = await db
    .select({ userId: provisionCoordinators.userId })
    .from(provisionCoordinators)
    .where(eq(provisionCoordinators.provisionId, provisionId));
  return rows.map((r) => r.userId);
}

export async function replaceCoordinators(
  db: Queryable,
  provisionId: string,
  userIds: readonly string[],
) {
  await db.delete(provisionCoordinators).where(eq(provisionCoordinators.provisionId, provisionId));
  if (userIds.length > 0) {
    await db
      .insert(provisionCoordinators)
      .values(userIds.map((userId) => ({ provisionId, userId })));
  }
}
