import { describe, expect, it } from 'vitest';
import {
  PASSWORD_RESET,
  isResetLinkValid,
  resetLinkExpiry,
  resetRequestWaitSeconds,
} from './password-reset.ts';

const now = new Date('2026-12-06T10:00:00Z');
const minutesAfter = (at: Date, m: number) => new Date(at.getTime() + m * 60_000);
const times = (count: number, at: Date) => Array.from({ length: count }, () => at);

describe('a password reset link', () => {
  it('works for 60 minutes after it was requested', () => {
    expect(PASSWORD_RESET.linkValidMinutes).toBe(60);
    const expiry = resetLinkExpiry(now);
    expect(expiry.toISOString()).toBe('2026-12-06T11:00:00.000Z');
    expect(isResetLinkValid(expiry, minutesAfter(now, 59))).toBe(true);
    expect(isResetLinkValid(expiry, new Date(expiry.getTime() - 1))).toBe(true);
  });

  it('no longer works at the 60th minute itself, nor after', () => {
    const expiry = resetLinkExpiry(now);
    expect(isResetLinkValid(expiry, minutesAfter(now, 60))).toBe(false);
    expect(isResetLinkValid(expiry, minutesAfter(now, 61))).toBe(false);
  });
});

describe('requests for a reset link', () => {
  it('are taken three times an hour per e-mail address, then the fourth waits 2 seconds', () => {
    const earlier = minutesAfter(now, -10);
    expect(
      resetRequestWaitSeconds({ accountRequests: times(2, earlier), addressRequests: [] }, now),
    ).toBe(0);
    expect(
      resetRequestWaitSeconds(
        { accountRequests: times(3, new Date(now.getTime() - 1000)), addressRequests: [] },
        now,
      ),
    ).toBe(1);
    expect(
      resetRequestWaitSeconds({ accountRequests: times(3, now), addressRequests: [] }, now),
    ).toBe(2);
  });

  it('are taken twenty times an hour from one client address, over all e-mail addresses', () => {
    expect(
      resetRequestWaitSeconds({ accountRequests: [], addressRequests: times(19, now) }, now),
    ).toBe(0);
    expect(
      resetRequestWaitSeconds({ accountRequests: [], addressRequests: times(20, now) }, now),
    ).toBe(2);
  });

  it('older than an hour no longer count', () => {
    const longAgo = minutesAfter(now, -61);
    expect(
      resetRequestWaitSeconds(
        { accountRequests: times(10, longAgo), addressRequests: times(100, longAgo) },
        now,
      ),
    ).toBe(0);
  });
});
