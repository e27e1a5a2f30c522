/**
 * Brute-force protection for one account: after more than `maxFailures` failed logins
 * within `windowMs`, further attempts are refused until the oldest failure leaves the window.
 */
export const LOGIN_THROTTLE = { maxFailures: 10, windowMs: 15 * 60 * 1000 } as const;

export function failuresInWindow(failureMoments: readonly Date[], now: Date): Date[] {
  const since = now.getTime() - LOGIN_THROTTLE.windowMs;
  // Failures stamped a moment later than `now` (a parallel attempt) count too.
  return failureMoments.filter((m) => m.getTime() > since);
}

/** True when the account has already failed `maxFailures` times in the window. */
export function isLoginBlocked(failureMoments: readonly Date[], now: Date): boolean {
  return failuresInWindow(failureMoments, now).length >= LOGIN_THROTTLE.maxFailures;
}

/** When a blocked account may try again: the moment the oldest counted failure expires. */
export function retryAfterSeconds(failureMoments: readonly Date[], now: Date): number {
  const recent = failuresInWindow(failureMoments, now).sort((a, b) => a.getTime() - b.getTime());
  const excess = recent.length - LOGIN_THROTTLE.maxFailures;
  if (excess < 0) return 0;
  const freeing = recent[excess];
  if (!freeing) return 0;
  return Math.max(
    1,
    Math.ceil((freeing.getTime() + LOGIN_THROTTLE.windowMs - now.getTime()) / 1000),
  );
}
