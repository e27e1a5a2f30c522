import { and, eq, gt, inArray, lt, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles.ts';
import type { Queryable } from '../../platform/db/database.ts';
import {
  auditEvents,
  loginFailures,
  loginKnownAddresses,
  organisationMembers,
  organisations,
  provisionCoordinators,
  sessions,
  userRoles,
  users,
} from '../../platform/db/schema.ts';

export async function findUserByEmail(db: Queryable, email: string) {
  const [user] = await db.select().from(users).where(eq(users.email, email));
  return user;
}

export async function findUserIdentity(db: Queryable, userId: string) {
  const [user] = await db
    .select({ id: users.id, email: users.email, name: users.name, active: users.active })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return undefined;
  const roles = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, userId));
  const orgs = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(eq(organisationMembers.userId, userId))
    .orderBy(organisations.name);
  const coordinated = await db
    .select({ provisionId: provisionCoordinators.provisionId })
    .from(provisionCoordinators)
    .where(eq(provisionCoordinators.userId, userId));
  return {
    ...user,
    roles: roles.map((r) => r.role as Role).sort(),
    organisations: orgs,
    provisionIds: coordinated.map((c) => c.provisionId),
  };
}

/**
 * A live session with its user, roles and organisations in one query: this runs on every
 * request, so it must cost one round trip, not four. The query is the database function
 * session_identity (db/migrations/0035_session_identity.sql): PostgreSQL keeps a function's
 * plan for the connection, where the same query sent as text is parsed and planned anew on
 * every request (on the embedded engine 1.1-1.4 ms a request as text, 0.5-0.7 ms now).
 */
export async function findSessionIdentity(db: Queryable, tokenHash: string, now: Date) {
  const [row] = await sessionIdentityQuery(db).execute({ tokenHash, now });
  return row;
}

// Built once per database handle: building the SQL costs more than running it.
const preparedSessionQueries = new WeakMap<object, ReturnType<typeof buildSessionIdentityQuery>>();

function sessionIdentityQuery(db: Queryable) {
  let query = preparedSessionQueries.get(db);
  if (!query) {
    query = buildSessionIdentityQuery(db);
    preparedSessionQueries.set(db, query);
  }
  return query;
}

function buildSessionIdentityQuery(db: Queryable) {
  return db
    .select({
      csrfToken: sql<string>`identity.csrf_token`,
      lastSeenAt: sql`identity.last_seen_at`.mapWith(sessions.lastSeenAt),
      pendingStep: sql<string | null>`identity.pending_step`,
      id: sql<string>`identity.id`,
      email: sql<string>`identity.email`,
      name: sql<string>`identity.name`,
      active: sql<boolean>`identity.active`,
      roles: sql<Role[]>`identity.roles`,
      organisations: sql<{ id: string; name: string }[]>`identity.organisations`,
      provisionIds: sql<string[]>`identity.provision_ids`,
    })
    .from(
      sql`session_identity(${sql.placeholder('tokenHash')}, ${sql.placeholder('now')}) as identity`,
    )
    .prepare('session_identity');
}

export async function recentLoginFailures(db: Queryable, email: string, since: Date) {
  const rows = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.email, email), gt(loginFailures.at, since)));
  return rows.map((r) => r.at);
}

export async function recentAddressFailures(db: Queryable, addressHash: string, since: Date) {
  const rows = await db
    .select({ at: loginFailures.at })
    .from(loginFailures)
    .where(and(eq(loginFailures.addressHash, addressHash), gt(loginFailures.at, since)));
  return rows.map((r) => r.at);
}

export async function lastSuccessFrom(db: Queryable, email: string, addressHash: string) {
  const [row] = await db
    .select({ at: loginKnownAddresses.lastSuccessAt })
    .from(loginKnownAddresses)
    .where(
      and(eq(loginKnownAddresses.email, email), eq(loginKnownAddresses.addressHash, addressHash)),
    );
  return row?.at;
}

/** Records the address of a successful login and forgets the account's stale ones. */
export async function rememberSuccessFrom(
  db: Queryable,
  email: string,
  addressHash: string,
  at: Date,
  knownSince: Date,
) {
  await db
    .delete(loginKnownAddresses)
    .where(
      and(eq(loginKnownAddresses.email, email), lt(loginKnownAddresses.lastSuccessAt, knownSince)),
    );
  await db
    .insert(loginKnownAddresses)
    .values({ email, addressHash, lastSuccessAt: at })
    .onConflictDoUpdate({
      target: [loginKnownAddresses.email, loginKnownAddresses.addressHash],
      set: { lastSuccessAt: at },
    });
}

/**
 * Serialises login attempts for one address and one account until the end of the
 * transaction (always in this order, so two attempts never wait for each other in a circle).
 */
export async function lockLoginAttempts(db: Queryable, email: string, addressHash: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`address:${addressHash}`}))`);
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${email}))`);
}

export async function insertLoginFailure(
  db: Queryable,
  email: string,
  addressHash: string,
  at: Date,
) {
  await db.insert(loginFailures).values({ email, addressHash, at });
}

/** A successful login, or the admin, starts the account's count afresh. */
export async function clearLoginFailures(db: Queryable, email: string) {
  const removed = await db
    .delete(loginFailures)
    .where(eq(loginFailures.email, email))
    .returning({ id: loginFailures.id });
  return removed.length;
}

export async function deleteExpiredSessions(db: Queryable, userId: string, now: Date) {
  await db.delete(sessions).where(and(eq(sessions.userId, userId), lt(sessions.expiresAt, now)));
}

export async function insertSession(
  db: Queryable,
  session: {
    tokenHash: string;
    userId: string;
    csrfToken: string;
    expiresAt: Date;
    /** Absent or null: a full session. */
    pendingStep?: string | null;
  },
) {
  await db.insert(sessions).values(session);
}

export async function touchSession(db: Queryable, tokenHash: string, now: Date) {
  await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSession(db: Queryable, tokenHash: string) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUsers(db: Queryable, userIds: string[]) {
  if (userIds.length === 0) return;
  await db.delete(sessions).where(inArray(sessions.userId, userIds));
}

/** The entity of a failed login for an address that belongs to no account. */
export const UNKNOWN_ADDRESS = 'unknown-address';

/** A failed login for an address without an account: no address, no typed text. */
export async function auditUnknownAddressLoginFailure(db: Queryable): Promise<void> {
  await db.insert(auditEvents).values({
    actorUserId: null,
    actorEmail: null,
    action: 'auth.login_failed',
    entityType: 'login',
    entityId: UNKNOWN_ADDRESS,
  });
}

/**
 * Failed logins whose entity is no user id (today's rows, and older rows that kept the
 * address as typed), older than the cut-off.
 */
export async function deleteUnknownAddressLoginFailures(db: Queryable, before: Date) {
  const deleted = await db
    .delete(auditEvents)
    .where(
      and(
        eq(auditEvents.action, 'auth.login_failed'),
        sql`${auditEvents.actorUserId} is null`,
        sql`${auditEvents.entityId} !~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`,
        lt(auditEvents.at, before),
      ),
    )
    .returning({ id: auditEvents.id });
  return deleted.length;
}
