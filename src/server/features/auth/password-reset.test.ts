/**
 * "Wachtwoord vergeten?" (docs/rules/login-security.md): the same answer for every address,
 * a link by e-mail for an active local account that works once and for 60 minutes, every
 * session ended, and the second factor still asked for afterwards.
 */
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type TestContext,
  DEMO_PASSWORD,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { auditEvents, mailMessages, passwordResetTokens, users } from '../../platform/db/schema.ts';
import { redactLinks } from '../../platform/mail.ts';

/** The server's clock, moved by the tests (links expire in the application's time). */
let now = new Date('2026-12-07T09:00:00.000Z');
const minutesLater = (minutes: number) => {
  now = new Date(now.getTime() + minutes * 60_000);
};

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp({ PUBLIC_URL: 'https://subsidie.example.nl' }, () => now);
});
afterAll(() => ctx.close());

const NEW_PASSWORD = 'herfstbladeren-in-de-jeker';

function requestLink(email: string, remoteAddress = '127.0.0.1') {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/auth/password-reset',
    payload: { email },
    remoteAddress,
  });
}

function resetWith(token: string, password = NEW_PASSWORD) {
  return ctx.app.inject({
    method: 'POST',
    url: '/api/auth/password-reset/confirm',
    payload: { token, password },
  });
}

function login(email: string, password: string) {
  return ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
}

const SUBJECT = 'Een nieuw wachtwoord kiezen voor Samenredzaam';

/** The password links sent to an address, newest first (the demo sent it other mail too). */
async function mailsTo(email: string) {
  return ctx.handle.db
    .select()
    .from(mailMessages)
    .where(and(eq(mailMessages.to, email), eq(mailMessages.subject, SUBJECT)))
    .orderBy(desc(mailMessages.createdAt));
}

/** The token of the newest link sent to this address. */
async function linkSentTo(email: string): Promise<string> {
  const [mail] = await mailsTo(email);
  const match = /https:\/\/subsidie\.example\.nl\/wachtwoord-herstellen\/([A-Za-z0-9_-]+)/.exec(
    mail!.text,
  );
  return match![1]!;
}

async function auditOf(action: string, email: string) {
  const [user] = await ctx.handle.db.select().from(users).where(eq(users.email, email));
  return ctx.handle.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.action, action), eq(auditEvents.entityId, user!.id)));
}

describe('asking for a link', () => {
  it('gives the same answer for an unknown address, a deactivated account and an active one', async () => {
    const admin = await loginAs(ctx.app, 'admin@demo.example');
    const [finance] = await ctx.handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'finance@demo.example'));
    await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${finance!.id}`,
      headers: as(admin),
      payload: { active: false },
    });

    const unknown = await requestLink('niemand@demo.example', '192.0.2.1');
    const inactive = await requestLink('finance@demo.example', '192.0.2.1');
    const active = await requestLink(' Assessor@Demo.example ', '192.0.2.1');
    for (const answer of [unknown, inactive, active]) {
      expect(answer.statusCode).toBe(202);
      expect(answer.body).toBe(unknown.body);
    }
    // Only the active account gets a message.
    expect(await mailsTo('niemand@demo.example')).toHaveLength(0);
    expect(await mailsTo('finance@demo.example')).toHaveLength(0);
    const [mail] = await mailsTo('assessor@demo.example');
    expect(mail!.text).toContain('De link werkt één keer en is 60 minuten geldig, tot ');
    expect(mail!.text).toContain('Hebt u dit niet zelf gevraagd?');
    expect(await auditOf('auth.password_reset_requested', 'assessor@demo.example')).toHaveLength(1);
  });

  it('keeps only a hash of the token, and the sent e-mail loses the token too', async () => {
    const token = await linkSentTo('assessor@demo.example');
    const [mail] = await mailsTo('assessor@demo.example');
    expect(redactLinks(mail!.text)).toContain(
      'https://subsidie.example.nl/wachtwoord-herstellen/…',
    );
    expect(redactLinks(mail!.text)).not.toContain(token);
    const rows = await ctx.handle.db.select().from(passwordResetTokens);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    for (const row of rows) {
      expect(row.tokenHash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.tokenHash).not.toContain(token);
    }
  });

  it('is slowed down after three requests in an hour for one address, known or not, alike', async () => {
    for (const email of ['applicant2@demo.example', 'onbekend@demo.example']) {
      for (let request = 1; request <= 3; request++) {
        expect((await requestLink(email, '192.0.2.2')).statusCode, `${email} ${request}`).toBe(202);
      }
      const fourth = await requestLink(email, '192.0.2.2');
      expect(fourth.statusCode, email).toBe(429);
      expect(fourth.json().code).toBe('TOO_MANY_ATTEMPTS');
    }
    expect(await mailsTo('applicant2@demo.example')).toHaveLength(3);
  });
});

describe('the link', () => {
  it('sets a new password once; the old password and a second use are refused', async () => {
    minutesLater(120);
    await requestLink('coordinator@demo.example');
    const token = await linkSentTo('coordinator@demo.example');
    minutesLater(59);
    expect((await resetWith(token)).statusCode).toBe(204);
    expect((await login('coordinator@demo.example', DEMO_PASSWORD)).statusCode).toBe(401);
    expect((await login('coordinator@demo.example', NEW_PASSWORD)).statusCode).toBe(200);

    const again = await resetWith(token, 'nog-een-ander-wachtwoord');
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('PASSWORD_RESET_LINK_INVALID');
    expect((await login('coordinator@demo.example', NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('no longer works at 60 minutes after it was asked for', async () => {
    minutesLater(120);
    await requestLink('applicant@demo.example');
    const token = await linkSentTo('applicant@demo.example');
    minutesLater(60);
    const expired = await resetWith(token);
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('PASSWORD_RESET_LINK_INVALID');
    expect((await login('applicant@demo.example', DEMO_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a weak new password, naming the field, and stays usable', async () => {
    minutesLater(120);
    await requestLink('social_worker@demo.example');
    const token = await linkSentTo('social_worker@demo.example');
    const weak = await resetWith(token, 'kort');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().fields).toEqual([
      { path: 'password', message: 'Het wachtwoord moet minstens 12 tekens lang zijn.' },
    ]);
    expect((await resetWith(token)).statusCode).toBe(204);
  });

  it('ends every session of the account, audited', async () => {
    minutesLater(120);
    const first = await loginAs(ctx.app, 'participant@demo.example');
    const second = await loginAs(ctx.app, 'participant@demo.example');
    await requestLink('participant@demo.example');
    expect((await resetWith(await linkSentTo('participant@demo.example'))).statusCode).toBe(204);
    for (const session of [first, second]) {
      const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(session) });
      expect(me.statusCode).toBe(401);
    }
    const rows = await auditOf('auth.password_reset', 'participant@demo.example');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.after).toEqual({ sessionsEnded: 2 });
    expect(rows[0]!.actorEmail).toBe('participant@demo.example');
  });

  it('does not skip the second factor: the administrator still gives a code after the new password', async () => {
    minutesLater(120);
    await requestLink('admin@demo.example');
    const [mail] = await mailsTo('admin@demo.example');
    expect(mail!.text).toContain('Dan blijft de code uit uw authenticator-app nodig.');
    expect((await resetWith(await linkSentTo('admin@demo.example'))).statusCode).toBe(204);
    const afterReset = await login('admin@demo.example', NEW_PASSWORD);
    expect(afterReset.statusCode).toBe(200);
    expect(afterReset.json().pendingStep).toBe('two_factor');
    const cookie = afterReset.cookies.find((c) => c.name === 'samenredzaam_session')!;
    const users = await ctx.app.inject({
      method: 'GET',
      url: '/api/users',
      headers: { cookie: `samenredzaam_session=${cookie.value}` },
    });
    expect(users.statusCode).toBe(403);
    expect(users.json().code).toBe('TWO_FACTOR_REQUIRED');
  });
});
