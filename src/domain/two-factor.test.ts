import { describe, expect, it } from 'vitest';
import {
  RECOVERY_CODE_COUNT,
  TOTP,
  isRecoveryCodeShape,
  isReplay,
  isTotpCodeShape,
  normaliseRecoveryCode,
  recoveryCodeFrom,
  requiresTwoFactor,
  stepEnd,
  timeStep,
} from './two-factor.ts';

describe('who needs a second factor', () => {
  it('is the administrator and the Wmo analyst, also when they hold another role as well', () => {
    expect(requiresTwoFactor(['admin'])).toBe(true);
    expect(requiresTwoFactor(['wmo_analyst'])).toBe(true);
    expect(requiresTwoFactor(['policy_officer', 'admin'])).toBe(true);
  });

  it('is nobody else', () => {
    for (const role of [
      'policy_officer',
      'assessor',
      'finance',
      'applicant',
      'coordinator',
      'social_worker',
      'participant',
    ] as const) {
      expect(requiresTwoFactor([role]), role).toBe(false);
    }
  });
});

describe('time steps', () => {
  it('are 30 seconds long, counted from 1 January 1970 (RFC 6238)', () => {
    expect(TOTP.periodSeconds).toBe(30);
    expect(timeStep(new Date(0))).toBe(0);
    expect(timeStep(new Date(29_999))).toBe(0);
    expect(timeStep(new Date(30_000))).toBe(1);
    // RFC 6238 appendix B: 1111111109 s is step 0x23523EC.
    expect(timeStep(new Date(1_111_111_109_000))).toBe(0x23523ec);
  });

  it('end 30 seconds after they start', () => {
    expect(stepEnd(0).getTime()).toBe(30_000);
    expect(stepEnd(timeStep(new Date('2026-12-06T10:00:10Z'))).toISOString()).toBe(
      '2026-12-06T10:00:30.000Z',
    );
  });

  it('accept a code one step early or late, no more', () => {
    expect(TOTP.toleranceSteps).toBe(1);
  });
});

describe('using a code twice', () => {
  it('is refused for the step used last and every earlier step', () => {
    expect(isReplay(100, 100)).toBe(true);
    expect(isReplay(99, 100)).toBe(true);
    expect(isReplay(101, 100)).toBe(false);
  });

  it('cannot happen before any code was used', () => {
    expect(isReplay(100, null)).toBe(false);
  });
});

describe('recovery codes', () => {
  it('are ten codes of ten characters, shown as two groups of five', () => {
    expect(RECOVERY_CODE_COUNT).toBe(10);
    const code = recoveryCodeFrom([0, 1, 2, 3, 4, 27, 28, 29, 30, 31]);
    expect(code).toBe('01234-vwxyz');
    expect(isRecoveryCodeShape(code)).toBe(true);
  });

  it('are read without spaces, dashes or capitals, and O, I and L as 0, 1 and 1', () => {
    expect(normaliseRecoveryCode(' AB1O2-xIL9z ')).toBe('ab102x119z');
    expect(isRecoveryCodeShape('ABCDE 12345')).toBe(true);
  });

  it('of another length or with a U are not recovery codes', () => {
    expect(isRecoveryCodeShape('abcde-1234')).toBe(false);
    expect(isRecoveryCodeShape('abcde-12345-6')).toBe(false);
    expect(isRecoveryCodeShape('abcde-1234u')).toBe(false);
  });
});

describe('one-time codes as typed', () => {
  it('are six digits, with spaces allowed', () => {
    expect(isTotpCodeShape('123456')).toBe(true);
    expect(isTotpCodeShape('123 456')).toBe(true);
    expect(isTotpCodeShape('12345')).toBe(false);
    expect(isTotpCodeShape('1234567')).toBe(false);
    expect(isTotpCodeShape('12345a')).toBe(false);
  });
});
