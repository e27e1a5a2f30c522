import type { Role } from '../../../domain/roles.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Tx } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { clearLoginFailures, deleteSessionsOfUsers } from '../auth/auth.repository.ts';
import { countExistingOrganisations } from '../organisations/organisations.repository.ts';
import * as repo from './users.repository.ts';
import type { User } from './users.schemas.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

type Row = NonNullable<Awaited<ReturnType<typeof repo.findUser>>>;

function toUser(row: Row): User {
  return { ...row, createdAt: row.createdAt.toISOString() };
}

/** What the audit trail records of a user: never the password hash. */
function auditView(row: Row) {
  return {
    email: row.email,
    name: row.name,
    active: row.active,
    roles: row.roles,
    organisationIds: row.organisations.map((o) => o.id),
  };
}

export async function listUsers({ db }: Pick<UseCaseContext, 'db'>): Promise<User[]> {
  return (await repo.listUsers(db)).map(toUser);
}

async function assertOrganisationsExist(tx: Tx, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  if ((await countExistingOrganisations(tx, unique)) !== unique.length) {
    throw new AppError('VALIDATION_FAILED', {
      message: 'Een of meer gekozen organisaties bestaan niet.',
      fields: [{ path: 'organisationIds', message: 'Kies bestaande organisaties.' }],
    });
  }
  return unique;
}

export async function createUser(
  { db, actor }: UseCaseContext,
  body: { email: string; name: string; password: string; roles: Role[]; organisationIds: string[] },
): Promise<User> {
  const passwordHash = await hashPassword(body.password);
  const created = await changeWithAudit(db, actor, async (tx, audit) => {
    if (await repo.emailInUse(tx, body.email)) {
      throw new AppError('EMAIL_TAKEN', {
        fields: [{ path: 'email', message: 'Dit e-mailadres is al in gebruik.' }],
      });
    }
    const organisationIds = await assertOrganisationsExist(tx, body.organisationIds);
    const userId = await repo.insertUser(tx, { email: body.email, name: body.name, passwordHash });
    await repo.replaceRoles(tx, userId, [...new Set(body.roles)]);
    await repo.replaceMemberships(tx, userId, organisationIds);
    const row = (await repo.findUser(tx, userId))!;
    await audit({
      action: 'user.create',
      entityType: 'user',
      entityId: userId,
      after: auditView(row),
    });
    return row;
  });
  return toUser(created);
}

export async function updateUser(
  { db, actor, now }: UseCaseContext,
  {
    userId,
    body,
  }: {
    userId: string;
    body: {
      name?: string;
      roles?: Role[];
      organisationIds?: string[];
      active?: boolean;
      password?: string;
    };
  },
): Promise<User> {
  const passwordHash = body.password === undefined ? undefined : await hashPassword(body.password);
  const updated = await changeWithAudit(db, actor, async (tx, audit) => {
    const before = await repo.findUser(tx, userId);
    if (!before) throw new AppError('NOT_FOUND');
    const losesAdmin =
      before.roles.includes('admin') &&
      before.active &&
      (body.active === false || (body.roles !== undefined && !body.roles.includes('admin')));
    if (losesAdmin && (await repo.countOtherActiveAdmins(tx, userId)) === 0)
      throw new AppError('LAST_ADMIN');

    const rowChanges: Partial<{ name: string; active: boolean; passwordHash: string }> = {};
    if (body.name !== undefined) rowChanges.name = body.name;
    if (body.active !== undefined) rowChanges.active = body.active;
    if (passwordHash !== undefined) rowChanges.passwordHash = passwordHash;
    await repo.updateUserRow(tx, userId, rowChanges, now);
    if (body.roles !== undefined) await repo.replaceRoles(tx, userId, [...new Set(body.roles)]);
    if (body.organisationIds !== undefined) {
      await repo.replaceMemberships(
        tx,
        userId,
        await assertOrganisationsExist(tx, body.organisationIds),
      );
    }
    // A new password or deactivation ends every open session of that user.
    if (passwordHash !== undefined || body.active === false)
      await deleteSessionsOfUsers(tx, [userId]);

    const after = (await repo.findUser(tx, userId))!;
    await audit({
      action: passwordHash !== undefined ? 'user.update_with_password' : 'user.update',
      entityType: 'user',
      entityId: userId,
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
  return toUser(updated);
}

/**
 * The admin lifts the login delays of an account (docs/rules/login-throttle.md): its failed
 * logins are forgotten, so its next attempt, from any address, is checked at once.
 */
export async function clearLoginThrottle(
  { db, actor }: UseCaseContext,
  { userId }: { userId: string },
): Promise<{ clearedFailures: number }> {
  return changeWithAudit(db, actor, async (tx, audit) => {
    const user = await repo.findUser(tx, userId);
    if (!user) throw new AppError('NOT_FOUND');
    const clearedFailures = await clearLoginFailures(tx, user.email);
    await audit({
      action: 'user.unlock',
      entityType: 'user',
      entityId: userId,
      after: { clearedFailures },
    });
    return { clearedFailures };
  });
}
