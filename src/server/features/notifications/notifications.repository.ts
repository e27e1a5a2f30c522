import { and, count, desc, eq, gt, inArray, isNull } from 'drizzle-orm';
import type { Queryable } from '../../platform/db/database.ts';
import {
  notifications,
  organisationMembers,
  provisionCoordinators,
  provisions,
  userRoles,
  users,
} from '../../platform/db/schema.ts';
import type { NotificationKind } from './notifications.schemas.ts';

export interface NewNotification {
  kind: NotificationKind;
  title: string;
  link: string;
}

export async function insertNotifications(
  db: Queryable,
  userIds: readonly string[],
  notification: NewNotification,
  now: Date,
) {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return;
  await db
    .insert(notifications)
    .values(unique.map((userId) => ({ userId, ...notification, createdAt: now })));
}

/** Active users with `role` among these ids (an inactive account gets no tasks). */
export async function activeUsersWithRole(db: Queryable, userIds: readonly string[], role: string) {
  if (userIds.length === 0) return [];
  const rows = await db
    .select({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, role)))
    .where(and(inArray(users.id, [...userIds]), eq(users.active, true)));
  return rows.map((r) => r.id);
}

/** The organisation's board: its active members with the applicant role. */
export async function applicantsOf(db: Queryable, organisationId: string) {
  const rows = await db
    .select({ id: users.id })
    .from(organisationMembers)
    .innerJoin(users, eq(users.id, organisationMembers.userId))
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'applicant')))
    .where(and(eq(organisationMembers.organisationId, organisationId), eq(users.active, true)));
  return rows.map((r) => r.id);
}

export async function provisionName(db: Queryable, id: string) {
  const [row] = await db
    .select({ id: provisions.id, name: provisions.name })
    .from(provisions)
    .where(eq(provisions.id, id));
  return row;
}

/** The provision's active coordinators. */
export async function coordinatorsOf(db: Queryable, provisionId: string) {
  const rows = await db
    .select({ id: users.id })
    .from(provisionCoordinators)
    .innerJoin(users, eq(users.id, provisionCoordinators.userId))
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'coordinator')))
    .where(and(eq(provisionCoordinators.provisionId, provisionId), eq(users.active, true)));
  return rows.map((r) => r.id);
}

export function listFor(db: Queryable, userId: string, limit: number) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function unreadCount(db: Queryable, userId: string): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return row?.n ?? 0;
}

/** Marks one of the user's own notifications read; another user's is not found. */
export async function markRead(db: Queryable, userId: string, id: string, now: Date) {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.id, id), eq(notifications.userId, userId)))
    .returning({ id: notifications.id, readAt: notifications.readAt });
  return rows[0];
}

export async function markAllRead(db: Queryable, userId: string, now: Date) {
  const rows = await db
    .update(notifications)
    .set({ readAt: now })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return rows.length;
}

export async function digestSetting(db: Queryable, userId: string) {
  const [row] = await db
    .select({ digest: users.notificationDigest })
    .from(users)
    .where(eq(users.id, userId));
  return row?.digest ?? true;
}

export async function setDigest(db: Queryable, userId: string, digest: boolean, now: Date) {
  await db
    .update(users)
    .set({ notificationDigest: digest, updatedAt: now })
    .where(eq(users.id, userId));
}

/** Unread notifications since `since` not e-mailed yet, of active users who want the digest. */
export function undigested(db: Queryable, since: Date) {
  return db
    .select({
      id: notifications.id,
      userId: notifications.userId,
      email: users.email,
      title: notifications.title,
      link: notifications.link,
      createdAt: notifications.createdAt,
    })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .where(
      and(
        isNull(notifications.readAt),
        isNull(notifications.digestedAt),
        gt(notifications.createdAt, since),
        eq(users.active, true),
        eq(users.notificationDigest, true),
      ),
    )
    .orderBy(notifications.userId, notifications.createdAt);
}

/** Claims the notifications for this digest: of two runs at once, only one mails them. */
export async function claimForDigest(db: Queryable, ids: readonly string[], now: Date) {
  if (ids.length === 0) return [];
  return db
    .update(notifications)
    .set({ digestedAt: now })
    .where(and(inArray(notifications.id, [...ids]), isNull(notifications.digestedAt)))
    .returning({ id: notifications.id });
}
