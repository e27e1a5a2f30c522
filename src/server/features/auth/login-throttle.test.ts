/**
 * Guessing passwords slows down, but never locks anyone out (docs/rules/login-throttle.md):
 * the owner of an account under attack still logs in from an address they logged in from
 * before, delays double with every further failure, and the admin can lift them (audited).
 */
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/db/schema.ts';
import { type TestContext, as, createTestApp, loginAs } from '../../../../test/support/test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const OWNER_HOME = '192.0.2.10';
const ATTACKER = '203.0.113.66';
const ELSEWHERE = '198.51.100.7';

const login = (email: string, password: string, remoteAddress: string) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress,
  });

const sleep = (seconds: number) => new Promise((resolve) => setTimeout(resolve, seconds * 1000));

async function guess(email: string, times: number, remoteAddress: string) {
  for (let attempt = 1; attempt <= times; attempt++) {
    expect((await login(email, `gok-${attempt}`, remoteAddress)).statusCode).toBe(401);
  }
}

describe('the login throttle', () => {
  it("does not keep the owner out: an attacker's failures do not slow down the owner's own address", async () => {
    // The owner logged in from home before.
    expect((await login('finance@demo.example', 'samenredzaam-demo', OWNER_HOME)).statusCode).toBe(
      200,
    );
    await guess('finance@demo.example', 10, ATTACKER);
    const attacker = await login('finance@demo.example', 'gok-11', ATTACKER);
    expect(attacker.statusCode).toBe(429);
    // From an address the account never logged in from, even the right password waits.
    const unknown = await login('finance@demo.example', 'samenredzaam-demo', ELSEWHERE);
    expect(unknown.statusCode).toBe(429);
    expect(unknown.json().code).toBe('TOO_MANY_ATTEMPTS');
    // From home the owner logs in at once.
    const owner = await login('finance@demo.example', 'samenredzaam-demo', OWNER_HOME);
    expect(owner.statusCode).toBe(200);
  });

  it('doubles the delay with every further failure: 2 s, then 4 s, then 8 s', async () => {
    const email = 'coordinator@demo.example';
    await guess(email, 10, ATTACKER);
    const first = await login(email, 'gok-11', ATTACKER);
    expect(first.statusCode).toBe(429);
    expect(Number(first.headers['retry-after'])).toBe(2);
    await sleep(2);
    expect((await login(email, 'gok-11', ATTACKER)).statusCode).toBe(401);
    const second = await login(email, 'gok-12', ATTACKER);
    expect(second.statusCode).toBe(429);
    expect(Number(second.headers['retry-after'])).toBe(4);
    expect(second.json().message).toBe(
      'Te veel mislukte inlogpogingen. Probeer het over 4 seconden opnieuw.',
    );
    await sleep(4);
    expect((await login(email, 'gok-12', ATTACKER)).statusCode).toBe(401);
    const third = await login(email, 'gok-13', ATTACKER);
    expect(third.statusCode).toBe(429);
    expect(Number(third.headers['retry-after'])).toBe(8);
  }, 20_000);

  it('slows down one address that guesses at many accounts after 50 failures', async () => {
    const sprayer = '203.0.113.200';
    for (let i = 1; i <= 50; i++) {
      expect((await login(`bestaat-niet-${i}@demo.example`, 'zomer2026', sprayer)).statusCode).toBe(
        401,
      );
    }
    const next = await login('participant@demo.example', 'zomer2026', sprayer);
    expect(next.statusCode).toBe(429);
    // Other addresses are not affected.
    expect(
      (await login('participant@demo.example', 'samenredzaam-demo', ELSEWHERE)).statusCode,
    ).toBe(200);
  }, 30_000);

  it('is lifted by the admin, with an audit row, and only by the admin', async () => {
    const email = 'assessor@demo.example';
    await guess(email, 10, ATTACKER);
    expect((await login(email, 'samenredzaam-demo', ELSEWHERE)).statusCode).toBe(429);
    const admin = await loginAs(ctx.app, 'admin@demo.example');
    const users = (
      await ctx.app.inject({ method: 'GET', url: '/api/users', headers: as(admin) })
    ).json();
    const target = users.items.find((u: { email: string }) => u.email === email);

    const officer = await loginAs(ctx.app, 'policy_officer@demo.example');
    const forbidden = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/users/${target.id}/login-failures`,
      headers: as(officer),
    });
    expect(forbidden.statusCode).toBe(403);

    const cleared = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/users/${target.id}/login-failures`,
      headers: as(admin),
    });
    expect(cleared.statusCode).toBe(200);
    expect(cleared.json()).toEqual({ clearedFailures: 10 });
    const rows = await ctx.handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'user.unlock'), eq(auditEvents.entityId, target.id)));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorEmail).toBe('admin@demo.example');
    expect(rows[0]!.after).toEqual({ clearedFailures: 10 });

    expect((await login(email, 'samenredzaam-demo', ELSEWHERE)).statusCode).toBe(200);
  });
});
