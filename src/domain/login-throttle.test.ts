import { describe, expect, it } from 'vitest';
import {
  LOGIN_THROTTLE,
  delayAfterFailures,
  isKnownAddress,
  loginWaitSeconds,
  secondsToWait,
} from './login-throttle.ts';

const now = new Date('2026-11-23T12:00:00Z');
const secondsAgo = (s: number) => new Date(now.getTime() - s * 1000);
const minutesAgo = (m: number) => secondsAgo(m * 60);
const times = (count: number, moment: Date) => Array.from({ length: count }, () => moment);

describe('login throttle', () => {
  it('lets ten failures on an account pass and then doubles the delay with every failure', () => {
    expect(LOGIN_THROTTLE.freeFailuresPerAccount).toBe(10);
    expect(delayAfterFailures(9, 10)).toBe(0);
    expect(delayAfterFailures(10, 10)).toBe(2);
    expect(delayAfterFailures(11, 10)).toBe(4);
    expect(delayAfterFailures(12, 10)).toBe(8);
    expect(delayAfterFailures(18, 10)).toBe(512);
    // Capped at 15 minutes: never a lockout.
    expect(delayAfterFailures(19, 10)).toBe(900);
    expect(delayAfterFailures(10_000, 10)).toBe(900);
  });

  it('counts the delay from the latest failure', () => {
    const failures = [...times(11, minutesAgo(10)), secondsAgo(1)];
    // 12 failures: 8 s after the latest one, which was 1 s ago.
    expect(secondsToWait(failures, now, 10)).toBe(7);
    expect(secondsToWait([...times(11, minutesAgo(10)), secondsAgo(8)], now, 10)).toBe(0);
  });

  it('forgets failures older than an hour', () => {
    expect(secondsToWait(times(15, minutesAgo(60)), now, 10)).toBe(0);
    // The same fifteen failures 10 s ago: 64 s after the latest one.
    expect(secondsToWait(times(15, secondsAgo(10)), now, 10)).toBe(54);
  });

  it('does not slow down the owner on an address the account logged in from', () => {
    const attack = times(30, secondsAgo(2));
    const fromElsewhere = {
      accountFailures: attack,
      addressFailures: [],
      addressKnownForAccount: false,
    };
    expect(loginWaitSeconds(fromElsewhere, now)).toBe(898);
    expect(loginWaitSeconds({ ...fromElsewhere, addressKnownForAccount: true }, now)).toBe(0);
  });

  it('slows down one address that guesses at many accounts, after 50 failures', () => {
    const history = {
      accountFailures: [],
      addressFailures: times(50, secondsAgo(1)),
      addressKnownForAccount: true,
    };
    expect(loginWaitSeconds(history, now)).toBe(1);
    expect(loginWaitSeconds({ ...history, addressFailures: times(49, secondsAgo(1)) }, now)).toBe(
      0,
    );
  });

  it('knows an address for 30 days after a successful login', () => {
    expect(isKnownAddress(new Date('2026-10-25T12:00:01Z'), now)).toBe(true);
    expect(isKnownAddress(new Date('2026-10-24T12:00:00Z'), now)).toBe(false);
    expect(isKnownAddress(undefined, now)).toBe(false);
  });
});
