/**
 * Choosing a new password through a link sent by e-mail (docs/rules/login-security.md). The
 * requests are slowed down per typed address and per client address, the way failed logins
 * are, so the form cannot be used to flood someone's mailbox.
 */
import { secondsToWait } from './login-throttle.ts';

export const PASSWORD_RESET = {
  /** How long a link works. */
  linkValidMinutes: 60,
  /** Requests for one e-mail address within the hour before a delay starts. */
  freeRequestsPerAccount: 3,
  /** Requests from one client address within the hour before a delay starts. */
  freeRequestsPerAddress: 20,
} as const;

export function resetLinkExpiry(requestedAt: Date): Date {
  return new Date(requestedAt.getTime() + PASSWORD_RESET.linkValidMinutes * 60_000);
}

/** Whether a link made with this expiry still works at `now` (at the expiry itself: no more). */
export function isResetLinkValid(expiresAt: Date, now: Date): boolean {
  return now.getTime() < expiresAt.getTime();
}

export interface ResetRequestHistory {
  /** Earlier requests for the typed e-mail address (known account or not). */
  accountRequests: readonly Date[];
  /** Earlier requests from the client's address, for any e-mail address. */
  addressRequests: readonly Date[];
}

/** Seconds to wait before another request is taken (0: go ahead). */
export function resetRequestWaitSeconds(history: ResetRequestHistory, now: Date): number {
  return Math.max(
    secondsToWait(history.accountRequests, now, PASSWORD_RESET.freeRequestsPerAccount),
    secondsToWait(history.addressRequests, now, PASSWORD_RESET.freeRequestsPerAddress),
  );
}
