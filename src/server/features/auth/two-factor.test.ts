/**
 * Two-factor login (docs/rules/login-security.md): the app's code within one step (30 s) of
 * the server's clock, never twice; recovery codes once each; roles that require a second
 * factor enrol before anything else; the administrator's reset.
 */
import { and, eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoTotpCode } from '../../../../test/support/two-factor.ts';
import {
  type Session,
  type TestContext,
  DEMO_PASSWORD,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import {
  auditEvents,
  municipality,
  twoFactorCredentials,
  users,
} from '../../platform/db/schema.ts';

/** The server's clock; each test starts at the beginning of a 30-second step of its own. */
let now = new Date('2026-12-07T09:00:00.000Z');
const startOfStep = (iso: string) => {
  now = new Date(iso);
};
const secondsLater = (seconds: number) => {
  now = new Date(now.getTime() + seconds * 1000);
};

let ctx: TestContext;
let admin: Session;
beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  admin = await loginAs(ctx.app, 'admin@demo.example');
});
afterAll(() => ctx.close());

type Headers = Record<string, string>;

/** The password step, as a browser sends it; the cookie and CSRF token of the new session. */
async function password(email: string, remoteAddress = '127.0.0.1', secret = DEMO_PASSWORD) {
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: secret },
    remoteAddress,
  });
  expect(response.statusCode, response.body).toBe(200);
  return { me: response.json(), headers: headersOf(response) };
}

function headersOf(response: Awaited<ReturnType<TestContext['app']['inject']>>): Headers {
  const cookie = response.cookies.find((c) => c.name === 'samenredzaam_session')!;
  return {
    cookie: `samenredzaam_session=${cookie.value}`,
    'x-csrf-token': response.json().csrfToken ?? response.json().me.csrfToken,
  };
}

function post(url: string, headers: Headers, payload: object = {}, remoteAddress = '127.0.0.1') {
  return ctx.app.inject({ method: 'POST', url, headers, payload, remoteAddress });
}

function get(url: string, headers: Headers) {
  return ctx.app.inject({ method: 'GET', url, headers });
}

const verify = (headers: Headers, code: string, remoteAddress = '127.0.0.1') =>
  post('/api/auth/two-factor/verify', headers, { code }, remoteAddress);

async function auditRows(action: string, entityId?: string) {
  return ctx.handle.db
    .select()
    .from(auditEvents)
    .where(
      entityId
        ? and(eq(auditEvents.action, action), eq(auditEvents.entityId, entityId))
        : eq(auditEvents.action, action),
    )
    .orderBy(auditEvents.id);
}

async function userId(email: string) {
  const [row] = await ctx.handle.db
    .select({ id: users.id })
    .from(users)
    .where(eq(users.email, email));
  return row!.id;
}

/** The code an app makes from a secret at the server's current moment (± steps). */
const codeOf = (secret: string, steps = 0) =>
  TOTP.generate({
    secret: Secret.fromBase32(secret),
    timestamp: now.getTime() + steps * 30_000,
  });

describe('the second step of logging in', () => {
  it('follows a right password for an account with a second factor, and opens nothing yet', async () => {
    startOfStep('2026-12-07T09:00:00.000Z');
    const half = await password('admin@demo.example');
    expect(half.me.pendingStep).toBe('two_factor');
    const users = await get('/api/users', half.headers);
    expect(users.statusCode).toBe(403);
    expect(users.json().code).toBe('TWO_FACTOR_REQUIRED');
    // Who it is, and logging out, do work.
    expect((await get('/api/auth/me', half.headers)).json().pendingStep).toBe('two_factor');
    expect((await post('/api/auth/logout', half.headers)).statusCode).toBe(204);
  });

  it("accepts the app's code of the current step and of one step (30 seconds) before or after", async () => {
    startOfStep('2026-12-07T09:10:00.000Z');
    // Steps used in order: a code counts once, and so does every earlier step.
    for (const steps of [-1, 0, 1]) {
      const half = await password('wmo_analyst@demo.example');
      const answer = await verify(half.headers, demoTotpCode(now, steps));
      expect(answer.statusCode, `code of step ${steps}`).toBe(200);
      expect(answer.json().pendingStep).toBeUndefined();
      // A new session token: the half session itself has ended.
      const full = headersOf(answer);
      expect(full.cookie).not.toBe(half.headers.cookie);
      expect((await get('/api/auth/me', half.headers)).statusCode).toBe(401);
      expect((await get('/api/wmo/imports', full)).statusCode).not.toBe(403);
    }
    const logins = await auditRows('auth.login', await userId('wmo_analyst@demo.example'));
    expect(logins.map((row) => row.after)).toEqual([
      { secondFactor: 'totp' },
      { secondFactor: 'totp' },
      { secondFactor: 'totp' },
    ]);
  });

  it('refuses a code two steps (60 seconds) early or late', async () => {
    startOfStep('2026-12-07T09:20:00.000Z');
    const half = await password('wmo_analyst@demo.example');
    for (const steps of [-2, 2]) {
      const answer = await verify(half.headers, demoTotpCode(now, steps));
      expect(answer.statusCode, `code of step ${steps}`).toBe(401);
      expect(answer.json().code).toBe('INVALID_TWO_FACTOR_CODE');
      expect(answer.json().fields).toEqual([{ path: 'code', message: 'Deze code klopt niet.' }]);
    }
    // 29 seconds into the step the current code still works.
    secondsLater(29);
    expect((await verify(half.headers, demoTotpCode(now))).statusCode).toBe(200);
  });

  it('refuses a code that was used already, and the codes of earlier steps (replay)', async () => {
    startOfStep('2026-12-07T09:30:00.000Z');
    const analystId = await userId('wmo_analyst@demo.example');
    const failuresBefore = (await auditRows('auth.login_failed', analystId)).length;
    const code = demoTotpCode(now);
    const first = await password('wmo_analyst@demo.example');
    expect((await verify(first.headers, code)).statusCode).toBe(200);

    const second = await password('wmo_analyst@demo.example');
    const again = await verify(second.headers, code);
    expect(again.statusCode).toBe(401);
    expect(again.json().code).toBe('TWO_FACTOR_CODE_USED');
    // Ten seconds later the same code is still in its window, and still refused.
    secondsLater(10);
    expect((await verify(second.headers, code)).json().code).toBe('TWO_FACTOR_CODE_USED');
    expect((await verify(second.headers, demoTotpCode(now, -1))).json().code).toBe(
      'TWO_FACTOR_CODE_USED',
    );
    // The next step's code is new.
    expect((await verify(second.headers, demoTotpCode(now, 1))).statusCode).toBe(200);
    // Three refusals, each audited as a failed login at the second step.
    const failures = (await auditRows('auth.login_failed', analystId)).slice(failuresBefore);
    expect(failures.map((row) => row.after)).toEqual([
      { step: 'two_factor', method: 'totp' },
      { step: 'two_factor', method: 'totp' },
      { step: 'two_factor', method: 'totp' },
    ]);
  });

  it('counts wrong codes toward the login throttle: after the password and nine wrong codes, even the right code waits 2 seconds', async () => {
    startOfStep('2026-12-07T09:40:00.000Z');
    const elsewhere = '198.51.100.7';
    // The password step counts as an attempt until the second step succeeds.
    const half = await password('wmo_analyst@demo.example', elsewhere);
    for (let attempt = 1; attempt <= 9; attempt++) {
      const wrong = await verify(half.headers, String(100000 + attempt), elsewhere);
      expect(wrong.statusCode, `wrong code ${attempt}`).toBe(401);
    }
    const waiting = await verify(half.headers, demoTotpCode(now), elsewhere);
    expect(waiting.statusCode).toBe(429);
    expect(waiting.json().code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(waiting.headers['retry-after'])).toBeLessThanOrEqual(2);
    // The throttle lives in real time: wait out the 2 seconds.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    expect((await verify(half.headers, demoTotpCode(now), elsewhere)).statusCode).toBe(200);
  });

  it('does not give a code step to a session that has none pending (409)', async () => {
    const answer = await verify(as(admin), '123456');
    expect(answer.statusCode).toBe(409);
  });
});

describe('enrolling', () => {
  const email = 'nieuwe.beheerder@gemeente.example';
  let secret: string;
  let recoveryCodes: string[];

  it('comes before anything else for a role that requires it: other routes answer 403 TWO_FACTOR_ENROLMENT_REQUIRED', async () => {
    startOfStep('2026-12-07T10:00:00.000Z');
    const created = await post('/api/users', as(admin), {
      email,
      name: 'Nieuwe Beheerder',
      password: 'een-lang-wachtwoord',
      roles: ['admin'],
    });
    expect(created.statusCode).toBe(201);
    const half = await password(email, '127.0.0.1', 'een-lang-wachtwoord');
    expect(half.me.pendingStep).toBe('two_factor_enrolment');
    for (const url of ['/api/users', '/api/home/tasks', '/api/audit', '/api/outbox']) {
      const refused = await get(url, half.headers);
      expect(refused.statusCode, url).toBe(403);
      expect(refused.json().code, url).toBe('TWO_FACTOR_ENROLMENT_REQUIRED');
    }
    // Not the code step either: there is no app yet.
    expect((await verify(half.headers, '123456')).json().code).toBe(
      'TWO_FACTOR_ENROLMENT_REQUIRED',
    );
    const waitsFor = await auditRows('auth.password_accepted', await userId(email));
    expect(waitsFor.map((row) => row.after)).toEqual([{ pendingStep: 'two_factor_enrolment' }]);
  });

  it('shows a secret as QR code and text, confirmed by the first code; gives ten recovery codes once', async () => {
    startOfStep('2026-12-07T10:10:00.000Z');
    const half = await password(email, '127.0.0.1', 'een-lang-wachtwoord');
    const started = await post('/api/auth/two-factor/enrolment', half.headers);
    expect(started.statusCode).toBe(200);
    const enrolment = started.json();
    secret = enrolment.secret;
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(enrolment.otpauthUri).toBe(
      `otpauth://totp/Samenredzaam:nieuwe.beheerder%40gemeente.example?issuer=Samenredzaam&secret=${secret}&algorithm=SHA1&digits=6&period=30`,
    );
    expect(enrolment.qrSvg).toMatch(/^<svg/);

    const wrong = await post('/api/auth/two-factor/enrolment/confirm', half.headers, {
      code: '000000',
    });
    expect(wrong.statusCode).toBe(401);
    expect(wrong.json().code).toBe('INVALID_TWO_FACTOR_CODE');

    const confirmed = await post('/api/auth/two-factor/enrolment/confirm', half.headers, {
      code: codeOf(secret),
    });
    expect(confirmed.statusCode).toBe(200);
    recoveryCodes = confirmed.json().recoveryCodes;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    for (const code of recoveryCodes)
      expect(code).toMatch(/^[0-9a-hjkmnp-tv-z]{5}-[0-9a-hjkmnp-tv-z]{5}$/);
    expect(confirmed.json().me.pendingStep).toBeUndefined();

    // The login is complete, on a new session token.
    const full = headersOf(confirmed);
    expect((await get('/api/users', full)).statusCode).toBe(200);
    expect((await get('/api/users', half.headers)).statusCode).toBe(401);
    const rows = await auditRows('auth.two_factor_enrol', await userId(email));
    expect(rows.map((row) => row.after)).toEqual([{ recoveryCodes: 10 }]);
  });

  it('never shows the secret again, and keeps it sealed in the database', async () => {
    const full = await loginWithCode(email, 'een-lang-wachtwoord', () => codeOf(secret, 1));
    const status = await get('/api/auth/two-factor', full);
    expect(status.json()).toEqual({
      enrolled: true,
      required: true,
      enrolledAt: '2026-12-07T10:10:00.000Z',
      recoveryCodesLeft: 10,
    });
    expect(status.body).not.toContain(secret);
    const again = await post('/api/auth/two-factor/enrolment', full);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('TWO_FACTOR_ALREADY_ENROLLED');
    const [stored] = await ctx.handle.db
      .select({ secret: twoFactorCredentials.secret })
      .from(twoFactorCredentials)
      .where(eq(twoFactorCredentials.userId, await userId(email)));
    expect(stored!.secret).toMatch(/^v1\./);
    expect(stored!.secret).not.toContain(secret);
  });

  it('lets a recovery code stand in for the app once, and only once', async () => {
    startOfStep('2026-12-07T10:20:00.000Z');
    const first = await password(email, '127.0.0.1', 'een-lang-wachtwoord');
    const used = await post('/api/auth/two-factor/verify', first.headers, {
      method: 'recovery_code',
      code: recoveryCodes[0]!.toUpperCase(),
    });
    expect(used.statusCode).toBe(200);
    const rows = await auditRows('auth.two_factor_recovery_used', await userId(email));
    expect(rows.map((row) => row.after)).toEqual([{ recoveryCodesLeft: 9 }]);

    const second = await password(email, '127.0.0.1', 'een-lang-wachtwoord');
    const reused = await post('/api/auth/two-factor/verify', second.headers, {
      method: 'recovery_code',
      code: recoveryCodes[0],
    });
    expect(reused.statusCode).toBe(401);
    expect(reused.json().code).toBe('INVALID_TWO_FACTOR_CODE');
    const other = await post('/api/auth/two-factor/verify', second.headers, {
      method: 'recovery_code',
      code: recoveryCodes[1],
    });
    expect(other.statusCode).toBe(200);
    expect((await get('/api/auth/two-factor', headersOf(other))).json().recoveryCodesLeft).toBe(8);
  });

  it('is optional for other roles: a policy officer turns it on and off again with a code', async () => {
    startOfStep('2026-12-07T10:30:00.000Z');
    const officer = await loginAs(ctx.app, 'policy_officer@demo.example');
    expect((await get('/api/auth/two-factor', as(officer))).json()).toEqual({
      enrolled: false,
      required: false,
      enrolledAt: null,
      recoveryCodesLeft: 0,
    });
    const started = (await post('/api/auth/two-factor/enrolment', as(officer))).json();
    const confirmed = await post('/api/auth/two-factor/enrolment/confirm', as(officer), {
      code: codeOf(started.secret),
    });
    expect(confirmed.statusCode).toBe(200);
    // The session was complete already: it stays as it is.
    expect(confirmed.cookies).toHaveLength(0);

    // The next login asks for the code.
    const half = await password('policy_officer@demo.example');
    expect(half.me.pendingStep).toBe('two_factor');
    expect((await verify(half.headers, codeOf(started.secret, 1))).statusCode).toBe(200);

    secondsLater(30);
    const off = await post('/api/auth/two-factor/disable', as(officer), {
      code: codeOf(started.secret, 1),
    });
    expect(off.statusCode).toBe(200);
    expect(off.json().enrolled).toBe(false);
    expect((await password('policy_officer@demo.example')).me.pendingStep).toBeUndefined();
    expect(await auditRows('auth.two_factor_disable', officer.me.id)).toHaveLength(1);
  });

  it('cannot be turned off by a role that requires it', async () => {
    const off = await post('/api/auth/two-factor/disable', as(admin), { code: demoTotpCode(now) });
    expect(off.statusCode).toBe(409);
    expect(off.json().code).toBe('TWO_FACTOR_MANDATORY');
  });
});

describe("the administrator's reset", () => {
  it('removes the second factor and ends the sessions; the next login enrols anew; audited', async () => {
    startOfStep('2026-12-07T11:00:00.000Z');
    const analyst = await loginAs(ctx.app, 'wmo_analyst@demo.example');
    const analystId = analyst.me.id;

    const officer = await loginAs(ctx.app, 'policy_officer@demo.example');
    const forbidden = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/users/${analystId}/two-factor`,
      headers: as(officer),
    });
    expect(forbidden.statusCode).toBe(403);

    const reset = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/users/${analystId}/two-factor`,
      headers: as(admin),
    });
    expect(reset.statusCode).toBe(200);
    expect(reset.json()).toEqual({
      enrolled: false,
      required: true,
      enrolledAt: null,
      recoveryCodesLeft: 0,
    });
    expect((await get('/api/auth/me', as(analyst))).statusCode).toBe(401);
    const rows = await auditRows('user.two_factor_reset', analystId);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorEmail).toBe('admin@demo.example');
    expect(rows[0]!.before).toEqual({ enrolled: true });

    expect((await password('wmo_analyst@demo.example')).me.pendingStep).toBe(
      'two_factor_enrolment',
    );
    const twice = await ctx.app.inject({
      method: 'DELETE',
      url: `/api/users/${analystId}/two-factor`,
      headers: as(admin),
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('TWO_FACTOR_NOT_ENROLLED');
  });
});

describe("the demo accounts' codes", () => {
  it("are the administrator's current code on the demo municipality, and absent elsewhere", async () => {
    startOfStep('2026-12-07T12:00:00.000Z');
    const answer = (await ctx.app.inject({ method: 'GET', url: '/api/auth/demo-codes' })).json();
    // The analyst's second factor was reset above: it is no longer the demo's.
    expect(answer).toEqual({
      codes: [
        {
          email: 'admin@demo.example',
          code: demoTotpCode(now),
          nextAt: '2026-12-07T12:00:30.000Z',
        },
      ],
    });
    // Once used, the next step's code is shown (accepted 30 seconds early).
    const half = await password('admin@demo.example');
    expect((await verify(half.headers, answer.codes[0].code)).statusCode).toBe(200);
    const next = (await ctx.app.inject({ method: 'GET', url: '/api/auth/demo-codes' })).json();
    expect(next.codes[0].code).toBe(demoTotpCode(now, 1));

    await ctx.handle.db.update(municipality).set({ isDemo: false });
    try {
      const elsewhere = await ctx.app.inject({ method: 'GET', url: '/api/auth/demo-codes' });
      expect(elsewhere.json()).toEqual({ codes: [] });
    } finally {
      await ctx.handle.db.update(municipality).set({ isDemo: true });
    }
  });
});

/** Password and the app's code, for an account enrolled in this file. */
async function loginWithCode(email: string, secretPassword: string, code: () => string) {
  const half = await password(email, '127.0.0.1', secretPassword);
  const answer = await verify(half.headers, code());
  expect(answer.statusCode, answer.body).toBe(200);
  return headersOf(answer);
}
