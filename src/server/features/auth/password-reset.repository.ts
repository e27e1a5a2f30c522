import { and, eq, gt, isNull, lt, or, isNotNull, sql } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import {
  passwordResetRequests,
  passwordResetTokens,
  sessions,
  users,
} from '../../platform/db/schema.ts';

/** Serialises requests per client address and per typed address (in this order always). */
export async function lockResetRequests(db: Queryable, email: string, addressHash: string) {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`reset-address:${addressHash}`}))`);
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`reset:${email}`}))`);
}

/** Requests older than the hour they count for are of no use any more. */
export async function deleteRequestsBefore(db: Queryable, before: Date) {
  await db.delete(passwordResetRequests).where(lt(passwordResetRequests.at, before));
}

export async function requestsFor(db: Queryable, email: string, since: Date) {
  const rows = await db
    .select({ at: passwordResetRequests.at })
    .from(passwordResetRequests)
    .where(and(eq(passwordResetRequests.email, email), gt(passwordResetRequests.at, since)));
  return rows.map((r) => r.at);
}

export async function requestsFrom(db: Queryable, addressHash: string, since: Date) {
  const rows = await db
    .select({ at: passwordResetRequests.at })
    .from(passwordResetRequests)
    .where(
      and(eq(passwordResetRequests.addressHash, addressHash), gt(passwordResetRequests.at, since)),
    );
  return rows.map((r) => r.at);
}

export async function insertRequest(db: Queryable, email: string, addressHash: string, at: Date) {
  await db.insert(passwordResetRequests).values({ email, addressHash, at });
}

/** Links that can no longer be used (expired or used) are removed. */
export async function deleteSpentTokens(db: Queryable, now: Date) {
  await db
    .delete(passwordResetTokens)
    .where(or(lt(passwordResetTokens.expiresAt, now), isNotNull(passwordResetTokens.usedAt)));
}

export async function insertToken(
  db: Queryable,
  token: { userId: string; tokenHash: string; createdAt: Date; expiresAt: Date },
) {
  await db.insert(passwordResetTokens).values(token);
}

export async function findOpenToken(db: Queryable, tokenHash: string, now: Date) {
  const [row] = await db
    .select({
      id: passwordResetTokens.id,
      userId: passwordResetTokens.userId,
      email: users.email,
      active: users.active,
    })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(
      and(
        eq(passwordResetTokens.tokenHash, tokenHash),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    );
  return row;
}

/** Uses the link, unless a parallel request did so first. */
export async function claimToken(db: Queryable, id: string, now: Date) {
  const claimed = await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(
      and(
        eq(passwordResetTokens.id, id),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
      ),
    )
    .returning({ id: passwordResetTokens.id });
  return claimed.length === 1;
}

/** Every other open link of the user stops working too. */
export async function closeOpenTokens(db: Queryable, userId: string, now: Date) {
  await db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)));
}

export async function setPassword(db: Queryable, userId: string, passwordHash: string, now: Date) {
  await db.update(users).set({ passwordHash, updatedAt: now }).where(eq(users.id, userId));
}

/** Ends every session of the user; the number ended. */
export async function deleteSessionsOf(db: Queryable, userId: string) {
  const deleted = await db
    .delete(sessions)
    .where(eq(sessions.userId, userId))
    .returning({ userId: sessions.userId });
  return deleted.length;
}
