import { and, eq, lt } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import {
  oidcIdentities,
  oidcLoginAttempts,
  oidcSessions,
  users,
} from '../../platform/db/schema.ts';

export interface LoginAttempt {
  handleHash: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string | null;
  expiresAt: Date;
}

/** Stores a login that went to the provider, and forgets those that never came back. */
export async function insertLoginAttempt(db: Queryable, attempt: LoginAttempt, now: Date) {
  await db.delete(oidcLoginAttempts).where(lt(oidcLoginAttempts.expiresAt, now));
  await db.insert(oidcLoginAttempts).values(attempt);
}

/** Takes the login under way out (a callback can use it once); undefined when expired or gone. */
export async function takeLoginAttempt(db: Queryable, handleHash: string, now: Date) {
  const [attempt] = await db
    .delete(oidcLoginAttempts)
    .where(eq(oidcLoginAttempts.handleHash, handleHash))
    .returning();
  return attempt && attempt.expiresAt > now ? attempt : undefined;
}

/** The user linked to this account at the provider, with what a login needs to know. */
export async function findLinkedUser(db: Queryable, issuer: string, subject: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, active: users.active })
    .from(oidcIdentities)
    .innerJoin(users, eq(users.id, oidcIdentities.userId))
    .where(and(eq(oidcIdentities.issuer, issuer), eq(oidcIdentities.subject, subject)));
  return row;
}

export async function findUserByEmail(db: Queryable, email: string) {
  const [row] = await db
    .select({ id: users.id, email: users.email, active: users.active })
    .from(users)
    .where(eq(users.email, email));
  return row;
}

/** Links the account at the provider to the user; false when either is linked already. */
export async function linkIdentity(
  db: Queryable,
  identity: { issuer: string; subject: string; userId: string; at: Date },
): Promise<boolean> {
  const inserted = await db
    .insert(oidcIdentities)
    .values({
      issuer: identity.issuer,
      subject: identity.subject,
      userId: identity.userId,
      linkedAt: identity.at,
    })
    .onConflictDoNothing()
    .returning({ userId: oidcIdentities.userId });
  return inserted.length === 1;
}

export async function recordIdentityLogin(
  db: Queryable,
  issuer: string,
  subject: string,
  at: Date,
) {
  await db
    .update(oidcIdentities)
    .set({ lastLoginAt: at })
    .where(and(eq(oidcIdentities.issuer, issuer), eq(oidcIdentities.subject, subject)));
}

export async function insertOidcSession(
  db: Queryable,
  session: { sessionTokenHash: string; issuer: string; idToken: string },
) {
  await db.insert(oidcSessions).values(session);
}

/** The provider's ID token of a session that began there; undefined for a password login. */
export async function findOidcSession(db: Queryable, sessionTokenHash: string) {
  const [row] = await db
    .select({ issuer: oidcSessions.issuer, idToken: oidcSessions.idToken })
    .from(oidcSessions)
    .where(eq(oidcSessions.sessionTokenHash, sessionTokenHash));
  return row;
}
