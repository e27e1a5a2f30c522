/**
 * The demo's administrator and Wmo analyst log in with a second factor, as their roles
 * require. Their secret is fixed and public (it is in this file), so the login page can show
 * their current code and anyone can try the demo; an installation that started from the demo
 * has those accounts enrol anew (docs/rules/login-security.md).
 */
import type { Queryable } from '../platform/db/database.ts';
import { twoFactorCredentials } from '../platform/db/schema.ts';
import { sealSecret } from '../features/auth/two-factor.secret.ts';

/** Base 32, 160 bits: "samenredzaam demo tweestapscode 234". */
export const DEMO_TOTP_SECRET = 'SAMENREDZAAMDEMOTWEESTAPSCODE234';

/**
 * Stored unsealed on purpose: sealing a secret that is public protects nothing, and the demo
 * codes need no key to be recognised.
 */
export function demoSealedSecret(): string {
  return sealSecret(DEMO_TOTP_SECRET, '', null);
}

export async function enrolDemoTwoFactor(tx: Queryable, userIds: readonly string[], now: Date) {
  if (userIds.length === 0) return;
  await tx.insert(twoFactorCredentials).values(
    userIds.map((userId) => ({
      userId,
      secret: demoSealedSecret(),
      confirmedAt: now,
      createdAt: now,
    })),
  );
}
