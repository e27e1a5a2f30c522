/**
 * The current code of each demo account with a second factor, for the login page's demo
 * panel: only on the demo municipality while its accounts are offered (demoLogins), and only
 * for an account whose secret is still the demo's public one.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { stepEnd, timeStep } from '../../domain/two-factor.ts';
import { requiresTwoFactor } from '../../domain/two-factor.ts';
import { totpCodeAt } from '../features/auth/two-factor.totp.ts';
import type { Queryable } from '../platform/db/database.ts';
import { twoFactorCredentials, users } from '../platform/db/schema.ts';
import { demoLogins } from './demo-accounts.ts';
import { DEMO_TOTP_SECRET, demoSealedSecret } from './demo-two-factor.ts';
import { DEMO_USERS } from './load-demo.ts';
import type { DemoCodes } from '../features/auth/two-factor.schemas.ts';

export async function demoTwoFactorCodes(db: Queryable, at: Date): Promise<DemoCodes['codes']> {
  const logins = await demoLogins(db);
  if (!logins) return [];
  const offered = new Set(logins.accounts.map((a) => a.email));
  const emails = DEMO_USERS.filter((u) => requiresTwoFactor(u.roles) && offered.has(u.email)).map(
    (u) => u.email,
  );
  if (emails.length === 0) return [];
  const rows = await db
    .select({ email: users.email, lastUsedStep: twoFactorCredentials.lastUsedStep })
    .from(twoFactorCredentials)
    .innerJoin(users, eq(users.id, twoFactorCredentials.userId))
    .where(and(inArray(users.email, emails), eq(twoFactorCredentials.secret, demoSealedSecret())))
    .orderBy(users.email);
  const current = timeStep(at);
  return rows.map((row) => {
    const step = nextUsableStep(current, row.lastUsedStep);
    return {
      email: row.email,
      code: step === null ? null : totpCodeAt(DEMO_TOTP_SECRET, at, step - current),
      nextAt: stepEnd(current).toISOString(),
    };
  });
}

/**
 * The step whose code is accepted now and was not used yet: the current one, or the next
 * (accepted one step early), so that two visitors in one 30 seconds can both log in.
 */
export function nextUsableStep(current: number, lastUsedStep: number | null): number | null {
  const step = Math.max(current, (lastUsedStep ?? current - 1) + 1);
  return step <= current + 1 ? step : null;
}
