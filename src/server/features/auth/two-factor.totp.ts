/** Codes of an authenticator app (RFC 6238), made and checked with otpauth. */
import { randomInt } from 'node:crypto';
import { Secret, TOTP as Totp } from 'otpauth';
import QRCode from 'qrcode';
import {
  RECOVERY_CODE_COUNT,
  RECOVERY_CODE_LENGTH,
  TOTP,
  recoveryCodeFrom,
  timeStep,
} from '../../../domain/two-factor.ts';

const PARAMETERS = {
  algorithm: TOTP.algorithm,
  digits: TOTP.digits,
  period: TOTP.periodSeconds,
} as const;

/** The name apps show above the codes. */
export const TOTP_ISSUER = 'Samenredzaam';

/** A new random secret of 160 bits (RFC 4226's recommended length), in base 32. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

/** The code an app shows at a moment, or `stepsLater` steps after it. */
export function totpCodeAt(secret: string, at: Date, stepsLater = 0): string {
  return Totp.generate({
    ...PARAMETERS,
    secret: Secret.fromBase32(secret),
    timestamp: at.getTime() + stepsLater * TOTP.periodSeconds * 1000,
  });
}

/** The time step of a code, within the tolerance around `at`; null when it matches none. */
export function matchingStep(secret: string, code: string, at: Date): number | null {
  const delta = Totp.validate({
    ...PARAMETERS,
    secret: Secret.fromBase32(secret),
    token: code,
    timestamp: at.getTime(),
    window: TOTP.toleranceSteps,
  });
  return delta === null ? null : timeStep(at) + delta;
}

/** The otpauth:// address an app reads from the QR code. */
export function totpUri(secret: string, accountName: string): string {
  return new Totp({
    ...PARAMETERS,
    issuer: TOTP_ISSUER,
    label: accountName,
    secret: Secret.fromBase32(secret),
  }).toString();
}

export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
}

export function newRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    recoveryCodeFrom(Array.from({ length: RECOVERY_CODE_LENGTH }, () => randomInt(32))),
  );
}
