import { and, count, eq, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles.ts';
import type { Queryable } from '../../platform/db/database.ts';
import {
  twoFactorCredentials,
  twoFactorRecoveryCodes,
  userRoles,
  users,
} from '../../platform/db/schema.ts';

export async function findCredential(db: Queryable, userId: string) {
  const [row] = await db
    .select()
    .from(twoFactorCredentials)
    .where(eq(twoFactorCredentials.userId, userId));
  return row;
}

export async function findUserForTwoFactor(db: Queryable, userId: string) {
  const [user] = await db
    .select({ id: users.id, email: users.email, active: users.active })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return undefined;
  return { ...user, roles: await rolesOf(db, userId) };
}

export async function rolesOf(db: Queryable, userId: string): Promise<Role[]> {
  const rows = await db
    .select({ role: userRoles.role })
    .from(userRoles)
    .where(eq(userRoles.userId, userId));
  return rows.map((r) => r.role as Role);
}

/** A new secret waiting for its first code; an enrolment already confirmed is left alone. */
export async function savePendingSecret(db: Queryable, userId: string, sealedSecret: string) {
  const saved = await db
    .insert(twoFactorCredentials)
    .values({ userId, secret: sealedSecret })
    .onConflictDoUpdate({
      target: twoFactorCredentials.userId,
      set: { secret: sealedSecret, lastUsedStep: null, createdAt: sql`now()` },
      setWhere: isNull(twoFactorCredentials.confirmedAt),
    })
    .returning({ userId: twoFactorCredentials.userId });
  return saved.length === 1;
}

export async function confirmCredential(db: Queryable, userId: string, step: number, at: Date) {
  const confirmed = await db
    .update(twoFactorCredentials)
    .set({ confirmedAt: at, lastUsedStep: step })
    .where(and(eq(twoFactorCredentials.userId, userId), isNull(twoFactorCredentials.confirmedAt)))
    .returning({ userId: twoFactorCredentials.userId });
  return confirmed.length === 1;
}

/**
 * Uses a time step: only a step after the last one used is taken, in one statement, so that
 * two requests with the same code cannot both pass.
 */
export async function claimStep(db: Queryable, userId: string, step: number) {
  const claimed = await db
    .update(twoFactorCredentials)
    .set({ lastUsedStep: step })
    .where(
      and(
        eq(twoFactorCredentials.userId, userId),
        isNotNull(twoFactorCredentials.confirmedAt),
        or(isNull(twoFactorCredentials.lastUsedStep), lt(twoFactorCredentials.lastUsedStep, step)),
      ),
    )
    .returning({ userId: twoFactorCredentials.userId });
  return claimed.length === 1;
}

/** Removes the second factor and its recovery codes; true when there was one. */
export async function deleteCredential(db: Queryable, userId: string) {
  await db.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, userId));
  const deleted = await db
    .delete(twoFactorCredentials)
    .where(eq(twoFactorCredentials.userId, userId))
    .returning({ confirmedAt: twoFactorCredentials.confirmedAt });
  return deleted.some((row) => row.confirmedAt !== null);
}

export async function replaceRecoveryCodes(db: Queryable, userId: string, codeHashes: string[]) {
  await db.delete(twoFactorRecoveryCodes).where(eq(twoFactorRecoveryCodes.userId, userId));
  await db
    .insert(twoFactorRecoveryCodes)
    .values(codeHashes.map((codeHash) => ({ userId, codeHash })));
}

export async function unusedRecoveryCodes(db: Queryable, userId: string) {
  return db
    .select({ id: twoFactorRecoveryCodes.id, codeHash: twoFactorRecoveryCodes.codeHash })
    .from(twoFactorRecoveryCodes)
    .where(and(eq(twoFactorRecoveryCodes.userId, userId), isNull(twoFactorRecoveryCodes.usedAt)));
}

/** Marks a recovery code used, unless a parallel request did so first. */
export async function claimRecoveryCode(db: Queryable, id: number, at: Date) {
  const claimed = await db
    .update(twoFactorRecoveryCodes)
    .set({ usedAt: at })
    .where(and(eq(twoFactorRecoveryCodes.id, id), isNull(twoFactorRecoveryCodes.usedAt)))
    .returning({ id: twoFactorRecoveryCodes.id });
  return claimed.length === 1;
}

export async function countUnusedRecoveryCodes(db: Queryable, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(twoFactorRecoveryCodes)
    .where(and(eq(twoFactorRecoveryCodes.userId, userId), isNull(twoFactorRecoveryCodes.usedAt)));
  return row?.n ?? 0;
}
