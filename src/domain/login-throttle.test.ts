import { describe, expect, it } from 'vitest';
import { LOGIN_THROTTLE, isLoginBlocked, retryAfterSeconds } from './login-throttle.ts';

const now = new Date('2026-11-23T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('login throttle', () => {
  it('allows ten failures within 15 minutes and blocks the eleventh attempt', () => {
    expect(LOGIN_THROTTLE.maxFailures).toBe(10);
    const nine = Array.from({ length: 9 }, (_, i) => minutesAgo(i));
    expect(isLoginBlocked(nine, now)).toBe(false);
    const ten = Array.from({ length: 10 }, (_, i) => minutesAgo(i));
    expect(isLoginBlocked(ten, now)).toBe(true);
  });

  it('forgets failures older than 15 minutes', () => {
    const old = Array.from({ length: 10 }, () => minutesAgo(15));
    expect(isLoginBlocked(old, now)).toBe(false);
    const almost = Array.from({ length: 10 }, () => minutesAgo(14.99));
    expect(isLoginBlocked(almost, now)).toBe(true);
  });

  it('tells when the oldest counted failure leaves the window', () => {
    const failures = [minutesAgo(14), ...Array.from({ length: 9 }, () => minutesAgo(1))];
    expect(retryAfterSeconds(failures, now)).toBe(60);
    expect(retryAfterSeconds(failures.slice(1), now)).toBe(0);
  });
});
