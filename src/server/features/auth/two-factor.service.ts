/**
 * Two-factor login for local accounts (docs/rules/login-security.md): enrolling an
 * authenticator app, the code after the password, recovery codes, turning it off where the
 * role allows, and the administrator's reset when a phone is lost.
 */
import {
  normaliseRecoveryCode,
  normaliseTotpCode,
  requiresTwoFactor,
} from '../../../domain/two-factor.ts';
import type { Actor } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { hashPassword, verifyPassword } from '../../platform/passwords.ts';
import { deleteSessionsOfUsers } from './auth.repository.ts';
import {
  type LoginResult,
  type ResolvedSession,
  anonymous,
  countLoginAttempt,
  hashAddress,
  startSession,
} from './auth.service.ts';
import * as repo from './two-factor.repository.ts';
import type {
  Enrolment,
  SecondFactorMethod,
  TotpCodeBody,
  TwoFactorStatus,
} from './two-factor.schemas.ts';
import { openSecret, sealSecret } from './two-factor.secret.ts';
import {
  TOTP_ISSUER,
  matchingStep,
  newRecoveryCodes,
  newTotpSecret,
  qrCodeSvg,
  totpUri,
} from './two-factor.totp.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

/**
 * A login's second step works with two moments: the context's `now` is real time (sessions
 * and the login throttle live in it), `at` the application's clock, which codes are checked
 * against: the real time in production; tests set it to the edges of a time step.
 */
export interface SecondStepInput {
  session: ResolvedSession;
  at: Date;
  /** The installation's pseudonym key, from which the secrets' sealing key is derived. */
  pseudonymKey: string | null;
  sessionHours: number;
  address: string;
}

/** A code of the app checked against the context's clock (the application's). */
export interface CodeInput {
  body: TotpCodeBody;
  /** The installation's pseudonym key, from which the secrets' sealing key is derived. */
  pseudonymKey: string | null;
}

const wrongCode = () =>
  new AppError('INVALID_TWO_FACTOR_CODE', {
    fields: [{ path: 'code', message: 'Deze code klopt niet.' }],
  });

function userIdOf(actor: Actor): string {
  if (!actor.userId) throw new AppError('UNAUTHENTICATED');
  return actor.userId;
}

async function confirmedSecret(db: Queryable, userId: string, pseudonymKey: string | null) {
  const credential = await repo.findCredential(db, userId);
  if (!credential?.confirmedAt) throw new AppError('TWO_FACTOR_NOT_ENROLLED');
  return openSecret(credential.secret, userId, pseudonymKey);
}

/** Checks a code of the app and uses up its time step: a second use is refused. */
async function useTotpCode(tx: Queryable, userId: string, secret: string, code: string, at: Date) {
  const step = matchingStep(secret, normaliseTotpCode(code), at);
  if (step === null) throw wrongCode();
  if (!(await repo.claimStep(tx, userId, step))) {
    throw new AppError('TWO_FACTOR_CODE_USED', {
      fields: [{ path: 'code', message: 'Deze code is al gebruikt; wacht op de volgende.' }],
    });
  }
}

/** The unused recovery code this is, or null. Slow on purpose (argon2), so checked outside a transaction. */
async function findRecoveryCode(db: Queryable, userId: string, typed: string) {
  const code = normaliseRecoveryCode(typed);
  for (const candidate of await repo.unusedRecoveryCodes(db, userId)) {
    if (await verifyPassword(candidate.codeHash, code)) return candidate.id;
  }
  return null;
}

/**
 * The second step of logging in. Every attempt counts toward the login throttle before the
 * code is checked, as a password attempt does; a right code completes the login with a new
 * session token (the half session ends).
 */
export async function verifySecondFactor(
  { db, now }: Pick<UseCaseContext, 'db' | 'now'>,
  {
    body,
    session,
    ...context
  }: SecondStepInput & { body: { method: SecondFactorMethod; code: string } },
): Promise<LoginResult> {
  if (session.pendingStep !== 'two_factor') {
    throw new AppError('CONFLICT', { message: 'Er wordt nu geen code gevraagd.' });
  }
  const userId = userIdOf(session.actor);
  const { email } = session.actor;
  const addressHash = hashAddress(context.address);
  await countLoginAttempt({ db, now }, { email, addressHash });
  try {
    if (body.method === 'totp') {
      const secret = await confirmedSecret(db, userId, context.pseudonymKey);
      await useTotpCode(db, userId, secret, body.code, context.at);
    } else {
      const id = await findRecoveryCode(db, userId, body.code);
      if (id === null) throw wrongCode();
      await changeWithAudit(db, session.actor, async (tx, audit) => {
        if (!(await repo.claimRecoveryCode(tx, id, context.at))) throw wrongCode();
        await audit({
          action: 'auth.two_factor_recovery_used',
          entityType: 'user',
          entityId: userId,
          after: { recoveryCodesLeft: await repo.countUnusedRecoveryCodes(tx, userId) },
        });
      });
    }
  } catch (error) {
    if (
      error instanceof AppError &&
      (error.code === 'INVALID_TWO_FACTOR_CODE' || error.code === 'TWO_FACTOR_CODE_USED')
    ) {
      await changeWithAudit(db, anonymous(email), async (_tx, audit) => {
        await audit({
          action: 'auth.login_failed',
          entityType: 'user',
          entityId: userId,
          after: { step: 'two_factor', method: body.method },
        });
      });
    }
    throw error;
  }
  return startSession(
    { db, now },
    {
      user: { id: userId, email },
      sessionHours: context.sessionHours,
      addressHash,
      pendingStep: null,
      replacesTokenHash: session.tokenHash,
      secondFactor: body.method,
    },
  );
}

/**
 * A new secret for the user's app, shown once as QR code and text. It counts only after a
 * code made from it is confirmed; starting again replaces an unconfirmed one.
 */
export async function startEnrolment(
  { db, actor }: Pick<UseCaseContext, 'db' | 'actor'>,
  { pseudonymKey }: { pseudonymKey: string | null },
): Promise<Enrolment> {
  const userId = userIdOf(actor);
  const secret = newTotpSecret();
  if (!(await repo.savePendingSecret(db, userId, sealSecret(secret, userId, pseudonymKey)))) {
    throw new AppError('TWO_FACTOR_ALREADY_ENROLLED');
  }
  const otpauthUri = totpUri(secret, actor.email);
  return {
    secret,
    otpauthUri,
    qrSvg: await qrCodeSvg(otpauthUri),
    issuer: TOTP_ISSUER,
    accountName: actor.email,
  };
}

async function hashedRecoveryCodes(): Promise<{ codes: string[]; hashes: string[] }> {
  const codes = newRecoveryCodes();
  const hashes = await Promise.all(codes.map((code) => hashPassword(normaliseRecoveryCode(code))));
  return { codes, hashes };
}

/**
 * The first code from the app confirms enrolment; the user gets ten recovery codes, shown
 * this once. A login that waited for enrolment is complete from here (with a new token).
 */
export async function confirmEnrolment(
  { db, now }: Pick<UseCaseContext, 'db' | 'now'>,
  { body, session, ...context }: SecondStepInput & { body: TotpCodeBody },
): Promise<{ recoveryCodes: string[]; login: LoginResult | null }> {
  const userId = userIdOf(session.actor);
  const credential = await repo.findCredential(db, userId);
  if (!credential) {
    throw new AppError('TWO_FACTOR_NOT_ENROLLED', {
      message: 'Er wordt geen app ingesteld. Begin opnieuw met instellen.',
    });
  }
  if (credential.confirmedAt) throw new AppError('TWO_FACTOR_ALREADY_ENROLLED');
  const secret = openSecret(credential.secret, userId, context.pseudonymKey);
  const step = matchingStep(secret, normaliseTotpCode(body.code), context.at);
  if (step === null) throw wrongCode();
  const { codes, hashes } = await hashedRecoveryCodes();
  await changeWithAudit(db, session.actor, async (tx, audit) => {
    if (!(await repo.confirmCredential(tx, userId, step, context.at))) {
      throw new AppError('TWO_FACTOR_ALREADY_ENROLLED');
    }
    await repo.replaceRecoveryCodes(tx, userId, hashes);
    await audit({
      action: 'auth.two_factor_enrol',
      entityType: 'user',
      entityId: userId,
      after: { recoveryCodes: hashes.length },
    });
  });
  const login =
    session.pendingStep === 'two_factor_enrolment'
      ? await startSession(
          { db, now },
          {
            user: { id: userId, email: session.actor.email },
            sessionHours: context.sessionHours,
            addressHash: hashAddress(context.address),
            pendingStep: null,
            replacesTokenHash: session.tokenHash,
            secondFactor: 'totp',
          },
        )
      : null;
  return { recoveryCodes: codes, login };
}

async function statusOf(
  db: Queryable,
  userId: string,
  required: boolean,
): Promise<TwoFactorStatus> {
  const credential = await repo.findCredential(db, userId);
  const enrolledAt = credential?.confirmedAt ?? null;
  return {
    enrolled: enrolledAt !== null,
    required,
    enrolledAt: enrolledAt?.toISOString() ?? null,
    recoveryCodesLeft: enrolledAt ? await repo.countUnusedRecoveryCodes(db, userId) : 0,
  };
}

export async function ownStatus({
  db,
  actor,
}: Pick<UseCaseContext, 'db' | 'actor'>): Promise<TwoFactorStatus> {
  return statusOf(db, userIdOf(actor), requiresTwoFactor(actor.roles));
}

/** Turning the second factor off, with a current code; not for a role that requires it. */
export async function disableOwn(
  { db, actor, now }: Pick<UseCaseContext, 'db' | 'actor' | 'now'>,
  { body, pseudonymKey }: CodeInput,
): Promise<TwoFactorStatus> {
  const userId = userIdOf(actor);
  if (requiresTwoFactor(actor.roles)) throw new AppError('TWO_FACTOR_MANDATORY');
  const secret = await confirmedSecret(db, userId, pseudonymKey);
  await changeWithAudit(db, actor, async (tx, audit) => {
    await useTotpCode(tx, userId, secret, body.code, now);
    await repo.deleteCredential(tx, userId);
    await audit({ action: 'auth.two_factor_disable', entityType: 'user', entityId: userId });
  });
  return ownStatus({ db, actor });
}

/** Ten new recovery codes (the old ones stop working), with a current code of the app. */
export async function renewRecoveryCodes(
  { db, actor, now }: Pick<UseCaseContext, 'db' | 'actor' | 'now'>,
  { body, pseudonymKey }: CodeInput,
): Promise<{ recoveryCodes: string[] }> {
  const userId = userIdOf(actor);
  const secret = await confirmedSecret(db, userId, pseudonymKey);
  const { codes, hashes } = await hashedRecoveryCodes();
  await changeWithAudit(db, actor, async (tx, audit) => {
    await useTotpCode(tx, userId, secret, body.code, now);
    await repo.replaceRecoveryCodes(tx, userId, hashes);
    await audit({
      action: 'auth.two_factor_recovery_codes_renew',
      entityType: 'user',
      entityId: userId,
      after: { recoveryCodes: hashes.length },
    });
  });
  return { recoveryCodes: codes };
}

export async function userStatus(
  { db }: Pick<UseCaseContext, 'db'>,
  { userId }: { userId: string },
): Promise<TwoFactorStatus> {
  const user = await repo.findUserForTwoFactor(db, userId);
  if (!user) throw new AppError('NOT_FOUND');
  return statusOf(db, userId, requiresTwoFactor(user.roles));
}

/**
 * The administrator removes a user's second factor (a lost phone). The user's sessions end;
 * at the next login a role that requires a second factor enrols anew before anything else.
 */
export async function resetForUser(
  { db, actor: admin }: Pick<UseCaseContext, 'db' | 'actor'>,
  { userId }: { userId: string },
): Promise<TwoFactorStatus> {
  await changeWithAudit(db, admin, async (tx, audit) => {
    const user = await repo.findUserForTwoFactor(tx, userId);
    if (!user) throw new AppError('NOT_FOUND');
    if (!(await repo.findCredential(tx, userId))) throw new AppError('TWO_FACTOR_NOT_ENROLLED');
    const wasEnrolled = await repo.deleteCredential(tx, userId);
    await deleteSessionsOfUsers(tx, [userId]);
    await audit({
      action: 'user.two_factor_reset',
      entityType: 'user',
      entityId: userId,
      before: { enrolled: wasEnrolled },
      after: { enrolled: false, sessionsEnded: true },
    });
  });
  return userStatus({ db }, { userId });
}
