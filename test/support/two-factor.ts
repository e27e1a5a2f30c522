/**
 * The second step of logging in for the demo's accounts with a second factor (the
 * administrator and the Wmo analyst): their app's code, computed with otpauth from the demo's
 * public secret, as the visitor's phone would.
 */
import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { timeStep } from '../../src/domain/two-factor.ts';
import { nextUsableStep } from '../../src/server/demo/demo-codes.ts';
import { DEMO_TOTP_SECRET } from '../../src/server/demo/demo-two-factor.ts';
import { twoFactorCredentials, users } from '../../src/server/platform/db/schema.ts';
import type { App } from '../../src/server/platform/http.ts';

/** The demo app's code at a moment, or `stepsLater` 30-second steps after it. */
export function demoTotpCode(at: Date, stepsLater = 0): string {
  return TOTP.generate({
    secret: Secret.fromBase32(DEMO_TOTP_SECRET),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    timestamp: at.getTime() + stepsLater * 30_000,
  });
}

/**
 * A code the server takes now for this demo account. A code counts once, so a second login
 * within the same 30 seconds uses the next step's code (accepted one step early), as the
 * login page's demo panel does. Tests log in far more often than a person can, often under a
 * clock that stands still: when both usable codes are spent, the account's memory of the
 * last step is set back so that the current code counts again. Only this helper does that;
 * two-factor.test.ts holds the server to refusing a code a second time.
 */
export async function usableDemoCode(app: App, email: string): Promise<string> {
  const [row] = await app.db
    .select({ userId: users.id, lastUsedStep: twoFactorCredentials.lastUsedStep })
    .from(twoFactorCredentials)
    .innerJoin(users, eq(users.id, twoFactorCredentials.userId))
    .where(eq(users.email, email));
  if (!row) throw new Error(`${email} has no second factor`);
  const at = app.now();
  const current = timeStep(at);
  const step = nextUsableStep(current, row.lastUsedStep);
  if (step !== null) return demoTotpCode(at, step - current);
  await app.db
    .update(twoFactorCredentials)
    .set({ lastUsedStep: current - 1 })
    .where(eq(twoFactorCredentials.userId, row.userId));
  return demoTotpCode(at);
}

/**
 * Logs in as the demo administrator on a running server (password, then the app's code; the
 * next step's code when this one was used) and returns the headers of the session.
 */
export async function demoAdminSession(
  base: string,
  options: { waitForNextCode?: boolean } = {},
): Promise<{ cookie: string; 'x-csrf-token': string }> {
  const response = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.example', password: 'samenredzaam-demo' }),
  });
  if (response.status !== 200) throw new Error(`login: ${response.status}`);
  const half = {
    cookie: response.headers.get('set-cookie')!.split(';')[0]!,
    'x-csrf-token': ((await response.json()) as { csrfToken: string }).csrfToken,
  };
  for (const stepsLater of [0, 1]) {
    const verified = await fetch(`${base}/api/auth/two-factor/verify`, {
      method: 'POST',
      headers: { ...half, 'content-type': 'application/json' },
      body: JSON.stringify({ code: demoTotpCode(new Date(), stepsLater) }),
    });
    const body = (await verified.json()) as { csrfToken: string; code?: string };
    if (body.code === 'TWO_FACTOR_CODE_USED') continue;
    if (verified.status !== 200) throw new Error(`second step of logging in: ${verified.status}`);
    return {
      cookie: verified.headers.get('set-cookie')!.split(';')[0]!,
      'x-csrf-token': body.csrfToken,
    };
  }
  if (options.waitForNextCode) {
    // Both usable codes were spent by earlier logins: the next 30-second step brings a new one.
    await new Promise((resolve) => setTimeout(resolve, 30_000 - (Date.now() % 30_000) + 1_000));
    return demoAdminSession(base);
  }
  throw new Error('no code of the demo administrator was accepted');
}
