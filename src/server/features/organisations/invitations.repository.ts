import { and, eq, gt, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import {
  organisationInvitations,
  organisationMembers,
  userRoles,
  users,
} from '../../platform/db/schema.ts';

export type InvitationRow = typeof organisationInvitations.$inferSelect;

export async function insertInvitation(
  db: Queryable,
  values: typeof organisationInvitations.$inferInsert,
): Promise<InvitationRow> {
  const [row] = await db.insert(organisationInvitations).values(values).returning();
  return row!;
}

export async function invitationsOf(db: Queryable, organisationId: string) {
  return db
    .select()
    .from(organisationInvitations)
    .where(eq(organisationInvitations.organisationId, organisationId))
    .orderBy(organisationInvitations.createdAt);
}

/** The invitation with this token hash, if it is neither accepted nor expired at `now`. */
export async function findOpenInvitation(db: Queryable, tokenHash: string, now: Date) {
  const [row] = await db
    .select()
    .from(organisationInvitations)
    .where(
      and(
        eq(organisationInvitations.tokenHash, tokenHash),
        isNull(organisationInvitations.acceptedAt),
        gt(organisationInvitations.expiresAt, now),
      ),
    );
  return row;
}

export async function findUserByEmail(db: Queryable, email: string) {
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return row;
}

/** Marks the invitation accepted unless it already is; false when another accept came first. */
export async function claimInvitation(db: Queryable, id: string, now: Date): Promise<boolean> {
  const claimed = await db
    .update(organisationInvitations)
    .set({ acceptedAt: now })
    .where(and(eq(organisationInvitations.id, id), isNull(organisationInvitations.acceptedAt)))
    .returning({ id: organisationInvitations.id });
  return claimed.length > 0;
}

export async function insertUser(
  db: Queryable,
  values: { email: string; name: string; passwordHash: string },
): Promise<string> {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!.id;
}

/** Makes the user an applicant of the organisation; what they already are stays. */
export async function joinAsApplicant(db: Queryable, userId: string, organisationId: string) {
  await db.insert(userRoles).values({ userId, role: 'applicant' }).onConflictDoNothing();
  await db.insert(organisationMembers).values({ userId, organisationId }).onConflictDoNothing();
}

export async function recordAcceptedBy(db: Queryable, id: string, userId: string) {
  await db
    .update(organisationInvitations)
    .set({ acceptedBy: userId })
    .where(eq(organisationInvitations.id, id));
}
