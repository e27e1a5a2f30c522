/**
 * "Wachtwoord vergeten?" (docs/rules/login-security.md). Whoever asks gets the same answer,
 * whether the address has an account or not; an active local account gets an e-mail with a
 * link that works once, for 60 minutes. Only the SHA-256 of the link's random token is
 * stored. Choosing the new password ends all sessions of the account and leaves the second
 * factor as it is: the next login still asks for the code.
 */
import { hashToken, newToken } from '../../platform/tokens.ts';
import { formatAmsterdamMoment } from '../../../domain/dates.ts';
import { normaliseEmail } from '../../../domain/email.ts';
import { LOGIN_THROTTLE } from '../../../domain/login-throttle.ts';
import {
  PASSWORD_RESET,
  resetLinkExpiry,
  resetRequestWaitSeconds,
} from '../../../domain/password-reset.ts';
import type { Actor } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import { AppError } from '../../platform/errors.ts';
import { type MailSettings, queueMail } from '../../platform/mail.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { findUserByEmail } from './auth.repository.ts';
import { anonymous, hashAddress, waitInDutch } from './auth.service.ts';
import * as repo from './password-reset.repository.ts';
import type { PasswordResetBody, PasswordResetRequestBody } from './password-reset.schemas.ts';
import type { PublicUseCaseContext } from '../../platform/use-case.ts';

/** The web app's page of the link; its token is kept out of logs (platform/logging.ts). */
export const RESET_PAGE_PATH = '/wachtwoord-herstellen/';

/** An account that logs in here with a password, rather than elsewhere. */
function isLocalAccount(user: { passwordHash: string | null }): boolean {
  return typeof user.passwordHash === 'string' && user.passwordHash !== '';
}

export async function requestPasswordReset(
  { db, now }: Pick<PublicUseCaseContext, 'db' | 'now'>,
  {
    body,
    ...options
  }: { body: PasswordResetRequestBody; address: string; publicUrl: string; mail: MailSettings },
): Promise<void> {
  const email = normaliseEmail(body.email);
  const addressHash = hashAddress(options.address);
  // Counted before anything is looked up, per typed address and per client address, for
  // known and unknown addresses alike: a refusal says nothing about the account.
  await db.transaction(async (tx) => {
    await repo.lockResetRequests(tx, email, addressHash);
    const since = new Date(now.getTime() - LOGIN_THROTTLE.windowMs);
    await repo.deleteRequestsBefore(tx, since);
    const wait = resetRequestWaitSeconds(
      {
        accountRequests: await repo.requestsFor(tx, email, since),
        addressRequests: await repo.requestsFrom(tx, addressHash, since),
      },
      now,
    );
    if (wait > 0) {
      throw new AppError('TOO_MANY_ATTEMPTS', {
        message: `Er is kort geleden al een paar keer een link aangevraagd. Probeer het over ${waitInDutch(wait)} opnieuw.`,
        details: { retryAfterSeconds: wait },
      });
    }
    await repo.insertRequest(tx, email, addressHash, now);
  });

  const user = await findUserByEmail(db, email);
  if (!user || !user.active || !isLocalAccount(user)) return;
  const token = newToken();
  const expiresAt = resetLinkExpiry(now);
  await changeWithAudit(db, anonymous(email), async (tx, audit) => {
    await repo.deleteSpentTokens(tx, now);
    await repo.insertToken(tx, {
      userId: user.id,
      tokenHash: hashToken(token),
      createdAt: now,
      expiresAt,
    });
    await queueMail(tx, options.mail, {
      to: user.email,
      subject: 'Een nieuw wachtwoord kiezen voor Samenredzaam',
      text: [
        'Goedendag,',
        '',
        `Er is gevraagd om een nieuw wachtwoord voor uw account ${user.email} in Samenredzaam.`,
        '',
        `Kies een nieuw wachtwoord via deze link: ${options.publicUrl}${RESET_PAGE_PATH}${token}`,
        '',
        `De link werkt één keer en is ${PASSWORD_RESET.linkValidMinutes} minuten geldig, tot ${formatAmsterdamMoment(expiresAt)}. Daarna kunt u een nieuwe link aanvragen.`,
        'Logt u in twee stappen in? Dan blijft de code uit uw authenticator-app nodig.',
        '',
        'Hebt u dit niet zelf gevraagd? Dan kunt u dit bericht negeren: uw wachtwoord blijft hetzelfde.',
      ].join('\n'),
    });
    await audit({
      action: 'auth.password_reset_requested',
      entityType: 'user',
      entityId: user.id,
      after: { expiresAt: expiresAt.toISOString() },
    });
  });
}

/** The new password through the link: once, within its hour, and every session ends. */
export async function resetPassword(
  { db, now }: Pick<PublicUseCaseContext, 'db' | 'now'>,
  body: PasswordResetBody,
): Promise<void> {
  const link = await repo.findOpenToken(db, hashToken(body.token), now);
  if (!link || !link.active) throw new AppError('PASSWORD_RESET_LINK_INVALID');
  const passwordHash = await hashPassword(body.password);
  const actor: Actor = { ...anonymous(link.email), userId: link.userId };
  await changeWithAudit(db, actor, async (tx, audit) => {
    // Claimed first: of two requests with one link, only one gets this far.
    if (!(await repo.claimToken(tx, link.id, now)))
      throw new AppError('PASSWORD_RESET_LINK_INVALID');
    await repo.closeOpenTokens(tx, link.userId, now);
    await repo.setPassword(tx, link.userId, passwordHash, now);
    const sessionsEnded = await repo.deleteSessionsOf(tx, link.userId);
    await audit({
      action: 'auth.password_reset',
      entityType: 'user',
      entityId: link.userId,
      after: { sessionsEnded },
    });
  });
}
