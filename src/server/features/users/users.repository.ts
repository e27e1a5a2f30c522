import { and, count, eq, inArray, ne } from 'drizzle-orm';
import type { Role } from '../../../domain/roles.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { organisationMembers, organisations, userRoles, users } from '../../platform/db/schema.ts';

export async function listUsers(db: Queryable) {
  const [rows, roles, memberships] = await Promise.all([
    db
      .select({
        id: users.id,
        email: users.email,
        name: users.name,
        active: users.active,
        createdAt: users.createdAt,
      })
      .from(users)
      .orderBy(users.name),
    db.select().from(userRoles),
    db
      .select({
        userId: organisationMembers.userId,
        id: organisations.id,
        name: organisations.name,
      })
      .from(organisationMembers)
      .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
      .orderBy(organisations.name),
  ]);
  return rows.map((user) => ({
    ...user,
    roles: roles
      .filter((r) => r.userId === user.id)
      .map((r) => r.role as Role)
      .sort(),
    organisations: memberships
      .filter((m) => m.userId === user.id)
      .map(({ id, name }) => ({ id, name })),
  }));
}

export async function findUser(db: Queryable, userId: string) {
  const all = await listUsersByIds(db, [userId]);
  return all[0];
}

async function listUsersByIds(db: Queryable, ids: string[]) {
  const rows = await db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      active: users.active,
      createdAt: users.createdAt,
    })
    .from(users)
    .where(inArray(users.id, ids));
  const roles = await db.select().from(userRoles).where(inArray(userRoles.userId, ids));
  const memberships = await db
    .select({ userId: organisationMembers.userId, id: organisations.id, name: organisations.name })
    .from(organisationMembers)
    .innerJoin(organisations, eq(organisations.id, organisationMembers.organisationId))
    .where(inArray(organisationMembers.userId, ids))
    .orderBy(organisations.name);
  return rows.map((user) => ({
    ...user,
    roles: roles
      .filter((r) => r.userId === user.id)
      .map((r) => r.role as Role)
      .sort(),
    organisations: memberships
      .filter((m) => m.userId === user.id)
      .map(({ id, name }) => ({ id, name })),
  }));
}

export async function emailInUse(db: Queryable, email: string, exceptUserId?: string) {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .where(
      exceptUserId
        ? and(eq(users.email, email), ne(users.id, exceptUserId))
        : eq(users.email, email),
    );
  return (row?.n ?? 0) > 0;
}

export async function insertUser(
  db: Queryable,
  values: { email: string; name: string; passwordHash: string },
) {
  const [row] = await db.insert(users).values(values).returning({ id: users.id });
  return row!.id;
}

export async function updateUserRow(
  db: Queryable,
  userId: string,
  values: Partial<{ name: string; active: boolean; passwordHash: string }>,
  now: Date,
) {
  await db
    .update(users)
    .set({ ...values, updatedAt: now })
    .where(eq(users.id, userId));
}

export async function replaceRoles(db: Queryable, userId: string, roles: readonly Role[]) {
  await db.delete(userRoles).where(eq(userRoles.userId, userId));
  if (roles.length > 0) await db.insert(userRoles).values(roles.map((role) => ({ userId, role })));
}

export async function replaceMemberships(
  db: Queryable,
  userId: string,
  organisationIds: readonly string[],
) {
  await db.delete(organisationMembers).where(eq(organisationMembers.userId, userId));
  if (organisationIds.length > 0) {
    await db
      .insert(organisationMembers)
      .values(organisationIds.map((organisationId) => ({ userId, organisationId })));
  }
}

/** Active administrators other than `exceptUserId`. */
export async function countOtherActiveAdmins(db: Queryable, exceptUserId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .where(and(eq(userRoles.role, 'admin'), eq(users.active, true), ne(users.id, exceptUserId)));
  return row?.n ?? 0;
}
