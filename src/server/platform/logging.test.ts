import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  loginAs,
  openTestDatabase,
  TEST_PSEUDONYM_KEY,
} from '../../../test/support/test-app.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from './config.ts';
import { participantConsents, participants, provisions } from './db/schema.ts';
import { type App, SESSION_COOKIE } from './http.ts';
import { formatLogLine, loggerOptions, redactUrl } from './logging.ts';

describe('a URL as it is logged', () => {
  it('hides the token of an invitation, questionnaire or password link, in the API and in the web app', () => {
    const token = 'q3Xh0pZ5y7cV1mN9bK2jL4fD6sA8gH0wE1rT3uI5oP7';
    expect(redactUrl(`/api/invitations/${token}`)).toBe('/api/invitations/[redacted]');
    expect(redactUrl(`/api/invitations/${token}/accept`)).toBe(
      '/api/invitations/[redacted]/accept',
    );
    expect(redactUrl(`/api/questionnaire/${token}`)).toBe('/api/questionnaire/[redacted]');
    expect(redactUrl(`/uitnodiging/${token}`)).toBe('/uitnodiging/[redacted]');
    expect(redactUrl(`/vragenlijst/${token}`)).toBe('/vragenlijst/[redacted]');
    expect(redactUrl(`/wachtwoord-herstellen/${token}`)).toBe('/wachtwoord-herstellen/[redacted]');
    // Also a link cut short: whatever follows the page's path is the token.
    expect(redactUrl('/wachtwoord-herstellen/q3Xh0pZ5')).toBe('/wachtwoord-herstellen/[redacted]');
  });

  it('hides any token-like path segment, but keeps ids', () => {
    const id = '3f2b8c1e-4a5d-4e6f-9a0b-1c2d3e4f5a6b';
    expect(redactUrl(`/api/participants/${id}/measurements`)).toBe(
      `/api/participants/${id}/measurements`,
    );
    expect(redactUrl('/api/password-reset/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-')).toBe(
      '/api/password-reset/[redacted]',
    );
  });

  it('keeps harmless query values and hides the others (an e-mail address, a search)', () => {
    expect(redactUrl('/api/audit?actor=jan%40example.org&page=2')).toBe(
      '/api/audit?actor=[redacted]&page=2',
    );
    expect(redactUrl('/api/rounds/1/export?format=rfc4180')).toBe(
      '/api/rounds/1/export?format=rfc4180',
    );
    expect(redactUrl('/api/outbox?to=penningmeester@lindeboom.example&token=abc')).toBe(
      '/api/outbox?to=[redacted]&token=[redacted]',
    );
  });
});

describe('a log line at the terminal', () => {
  it('reads as time, level, method, URL, status and duration', () => {
    const line = formatLogLine(
      JSON.stringify({
        level: 20,
        time: Date.parse('2027-03-10T09:00:05Z'),
        pid: 1,
        hostname: 'server',
        reqId: 'a',
        req: { method: 'GET', url: '/api/questionnaire/[redacted]' },
        res: { statusCode: 200 },
        responseTime: 4.3,
        msg: 'request completed',
      }),
    );
    expect(line).toBe('10:00:05 DEBUG GET /api/questionnaire/[redacted] 200 (4 ms)\n');
  });
});

/** The app as `npm start` builds it, with its log written to `lines`. */
async function appWithLog(level: 'debug' | 'info', lines: string[]) {
  const { handle, drop } = await openTestDatabase();
  const config = loadConfig({
    SAMENREDZAAM_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY,
    PUBLIC_URL: 'https://samenredzaam.maastricht.example',
    LOG_LEVEL: level,
    LOG_FORMAT: 'json',
  });
  const app = await buildApp({
    db: handle.db,
    databaseKind: handle.kind,
    config,
    webDist: '/nonexistent',
    logger: loggerOptions(config, { write: (line) => lines.push(line) }),
    // After the participant's consent of 4 January 2027, within the link's 14 days.
    clock: () => new Date('2027-03-10T09:00:00Z'),
  });
  await app.ready();
  return { app, handle, close: async () => (await app.close(), await drop()) };
}

describe('the request log', () => {
  const lines: string[] = [];
  let ctx: Awaited<ReturnType<typeof appWithLog>>;
  let app: App;

  beforeAll(async () => {
    ctx = await appWithLog('debug', lines);
    app = ctx.app;
  });
  afterAll(() => ctx.close());

  it('at LOG_LEVEL=debug names each request without the token of its link', async () => {
    // A real questionnaire link, as the coordinator makes it for a participant.
    const coordinator = await loginAs(app, 'coordinator@demo.example');
    const lindeboom = (
      await ctx.handle.db.select({ id: provisions.id, name: provisions.name }).from(provisions)
    ).find((p) => p.name === 'Huiskamer De Lindeboom')!;
    const [participant] = await ctx.handle.db
      .insert(participants)
      .values({
        provisionId: lindeboom.id,
        displayName: 'Mevrouw A. Jacobs',
        startDate: '2027-01-04',
        clientRoute: 'self',
      })
      .returning({ id: participants.id });
    for (const scope of ['registration', 'measurements']) {
      await ctx.handle.db.insert(participantConsents).values({
        participantId: participant!.id,
        method: 'written',
        scope,
        givenOn: '2027-01-04',
      });
    }
    const link = await app.inject({
      method: 'POST',
      url: `/api/participants/${participant!.id}/questionnaire-links`,
      headers: as(coordinator),
    });
    expect(link.statusCode).toBe(201);
    const questionnaireToken = /\/vragenlijst\/([A-Za-z0-9_-]{43})$/.exec(link.json().url)![1]!;
    const questionnaire = await app.inject({
      method: 'GET',
      url: `/api/questionnaire/${questionnaireToken}`,
    });
    expect(questionnaire.statusCode).toBe(200);

    // A real invitation, as a colleague receives it by e-mail.
    const applicant = await loginAs(app, 'applicant@demo.example');
    const admin = await loginAs(app, 'admin@demo.example');
    const invited = await app.inject({
      method: 'POST',
      url: `/api/organisations/${applicant.me.organisations[0]!.id}/invitations`,
      headers: as(applicant),
      payload: { email: 'penningmeester@lindeboom.example' },
    });
    expect(invited.statusCode).toBe(201);
    const outbox = await app.inject({
      method: 'GET',
      url: '/api/outbox?to=penningmeester@lindeboom.example',
      headers: as(admin),
    });
    const invitationToken = /\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(
      outbox.json().items[0].text,
    )![1]!;
    const invitation = await app.inject({
      method: 'GET',
      url: `/api/invitations/${invitationToken}`,
    });
    expect(invitation.statusCode).toBe(200);
    // The page of the link in the web app (not built here, so 404) is logged the same way.
    await app.inject({ method: 'GET', url: `/uitnodiging/${invitationToken}` });

    const log = lines.join('');
    expect(log).not.toContain(questionnaireToken);
    expect(log).not.toContain(invitationToken);
    expect(log).not.toContain('penningmeester@lindeboom.example');
    const requests = lines
      .map((line) => JSON.parse(line) as { level: number; req?: { method: string; url: string } })
      .filter((entry) => entry.req)
      .map((entry) => ({ level: entry.level, ...entry.req }));
    expect(requests).toContainEqual({
      level: 20,
      method: 'GET',
      url: '/api/questionnaire/[redacted]',
    });
    expect(requests).toContainEqual({
      level: 20,
      method: 'GET',
      url: '/api/invitations/[redacted]',
    });
    expect(requests).toContainEqual({ level: 20, method: 'GET', url: '/uitnodiging/[redacted]' });
    expect(requests).toContainEqual({
      level: 20,
      method: 'GET',
      url: '/api/outbox?to=[redacted]',
    });
    // No client address (personal data) and no headers (cookies, CSRF tokens).
    expect(log).not.toContain('remoteAddress');
    expect(log).not.toContain(SESSION_COOKIE);
    expect(log).not.toContain('Mevrouw A. Jacobs');
  });
});

describe('the log at the default LOG_LEVEL=info', () => {
  it('has no line for an ordinary request', async () => {
    const lines: string[] = [];
    const ctx = await appWithLog('info', lines);
    try {
      const health = await ctx.app.inject({ method: 'GET', url: '/api/health' });
      const missing = await ctx.app.inject({ method: 'GET', url: '/api/no-such-thing' });
      expect([health.statusCode, missing.statusCode]).toEqual([200, 404]);
      expect(lines).toEqual([]);
    } finally {
      await ctx.close();
    }
  });
});
