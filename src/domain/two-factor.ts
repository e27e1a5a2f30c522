/**
 * Logging in with a second factor (docs/rules/login-security.md): a time-based one-time code
 * (TOTP, RFC 6238) from an authenticator app, or a one-time recovery code.
 */
import type { Role } from './roles.ts';

/**
 * Roles that reach the whole installation or personal data of many residents: their
 * accounts cannot log in without a second factor. Everyone else may turn it on.
 */
export const TWO_FACTOR_ROLES: readonly Role[] = ['admin', 'wmo_analyst'];

export function requiresTwoFactor(roles: readonly Role[]): boolean {
  return roles.some((role) => TWO_FACTOR_ROLES.includes(role));
}

/**
 * The settings every authenticator app understands (RFC 6238's defaults). A code is accepted
 * one step before and after the current one, for a phone whose clock is a little off.
 */
export const TOTP = {
  algorithm: 'SHA1',
  digits: 6,
  periodSeconds: 30,
  toleranceSteps: 1,
} as const;

/** The number of the 30-second step a moment falls in (RFC 6238's T). */
export function timeStep(at: Date): number {
  return Math.floor(at.getTime() / 1000 / TOTP.periodSeconds);
}

/** The first moment after a step: when its code stops being the current one. */
export function stepEnd(step: number): Date {
  return new Date((step + 1) * TOTP.periodSeconds * 1000);
}

/**
 * A code counts once. Remembering the last step used refuses the same code a second time,
 * and any code of an earlier step as well (RFC 6238 section 5.2).
 */
export function isReplay(step: number, lastUsedStep: number | null): boolean {
  return lastUsedStep !== null && step <= lastUsedStep;
}

/** Letters and digits that cannot be mistaken for one another (Crockford's base 32). */
const RECOVERY_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';
/** How many recovery codes an account gets at a time. */
export const RECOVERY_CODE_COUNT = 10;
/** Characters of a recovery code: 50 random bits, written as two groups of five. */
export const RECOVERY_CODE_LENGTH = 10;

/** A recovery code from random numbers (each 0–31), as it is shown: `abcde-12345`. */
export function recoveryCodeFrom(randomIndexes: readonly number[]): string {
  if (randomIndexes.length !== RECOVERY_CODE_LENGTH) {
    throw new Error(`a recovery code has ${RECOVERY_CODE_LENGTH} characters`);
  }
  const text = randomIndexes.map((i) => RECOVERY_ALPHABET[i % 32]).join('');
  return `${text.slice(0, 5)}-${text.slice(5)}`;
}

/**
 * A recovery code as typed, in the form it is checked in: without spaces and dashes, lower
 * case, and with the letters people confuse with digits read as those digits.
 */
export function normaliseRecoveryCode(typed: string): string {
  return typed.toLowerCase().replace(/[\s-]/g, '').replace(/o/g, '0').replace(/[il]/g, '1');
}

export function isRecoveryCodeShape(typed: string): boolean {
  const code = normaliseRecoveryCode(typed);
  return (
    code.length === RECOVERY_CODE_LENGTH && [...code].every((c) => RECOVERY_ALPHABET.includes(c))
  );
}

/** A one-time code as typed: the six digits, spaces removed ("123 456" is fine). */
export function normaliseTotpCode(typed: string): string {
  return typed.replace(/\s/g, '');
}

export function isTotpCodeShape(typed: string): boolean {
  return new RegExp(`^\\d{${TOTP.digits}}$`).test(normaliseTotpCode(typed));
}
