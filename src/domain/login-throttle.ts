/**
 * Brute-force protection without a lockout (docs/rules/login-throttle.md). Failed logins are
 * counted per account and per client address within a window; beyond a free number, each
 * further attempt must wait a delay that doubles with every failure (2, 4, 8, … seconds,
 * capped). A login from an address the account recently logged in from is not slowed down by
 * failures on that account from elsewhere, so an attacker cannot keep the owner out.
 */
export const LOGIN_THROTTLE = {
  windowMs: 60 * 60 * 1000,
  /** Failures on one account (from unknown addresses) before delays start. */
  freeFailuresPerAccount: 10,
  /** Failures from one address (over all accounts) before delays start: an office shares one. */
  freeFailuresPerAddress: 50,
  maxDelaySeconds: 15 * 60,
  /** How long a successful login makes its address known for the account. */
  knownAddressDays: 30,
} as const;

export function failuresInWindow(failureMoments: readonly Date[], now: Date): Date[] {
  const since = now.getTime() - LOGIN_THROTTLE.windowMs;
  // Failures stamped a moment later than `now` (a parallel attempt) count too.
  return failureMoments.filter((m) => m.getTime() > since);
}

/** The delay after the latest failure once `count` failures were counted: 0, then 2, 4, 8 … s. */
export function delayAfterFailures(count: number, freeFailures: number): number {
  if (count < freeFailures) return 0;
  const exponent = count - freeFailures + 1;
  // 2^20 s is far beyond the cap; stop doubling there so the number stays small.
  return Math.min(LOGIN_THROTTLE.maxDelaySeconds, 2 ** Math.min(exponent, 20));
}

/** Seconds still to wait before the next attempt counted against these failures (0: go ahead). */
export function secondsToWait(
  failureMoments: readonly Date[],
  now: Date,
  freeFailures: number,
): number {
  const recent = failuresInWindow(failureMoments, now);
  const delay = delayAfterFailures(recent.length, freeFailures);
  if (delay === 0) return 0;
  const latest = Math.max(...recent.map((m) => m.getTime()));
  return Math.max(0, Math.ceil((latest + delay * 1000 - now.getTime()) / 1000));
}

export interface LoginAttemptHistory {
  /** Failed logins on the account, from any address. */
  accountFailures: readonly Date[];
  /** Failed logins from the client's address, on any account. */
  addressFailures: readonly Date[];
  /** The account logged in successfully from this address within `knownAddressDays`. */
  addressKnownForAccount: boolean;
}

/** How long this attempt must wait (0: it may try the password now). */
export function loginWaitSeconds(history: LoginAttemptHistory, now: Date): number {
  const account = history.addressKnownForAccount
    ? 0
    : secondsToWait(history.accountFailures, now, LOGIN_THROTTLE.freeFailuresPerAccount);
  const address = secondsToWait(
    history.addressFailures,
    now,
    LOGIN_THROTTLE.freeFailuresPerAddress,
  );
  return Math.max(account, address);
}

/** Whether a success at `lastSuccessAt` still makes the address known at `now`. */
export function isKnownAddress(lastSuccessAt: Date | undefined, now: Date): boolean {
  if (!lastSuccessAt) return false;
  return now.getTime() - lastSuccessAt.getTime() < LOGIN_THROTTLE.knownAddressDays * 86_400_000;
}
