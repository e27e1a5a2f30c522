import { and, asc, desc, eq, or, sql, type SQL } from 'drizzle-orm';
import type { Actor, DataScope } from '../../platform/access.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { containsText } from '../../platform/db/like.ts';
import {
  auditEvents,
  districts,
  neighbourhoods,
  organisations,
  participantConsents,
  participants,
  provisions,
  referrals,
  users,
} from '../../platform/db/schema.ts';
import { provisionFilter } from '../../platform/db/scope.ts';
import type { FinderQuery, ReferralListQuery } from './referrals.schemas.ts';

/** The district of a buurt, as a subquery (no rows for an unknown buurt: nothing matches). */
const districtOf = (code: string) =>
  sql`(select n.district_code from neighbourhoods n where n.code = ${code})`;

/** Provisions a social worker can refer to, filtered; the searched buurt first. */
export async function findProvisions(db: Queryable, query: FinderQuery) {
  const district = query.districtCode
    ? sql`${query.districtCode}`
    : query.neighbourhoodCode
      ? districtOf(query.neighbourhoodCode)
      : undefined;
  const conditions: (SQL | undefined)[] = [
    district ? sql`${neighbourhoods.districtCode} = ${district}` : undefined,
    query.category ? eq(provisions.category, query.category) : undefined,
    // Open in that day part on any day of the week.
    query.dayPart
      ? sql`exists (select 1 from jsonb_each(${provisions.openingDayParts}) as opening(weekday, parts)
          where opening.parts @> jsonb_build_array(${query.dayPart}::text))`
      : undefined,
    query.targetGroup
      ? sql`${provisions.targetGroups} @> jsonb_build_array(${query.targetGroup}::text)`
      : undefined,
    query.q
      ? or(containsText(provisions.name, query.q), containsText(organisations.name, query.q))
      : undefined,
    query.provisionId ? eq(provisions.id, query.provisionId) : undefined,
  ];
  const order: SQL[] = query.neighbourhoodCode
    ? [
        sql`case when ${provisions.neighbourhoodCode} = ${query.neighbourhoodCode} then 0 else 1 end`,
      ]
    : [];
  return db
    .select({
      id: provisions.id,
      name: provisions.name,
      organisationName: organisations.name,
      category: provisions.category,
      street: provisions.street,
      postcode: provisions.postcode,
      neighbourhoodCode: provisions.neighbourhoodCode,
      neighbourhoodName: neighbourhoods.name,
      districtName: districts.name,
      openingDayParts: provisions.openingDayParts,
      targetGroups: provisions.targetGroups,
      accessibility: provisions.accessibility,
    })
    .from(provisions)
    .innerJoin(organisations, eq(organisations.id, provisions.organisationId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.code, provisions.neighbourhoodCode))
    .leftJoin(districts, eq(districts.code, neighbourhoods.districtCode))
    .where(and(...conditions))
    .orderBy(...order, asc(provisions.name));
}

/** Every target group any provision names, in alphabetical order. */
export async function allTargetGroups(db: Queryable): Promise<string[]> {
  const rows = await db
    .selectDistinct({ group: sql<string>`jsonb_array_elements_text(${provisions.targetGroups})` })
    .from(provisions)
    .orderBy(sql`1`);
  return rows.map((row) => row.group);
}

export async function provisionExists(db: Queryable, id: string): Promise<boolean> {
  const [row] = await db
    .select({ id: provisions.id })
    .from(provisions)
    .where(eq(provisions.id, id));
  return row !== undefined;
}

export async function neighbourhoodExists(db: Queryable, code: string): Promise<boolean> {
  const [row] = await db
    .select({ code: neighbourhoods.code })
    .from(neighbourhoods)
    .where(eq(neighbourhoods.code, code));
  return row !== undefined;
}

export type ReferralInsert = Omit<typeof referrals.$inferInsert, 'id'>;

export async function insertReferral(db: Queryable, values: ReferralInsert): Promise<string> {
  const [row] = await db.insert(referrals).values(values).returning({ id: referrals.id });
  return row!.id;
}

/**
 * Who sees which referrals: a social worker the ones they made; an organisation or a
 * coordinator the ones to their provisions.
 */
function referralScope(scope: DataScope): SQL | undefined {
  return scope.kind === 'assigned'
    ? eq(referrals.referredBy, scope.userId)
    : provisionFilter(referrals.provisionId, scope);
}

function referralQuery(db: Queryable) {
  return db
    .select({
      id: referrals.id,
      provisionId: referrals.provisionId,
      provisionName: provisions.name,
      organisationName: organisations.name,
      route: referrals.route,
      residentName: referrals.residentName,
      residentContact: referrals.residentContact,
      birthYear: referrals.birthYear,
      neighbourhoodCode: referrals.neighbourhoodCode,
      neighbourhoodName: neighbourhoods.name,
      note: referrals.note,
      consentGivenOn: referrals.consentGivenOn,
      consentMethod: referrals.consentMethod,
      status: referrals.status,
      declineReason: referrals.declineReason,
      decidedAt: referrals.decidedAt,
      participantId: referrals.participantId,
      referredBy: referrals.referredBy,
      referredByName: users.name,
      createdAt: referrals.createdAt,
    })
    .from(referrals)
    .innerJoin(provisions, eq(provisions.id, referrals.provisionId))
    .innerJoin(organisations, eq(organisations.id, provisions.organisationId))
    .leftJoin(neighbourhoods, eq(neighbourhoods.code, referrals.neighbourhoodCode))
    .leftJoin(users, eq(users.id, referrals.referredBy));
}
export type ReferralRow = Awaited<ReturnType<typeof referralQuery>>[number];

/** The referrals in scope: the ones still to be judged first, then the newest first. */
export async function listReferrals(db: Queryable, scope: DataScope, query: ReferralListQuery) {
  return referralQuery(db)
    .where(
      and(
        referralScope(scope),
        query.status ? eq(referrals.status, query.status) : undefined,
        query.provisionId ? eq(referrals.provisionId, query.provisionId) : undefined,
      ),
    )
    .orderBy(
      sql`case when ${referrals.status} = 'pending' then 0 else 1 end`,
      desc(referrals.createdAt),
    );
}

export async function findReferral(
  db: Queryable,
  scope: DataScope,
  id: string,
): Promise<ReferralRow | undefined> {
  const [row] = await referralQuery(db).where(and(eq(referrals.id, id), referralScope(scope)));
  return row;
}

/** The referral row itself, locked until the transaction ends, if the scope covers it. */
export async function lockReferral(db: Queryable, scope: DataScope, id: string) {
  const [row] = await db
    .select()
    .from(referrals)
    .where(and(eq(referrals.id, id), referralScope(scope)))
    .for('update');
  return row;
}

export async function updateReferral(
  db: Queryable,
  id: string,
  values: Partial<typeof referrals.$inferInsert>,
): Promise<void> {
  await db.update(referrals).set(values).where(eq(referrals.id, id));
}

/**
 * Referrals that led to no participation and are not erased yet, declined or referred more
 * than `months` months before `today`: a generous selection for the retention job, which
 * checks the exact day with the domain rule.
 */
export async function unfinishedMonthsAgo(db: Queryable, today: string, months: number) {
  const before = (moment: SQL) =>
    sql`${moment} < (${today}::date - make_interval(months => ${months}::int))::timestamptz`;
  return db
    .select({
      id: referrals.id,
      status: referrals.status,
      createdAt: referrals.createdAt,
      decidedAt: referrals.decidedAt,
    })
    .from(referrals)
    .where(
      and(
        sql`${referrals.erasedAt} IS NULL`,
        or(
          and(eq(referrals.status, 'declined'), before(sql`${referrals.decidedAt}`)),
          and(eq(referrals.status, 'pending'), before(sql`${referrals.createdAt}`)),
        ),
      ),
    );
}

/**
 * What a referral says about the resident, cleared when it is erased: with the participant it
 * became, or at the end of the retention period.
 */
export const ERASED_RESIDENT_DETAILS = {
  residentName: null,
  residentContact: null,
  birthYear: null,
  note: null,
} as const;

/**
 * Clears the resident's details and the reason of a decline; a referral nobody decided is
 * closed as expired, so it can no longer be accepted. Only if it still is what the retention
 * job selected (not decided meanwhile). Returns the referral's status after, or null.
 */
export async function eraseUnfinishedReferral(
  db: Queryable,
  id: string,
  status: 'pending' | 'declined',
  now: Date,
): Promise<string | null> {
  const [erased] = await db
    .update(referrals)
    .set({
      ...ERASED_RESIDENT_DETAILS,
      declineReason: null,
      erasedAt: now,
      status: status === 'pending' ? 'expired' : 'declined',
    })
    .where(
      and(eq(referrals.id, id), eq(referrals.status, status), sql`${referrals.erasedAt} IS NULL`),
    )
    .returning({ status: referrals.status });
  return erased?.status ?? null;
}

export async function insertParticipant(
  db: Queryable,
  values: Omit<typeof participants.$inferInsert, 'id'>,
): Promise<string> {
  const [row] = await db.insert(participants).values(values).returning({ id: participants.id });
  return row!.id;
}

export async function insertConsent(
  db: Queryable,
  values: Omit<typeof participantConsents.$inferInsert, 'id'>,
): Promise<void> {
  await db.insert(participantConsents).values(values);
}

/**
 * A list of referrals was read: one log row naming the referrals (their ids only), because
 * they hold a resident's name and contact details.
 */
export async function logReferralsRead(
  db: Queryable,
  actor: Actor,
  referralIds: readonly string[],
): Promise<void> {
  if (referralIds.length === 0) return;
  await db.insert(auditEvents).values({
    actorUserId: actor.userId,
    actorEmail: actor.email,
    action: 'referral.read',
    entityType: 'referral',
    entityId: referralIds.length === 1 ? referralIds[0]! : 'list',
    after: { referralIds },
  });
}
