import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, as, createTestApp, loginAs } from '../../../../test/support/test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const login = (email: string, password: string, remoteAddress = '127.0.0.1') =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress,
  });

describe('logging in', () => {
  it('gives a session cookie (HttpOnly, SameSite=Lax) and who the user is', async () => {
    const response = await login('Policy_Officer@demo.example', 'samenredzaam-demo');
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'samenredzaam_session');
    expect(cookie?.httpOnly).toBe(true);
    expect(cookie?.sameSite).toBe('Lax');
    expect(cookie?.secure).toBeUndefined();
    const me = response.json();
    expect(me.email).toBe('policy_officer@demo.example');
    expect(me.name).toBe('Sanne Willems');
    expect(me.roles).toEqual(['policy_officer']);
    expect(me.organisations).toEqual([]);
  });

  it('marks the cookie Secure when served over https', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin@demo.example', password: 'samenredzaam-demo' },
      headers: { 'x-forwarded-proto': 'https' },
    });
    // Without TRUST_PROXY the forwarded protocol is ignored: the cookie stays non-Secure.
    expect(response.cookies.find((c) => c.name === 'samenredzaam_session')?.secure).toBeUndefined();
  });

  it('answers a wrong password and an unknown e-mail address identically', async () => {
    const wrongPassword = await login('finance@demo.example', 'not-the-password');
    const unknownEmail = await login('nobody@demo.example', 'samenredzaam-demo');
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownEmail.statusCode).toBe(401);
    expect(wrongPassword.json()).toEqual({
      code: 'INVALID_CREDENTIALS',
      message: 'Het e-mailadres of het wachtwoord klopt niet.',
    });
    expect(unknownEmail.body).toBe(wrongPassword.body);
  });

  it('slows an account down after 10 failures: the next attempt waits 2 s, even with the right password', async () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      expect((await login('social_worker@demo.example', `wrong-${attempt}`)).statusCode).toBe(401);
    }
    const eleventh = await login('social_worker@demo.example', 'samenredzaam-demo');
    expect(eleventh.statusCode).toBe(429);
    expect(eleventh.json().code).toBe('TOO_MANY_ATTEMPTS');
    expect(eleventh.json().message).toMatch(
      /^Te veel mislukte inlogpogingen\. Probeer het over [12] seconden? opnieuw\.$/,
    );
    expect(Number(eleventh.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    expect(Number(eleventh.headers['retry-after'])).toBeLessThanOrEqual(2);
    // Another account is not affected.
    expect((await login('wmo_analyst@demo.example', 'samenredzaam-demo')).statusCode).toBe(200);
  });

  it('keeps the limit when guesses arrive in parallel', async () => {
    const answers = await Promise.all(
      // From an address the account never logged in from (the first test logged in locally).
      Array.from({ length: 15 }, (_, i) =>
        login('policy_officer@demo.example', `parallel-${i}`, '203.0.113.9'),
      ),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes.filter((c) => c === 401)).toHaveLength(10);
    expect(codes.filter((c) => c === 429)).toHaveLength(5);
  });

  it('starts counting afresh after a successful login', async () => {
    for (let attempt = 1; attempt <= 9; attempt++) {
      expect((await login('assessor2@demo.example', `wrong-${attempt}`)).statusCode).toBe(401);
    }
    expect((await login('assessor2@demo.example', 'samenredzaam-demo')).statusCode).toBe(200);
    for (let attempt = 1; attempt <= 9; attempt++) {
      expect((await login('assessor2@demo.example', `wrong-again-${attempt}`)).statusCode).toBe(
        401,
      );
    }
    expect((await login('assessor2@demo.example', 'samenredzaam-demo')).statusCode).toBe(200);
  });

  it('refuses a deactivated account', async () => {
    const admin = await loginAs(ctx.app, 'admin@demo.example');
    const users = (
      await ctx.app.inject({ method: 'GET', url: '/api/users', headers: as(admin) })
    ).json();
    const participant = users.items.find(
      (u: { email: string }) => u.email === 'participant@demo.example',
    );
    const session = await loginAs(ctx.app, 'participant@demo.example');
    const patch = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${participant.id}`,
      headers: as(admin),
      payload: { active: false },
    });
    expect(patch.statusCode).toBe(200);
    expect((await login('participant@demo.example', 'samenredzaam-demo')).statusCode).toBe(401);
    // The open session ended with the deactivation.
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(session) });
    expect(me.statusCode).toBe(401);
  });

  it('validates the body with field paths', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: '' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.fields.map((f: { path: string }) => f.path).sort()).toEqual(['email', 'password']);
    expect(body.fields.find((f: { path: string }) => f.path === 'email').message).toBe(
      'Vul uw e-mailadres in.',
    );
  });
});

describe('the session', () => {
  it('tells who is logged in, with roles and organisations', async () => {
    const session = await loginAs(ctx.app, 'applicant@demo.example');
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/auth/me',
      headers: as(session),
    });
    expect(response.statusCode).toBe(200);
    const me = response.json();
    expect(me.roles).toEqual(['applicant']);
    expect(me.organisations.map((o: { name: string }) => o.name)).toEqual([
      'Stichting Huiskamer De Lindeboom',
    ]);
  });

  it('answers 401 without a session', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('UNAUTHENTICATED');
  });

  it('ends at logout', async () => {
    const session = await loginAs(ctx.app, 'coordinator@demo.example');
    const out = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: as(session),
    });
    expect(out.statusCode).toBe(204);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(session) });
    expect(me.statusCode).toBe(401);
  });
});

describe('cross-site request forgery', () => {
  it('refuses a change with the session cookie but without the CSRF token', async () => {
    const admin = await loginAs(ctx.app, 'admin@demo.example');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { cookie: admin.cookie },
      payload: { name: 'Stichting Zonder Token' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_FAILED');
    const list = (
      await ctx.app.inject({ method: 'GET', url: '/api/organisations', headers: as(admin) })
    ).json();
    expect(list.items.map((o: { name: string }) => o.name)).not.toContain('Stichting Zonder Token');
  });

  it('refuses a change from another origin even with the token', async () => {
    const admin = await loginAs(ctx.app, 'admin@demo.example');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { ...as(admin), origin: 'https://evil.example' },
      payload: { name: 'Stichting Van Elders' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_FAILED');
  });
});

describe('security headers', () => {
  it('are sent on API answers', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['referrer-policy']).toBe('no-referrer');
  });
});
