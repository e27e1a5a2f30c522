import { createHash } from 'node:crypto';
import { hashToken, newToken } from '../../platform/tokens.ts';
import { normaliseEmail } from '../../../domain/email.ts';
import {
  LOGIN_THROTTLE,
  isKnownAddress,
  loginWaitSeconds,
} from '../../../domain/login-throttle.ts';
import type { Actor } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { verifyAgainstDummy, verifyPassword } from '../../platform/passwords.ts';
import * as repo from './auth.repository.ts';
import { type LoginBody, type Me, type PendingStep, pendingStepSchema } from './auth.schemas.ts';
import { stepAfterPassword } from './two-factor.steps.ts';
import type { UseCaseContext, PublicUseCaseContext } from '../../platform/use-case.ts';

const TOUCH_INTERVAL_MS = 60_000;
/** How long the audit trail keeps a failed login for an address that belongs to no account. */
export const UNKNOWN_ADDRESS_FAILURE_RETENTION_DAYS = 90;

export interface LoginResult {
  token: string;
  expiresAt: Date;
  me: Me;
}

/** The client's address as stored: hashed, so the throttle keeps no readable IP addresses. */
export function hashAddress(address: string): string {
  return createHash('sha256').update(`login-address:${address}`).digest('hex');
}

export function waitInDutch(seconds: number): string {
  if (seconds < 120) return seconds === 1 ? '1 seconde' : `${seconds} seconden`;
  return `${Math.ceil(seconds / 60)} minuten`;
}

/**
 * Counts and records an attempt before the password (or the second factor's code) is checked,
 * in one transaction that is serialised per client address and per account: parallel guesses
 * cannot slip past the throttle (docs/rules/login-throttle.md). A success clears the count.
 */
export async function countLoginAttempt(
  { db, now }: Pick<UseCaseContext, 'db' | 'now'>,
  { email, addressHash }: { email: string; addressHash: string },
): Promise<void> {
  await db.transaction(async (tx) => {
    await repo.lockLoginAttempts(tx, email, addressHash);
    const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
    const wait = loginWaitSeconds(
      {
        accountFailures: await repo.recentLoginFailures(tx, email, since),
        addressFailures: await repo.recentAddressFailures(tx, addressHash, since),
        addressKnownForAccount: isKnownAddress(
          await repo.lastSuccessFrom(tx, email, addressHash),
          now,
        ),
      },
      now,
    );
    if (wait > 0) {
      throw new AppError('TOO_MANY_ATTEMPTS', {
        message: `Te veel mislukte inlogpogingen. Probeer het over ${waitInDutch(wait)} opnieuw.`,
        details: { retryAfterSeconds: wait },
      });
    }
    await repo.insertLoginFailure(tx, email, addressHash, now);
  });
}

export async function login(
  { db, now }: Pick<PublicUseCaseContext, 'db' | 'now'>,
  { body, sessionHours, address }: { body: LoginBody; sessionHours: number; address: string },
): Promise<LoginResult> {
  const email = normaliseEmail(body.email);
  const addressHash = hashAddress(address);
  await countLoginAttempt({ db, now }, { email, addressHash });

  const user = await repo.findUserByEmail(db, email);
  const passwordOk = user
    ? await verifyPassword(user.passwordHash, body.password)
    : await verifyAgainstDummy(body.password);
  if (!user || !user.active || !passwordOk) {
    if (user) {
      await changeWithAudit(db, anonymous(user.email), async (_tx, audit) => {
        await audit({ action: 'auth.login_failed', entityType: 'user', entityId: user.id });
      });
    } else {
      // An address that belongs to no account: nothing of what was typed is kept (it may be
      // someone's name, or a password typed in the wrong field); purged after 90 days.
      await repo.auditUnknownAddressLoginFailure(db);
    }
    throw new AppError('INVALID_CREDENTIALS');
  }

  const pendingStep = await stepAfterPassword(db, user.id);
  return startSession({ db, now }, { user, sessionHours, addressHash, pendingStep });
}

/** How long a session that still lacks its second step lasts. */
export const HALF_SESSION_MINUTES = 30;

export interface SessionStart {
  user: { id: string; email: string };
  sessionHours: number;
  addressHash: string;
  /** null: a full session. */
  pendingStep: PendingStep | null;
  /** The half session this one completes (it ends now). */
  replacesTokenHash?: string;
  /** How the second step was taken, for the audit trail. */
  secondFactor?: 'totp' | 'recovery_code';
}

/**
 * A new session for a user whose password (and, for a full session, second factor) was
 * accepted. Only a session that has everything it needs starts the account's failure count
 * afresh: a half session must not let an attacker who knows the password guess codes freely.
 */
export async function startSession(
  { db, now }: Pick<UseCaseContext, 'db' | 'now'>,
  { user, ...options }: SessionStart,
): Promise<LoginResult> {
  const { pendingStep } = options;
  const token = newToken();
  const csrfToken = newToken();
  const expiresAt = new Date(
    now.getTime() + (pendingStep ? HALF_SESSION_MINUTES * 60_000 : options.sessionHours * 3600_000),
  );
  await changeWithAudit(db, anonymous(user.email), async (tx, audit) => {
    if (pendingStep !== 'two_factor') {
      await repo.clearLoginFailures(tx, user.email);
      await repo.rememberSuccessFrom(
        tx,
        user.email,
        options.addressHash,
        now,
        new Date(now.getTime() - LOGIN_THROTTLE.knownAddressDays * 86_400_000),
      );
    }
    await repo.deleteExpiredSessions(tx, user.id, now);
    if (options.replacesTokenHash) await repo.deleteSession(tx, options.replacesTokenHash);
    await repo.insertSession(tx, {
      tokenHash: hashToken(token),
      userId: user.id,
      csrfToken,
      expiresAt,
      pendingStep,
    });
    await audit(
      pendingStep
        ? {
            action: 'auth.password_accepted',
            entityType: 'user',
            entityId: user.id,
            after: { pendingStep },
          }
        : {
            action: 'auth.login',
            entityType: 'user',
            entityId: user.id,
            ...(options.secondFactor ? { after: { secondFactor: options.secondFactor } } : {}),
          },
    );
  });
  const identity = await repo.findUserIdentity(db, user.id);
  if (!identity) throw new AppError('INTERNAL');
  return { token, expiresAt, me: toMe(identity, csrfToken, pendingStep) };
}

/**
 * Deletes the failed logins for unknown addresses older than 90 days; the audit trail's
 * trigger allows exactly these deletions (docs/privacy/retention.md).
 */
export async function purgeUnknownAddressLoginFailures({
  db,
  now,
}: Pick<UseCaseContext, 'db' | 'now'>): Promise<number> {
  return repo.deleteUnknownAddressLoginFailures(
    db,
    new Date(now.getTime() - UNKNOWN_ADDRESS_FAILURE_RETENTION_DAYS * 86_400_000),
  );
}

export function anonymous(email: string): Actor {
  return { kind: 'user', userId: null, email, roles: [], organisationIds: [], provisionIds: [] };
}

export interface ResolvedSession {
  actor: Actor;
  me: Me;
  tokenHash: string;
  csrfToken: string;
  /** null for a full session. */
  pendingStep: PendingStep | null;
}

/** Finds the live session for a cookie token; an inactive user has no session. */
export async function resolveSession(
  { db, now }: Pick<UseCaseContext, 'db' | 'now'>,
  { token }: { token: string },
): Promise<ResolvedSession | null> {
  const tokenHash = hashToken(token);
  const identity = await repo.findSessionIdentity(db, tokenHash, now);
  if (!identity || !identity.active) return null;
  const session = { csrfToken: identity.csrfToken, lastSeenAt: identity.lastSeenAt };
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) {
    await repo.touchSession(db, tokenHash, now);
  }
  const actor: Actor = {
    kind: 'user',
    userId: identity.id,
    email: identity.email,
    roles: identity.roles,
    organisationIds: identity.organisations.map((o) => o.id),
    provisionIds: identity.provisionIds,
  };
  const pendingStep = pendingStepSchema.safeParse(identity.pendingStep).data ?? null;
  return {
    actor,
    me: toMe(identity, session.csrfToken, pendingStep),
    tokenHash,
    csrfToken: session.csrfToken,
    pendingStep,
  };
}

export async function logout(
  { db }: Pick<UseCaseContext, 'db'>,
  { session }: { session: ResolvedSession },
): Promise<void> {
  await changeWithAudit(db, session.actor, async (tx, audit) => {
    await repo.deleteSession(tx, session.tokenHash);
    await audit({
      action: 'auth.logout',
      entityType: 'user',
      entityId: session.actor.userId ?? '',
    });
  });
}

export interface OpenedSession {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

/**
 * Starts a session for a user whose identity another party established (an OpenID Connect
 * provider), as a password login does: a random token of which only the hash is stored, a
 * CSRF token of its own, the user's expired sessions cleared. Runs in the caller's
 * transaction, beside its audit row.
 */
export async function openSession(
  { db: tx, now }: Pick<UseCaseContext, 'db' | 'now'>,
  { userId, sessionHours }: { userId: string; sessionHours: number },
): Promise<OpenedSession> {
  const token = newToken();
  const tokenHash = hashToken(token);
  const expiresAt = new Date(now.getTime() + sessionHours * 3600_000);
  await repo.deleteExpiredSessions(tx, userId, now);
  await repo.insertSession(tx, { tokenHash, userId, csrfToken: newToken(), expiresAt });
  return { token, tokenHash, expiresAt };
}

function toMe(
  identity: NonNullable<Awaited<ReturnType<typeof repo.findUserIdentity>>>,
  csrfToken: string,
  pendingStep: PendingStep | null = null,
): Me {
  return {
    ...(pendingStep ? { pendingStep } : {}),
    id: identity.id,
    email: identity.email,
    name: identity.name,
    roles: identity.roles,
    organisations: identity.organisations,
    coordinatedProvisionIds: identity.provisionIds,
    csrfToken,
  };
}
