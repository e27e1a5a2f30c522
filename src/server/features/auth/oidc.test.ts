import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type TestProvider,
  ProviderBrowser,
  startTestProvider,
} from '../../../../test/support/oidc-test-provider.ts';
import { type TestContext, as, createTestApp, loginAs } from '../../../../test/support/test-app.ts';
import { ConfigError, loadConfig, oidcSettings } from '../../platform/config.ts';
import { auditEvents, oidcIdentities, oidcLoginAttempts, users } from '../../platform/db/schema.ts';
import type { App } from '../../platform/http.ts';
import { redactUrl } from '../../platform/logging.ts';

const SITE = 'http://samenredzaam.test';
const REDIRECT_URI = `${SITE}/api/auth/oidc/callback`;
const AFTER_LOGOUT = `${SITE}/inloggen?uitgelogd=true`;

let provider: TestProvider;
beforeAll(async () => {
  provider = await startTestProvider([
    {
      client_id: 'samenredzaam',
      client_secret: 'test-only-client-secret',
      redirect_uris: [REDIRECT_URI],
      post_logout_redirect_uris: [AFTER_LOGOUT],
    },
    {
      client_id: 'samenredzaam-public',
      token_endpoint_auth_method: 'none',
      redirect_uris: [REDIRECT_URI],
      post_logout_redirect_uris: [AFTER_LOGOUT],
    },
  ]);
  provider.accounts.set('sub-sanne', { email: 'Policy_Officer@demo.example', name: 'Sanne' });
  provider.accounts.set('sub-karin', { email: 'applicant@demo.example', email_verified: true });
  provider.accounts.set('sub-joost', { email: 'assessor@demo.example', email_verified: true });
  provider.accounts.set('sub-imposter', { email: 'assessor@demo.example', email_verified: true });
  provider.accounts.set('sub-tom', { email: 'wmo_analyst@demo.example', email_verified: true });
  provider.accounts.set('sub-petra', { email: 'finance@demo.example', email_verified: false });
  provider.accounts.set('sub-noemail', { name: 'Zonder Adres' });
  provider.accounts.set('sub-stranger', { email: 'stranger@elsewhere.example' });
  provider.accounts.set('sub-gerda', { email: 'participant@demo.example' });
});
afterAll(() => provider.close());

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

interface Started {
  cookie: string;
  authorizationUrl: string;
}

/** The login page's button: the app sends the browser to the provider. */
async function startLogin(app: App, query = ''): Promise<Started> {
  const response = await app.inject({ method: 'GET', url: `/api/auth/oidc/login${query}` });
  expect(response.statusCode).toBe(302);
  const cookie = response.cookies.find((c) => c.name === 'samenredzaam_oidc');
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');
  return {
    cookie: `samenredzaam_oidc=${cookie!.value}`,
    authorizationUrl: response.headers.location as string,
  };
}

/** The provider sends the browser back to the app with the code. */
function finishLogin(app: App, started: Started, callback: URL) {
  return app.inject({
    method: 'GET',
    url: `${callback.pathname}${callback.search}`,
    headers: { cookie: started.cookie },
  });
}

/** The whole way: app → provider (log in, consent) → app; returns the app's last answer. */
async function logInAt(app: App, accountId: string, browser = new ProviderBrowser()) {
  const started = await startLogin(app);
  const callback = await browser.logIn(started.authorizationUrl, accountId, REDIRECT_URI);
  return finishLogin(app, started, callback);
}

function sessionCookieOf(response: Awaited<ReturnType<App['inject']>>) {
  const cookie = response.cookies.find((c) => c.name === 'samenredzaam_session');
  return cookie && cookie.value !== '' ? `samenredzaam_session=${cookie.value}` : undefined;
}

async function meWith(app: App, cookie: string) {
  return app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
}

describe('logging in at the provider (confidential client)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'samenredzaam',
      OIDC_CLIENT_SECRET: 'test-only-client-secret',
      PUBLIC_URL: SITE,
    });
  });
  afterAll(() => ctx.close());

  const countUsers = async () =>
    (await ctx.handle.db.select({ n: sql<number>`count(*)::int` }).from(users))[0]!.n;
  const identitiesOf = (subject: string) =>
    ctx.handle.db.select().from(oidcIdentities).where(eq(oidcIdentities.subject, subject));

  it('tells the login page to show the button, with its text', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/auth/oidc' });
    expect(response.json()).toEqual({
      enabled: true,
      label: 'Inloggen met uw organisatie-account',
    });
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce', async () => {
    const started = await startLogin(ctx.app);
    const url = new URL(started.authorizationUrl);
    expect(`${url.origin}${url.pathname}`).toBe(`${provider.issuer}/auth`);
    expect(url.searchParams.get('client_id')).toBe('samenredzaam');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
    expect(url.searchParams.get('scope')).toBe('openid email profile');
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('state')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(url.searchParams.get('nonce')).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The server keeps them; the browser's cookie is only a random handle to find them.
    const handle = started.cookie.split('=')[1]!;
    const [kept] = await ctx.handle.db
      .select()
      .from(oidcLoginAttempts)
      .where(eq(oidcLoginAttempts.handleHash, sha256(handle)));
    expect(kept?.state).toBe(url.searchParams.get('state'));
    expect(kept?.nonce).toBe(url.searchParams.get('nonce'));
  });

  it('gives the linked user a session of the product, with the roles the admin gave', async () => {
    const callback = await logInAt(ctx.app, 'sub-sanne');
    expect(callback.statusCode).toBe(303);
    expect(callback.headers.location).toBe('/');
    const session = callback.cookies.find((c) => c.name === 'samenredzaam_session');
    expect(session?.httpOnly).toBe(true);
    expect(session?.sameSite).toBe('Lax');
    // The cookie of the login under way is cleared.
    expect(callback.cookies.find((c) => c.name === 'samenredzaam_oidc')?.value).toBe('');

    const me = await meWith(ctx.app, sessionCookieOf(callback)!);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      email: 'policy_officer@demo.example',
      name: 'Sanne Willems',
      roles: ['policy_officer'],
      organisations: [],
    });

    const [identity] = await identitiesOf('sub-sanne');
    expect(identity).toMatchObject({ issuer: provider.issuer, userId: me.json().id });
    const audit = await ctx.handle.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, me.json().id as string));
    const actions = audit.map((row) => row.action);
    expect(actions).toContain('auth.oidc_linked');
    expect(actions).toContain('auth.login');
    const login = audit.find((row) => row.action === 'auth.login' && row.after !== null);
    expect(login?.after).toEqual({ method: 'oidc', issuer: provider.issuer });
    // Neither the provider's subject nor any token goes into the audit trail.
    expect(JSON.stringify(audit)).not.toContain('sub-sanne');
    expect(JSON.stringify(audit)).not.toMatch(/eyJ[A-Za-z0-9_-]+\./);
  });

  it("shows an organisation's user with the organisation", async () => {
    const callback = await logInAt(ctx.app, 'sub-karin');
    const me = (await meWith(ctx.app, sessionCookieOf(callback)!)).json();
    expect(me.roles).toEqual(['applicant']);
    expect(me.organisations.map((o: { name: string }) => o.name)).toHaveLength(1);
  });

  it('goes back to the page asked for, and only to a page of this site', async () => {
    const back = await startLogin(ctx.app, '?terug=%2Frondes');
    const callback = await new ProviderBrowser().logIn(
      back.authorizationUrl,
      'sub-sanne',
      REDIRECT_URI,
    );
    expect((await finishLogin(ctx.app, back, callback)).headers.location).toBe('/rondes');

    const elsewhere = await startLogin(ctx.app, '?terug=%2F%2Fevil.example%2F');
    const again = await new ProviderBrowser().logIn(
      elsewhere.authorizationUrl,
      'sub-sanne',
      REDIRECT_URI,
    );
    expect((await finishLogin(ctx.app, elsewhere, again)).headers.location).toBe('/');
  });

  it('refuses a tampered state, and the login cannot be used again after it', async () => {
    const started = await startLogin(ctx.app);
    const callback = await new ProviderBrowser().logIn(
      started.authorizationUrl,
      'sub-sanne',
      REDIRECT_URI,
    );
    const tampered = new URL(callback);
    tampered.searchParams.set('state', 'a-state-this-browser-never-asked-for-0123456789');
    const refused = await finishLogin(ctx.app, started, tampered);
    expect(refused.statusCode).toBe(303);
    expect(refused.headers.location).toBe('/inloggen?fout=OIDC_FAILED');
    expect(sessionCookieOf(refused)).toBeUndefined();

    const replayed = await finishLogin(ctx.app, started, callback);
    expect(replayed.headers.location).toBe('/inloggen?fout=OIDC_EXPIRED');
    expect(sessionCookieOf(replayed)).toBeUndefined();
  });

  it('refuses an ID token whose nonce is not the one kept for this login', async () => {
    const started = await startLogin(ctx.app);
    await ctx.handle.db
      .update(oidcLoginAttempts)
      .set({ nonce: 'a-nonce-that-was-never-sent-to-the-provider-0123' })
      .where(eq(oidcLoginAttempts.handleHash, sha256(started.cookie.split('=')[1]!)));
    const callback = await new ProviderBrowser().logIn(
      started.authorizationUrl,
      'sub-sanne',
      REDIRECT_URI,
    );
    const refused = await finishLogin(ctx.app, started, callback);
    expect(refused.headers.location).toBe('/inloggen?fout=OIDC_FAILED');
    expect(sessionCookieOf(refused)).toBeUndefined();
  });

  it('refuses a code redeemed with another PKCE verifier (the provider says no)', async () => {
    const started = await startLogin(ctx.app);
    await ctx.handle.db
      .update(oidcLoginAttempts)
      .set({ codeVerifier: 'another-verifier-than-the-challenge-was-made-of-0123' })
      .where(eq(oidcLoginAttempts.handleHash, sha256(started.cookie.split('=')[1]!)));
    const callback = await new ProviderBrowser().logIn(
      started.authorizationUrl,
      'sub-sanne',
      REDIRECT_URI,
    );
    const refused = await finishLogin(ctx.app, started, callback);
    expect(refused.headers.location).toBe('/inloggen?fout=OIDC_FAILED');
    expect(sessionCookieOf(refused)).toBeUndefined();
  });

  it('says so when the person cancels at the provider', async () => {
    const started = await startLogin(ctx.app);
    const callback = await new ProviderBrowser().logIn(
      started.authorizationUrl,
      'sub-sanne',
      REDIRECT_URI,
      { cancel: true },
    );
    expect(callback.searchParams.get('error')).toBe('access_denied');
    const refused = await finishLogin(ctx.app, started, callback);
    expect(refused.headers.location).toBe('/inloggen?fout=OIDC_CANCELLED');
    expect(sessionCookieOf(refused)).toBeUndefined();
  });

  it('refuses a callback without the browser that started the login', async () => {
    const started = await startLogin(ctx.app);
    const callback = await new ProviderBrowser().logIn(
      started.authorizationUrl,
      'sub-sanne',
      REDIRECT_URI,
    );
    const elsewhere = await finishLogin(ctx.app, { ...started, cookie: '' }, callback);
    expect(elsewhere.headers.location).toBe('/inloggen?fout=OIDC_EXPIRED');
    expect(sessionCookieOf(elsewhere)).toBeUndefined();
  });

  it('refuses an e-mail address without an account, and makes no account', async () => {
    const usersBefore = await countUsers();
    const failuresBefore = await ctx.handle.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'auth.login_failed'));
    const refused = await logInAt(ctx.app, 'sub-stranger');
    expect(refused.statusCode).toBe(303);
    expect(refused.headers.location).toBe('/inloggen?fout=OIDC_UNKNOWN_ACCOUNT');
    expect(sessionCookieOf(refused)).toBeUndefined();
    expect(await countUsers()).toBe(usersBefore);
    expect(await identitiesOf('sub-stranger')).toEqual([]);
    // Audited as a failed login for an address without an account, keeping nothing of it.
    const failures = await ctx.handle.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'auth.login_failed'));
    expect(failures).toHaveLength(failuresBefore.length + 1);
    expect(failures.at(-1)).toMatchObject({ entityType: 'login', entityId: 'unknown-address' });
    expect(JSON.stringify(failures)).not.toContain('stranger');
  });

  it('refuses an address the provider marks as not verified, and one without an address', async () => {
    expect((await logInAt(ctx.app, 'sub-petra')).headers.location).toBe(
      '/inloggen?fout=OIDC_NO_VERIFIED_EMAIL',
    );
    expect(await identitiesOf('sub-petra')).toEqual([]);
    expect((await logInAt(ctx.app, 'sub-noemail')).headers.location).toBe(
      '/inloggen?fout=OIDC_NO_VERIFIED_EMAIL',
    );
  });

  it('keeps the link by subject when the address changes at the provider', async () => {
    const first = await logInAt(ctx.app, 'sub-joost');
    const joost = (await meWith(ctx.app, sessionCookieOf(first)!)).json();
    expect(joost.email).toBe('assessor@demo.example');

    provider.accounts.set('sub-joost', { email: 'j.meulenberg@elsewhere.example' });
    const later = await logInAt(ctx.app, 'sub-joost');
    expect(later.headers.location).toBe('/');
    const again = (await meWith(ctx.app, sessionCookieOf(later)!)).json();
    expect(again.id).toBe(joost.id);
    expect(again.roles).toEqual(['assessor']);

    // Another account at the provider that now claims the old address does not get in:
    // the user is linked already, and an address never moves a link.
    const imposter = await logInAt(ctx.app, 'sub-imposter');
    expect(imposter.headers.location).toBe('/inloggen?fout=OIDC_LINKED_TO_OTHER');
    expect(sessionCookieOf(imposter)).toBeUndefined();
    expect(await identitiesOf('sub-imposter')).toEqual([]);
  });

  it('refuses a deactivated user, also when linked before', async () => {
    const before = await logInAt(ctx.app, 'sub-gerda');
    expect(before.headers.location).toBe('/');
    const admin = await loginAs(ctx.app, 'admin@demo.example');
    const [gerda] = await ctx.handle.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'participant@demo.example'));
    const patch = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${gerda!.id}`,
      headers: as(admin),
      payload: { active: false },
    });
    expect(patch.statusCode).toBe(200);
    const refused = await logInAt(ctx.app, 'sub-gerda');
    expect(refused.headers.location).toBe('/inloggen?fout=OIDC_ACCOUNT_INACTIVE');
    expect(sessionCookieOf(refused)).toBeUndefined();
  });

  it('hands logging out over to the provider, which sends the browser back to the login page', async () => {
    const browser = new ProviderBrowser();
    const login = await logInAt(ctx.app, 'sub-tom', browser);
    const cookie = sessionCookieOf(login)!;
    const me = (await meWith(ctx.app, cookie)).json();

    const logout = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie, 'x-csrf-token': me.csrfToken as string },
    });
    expect(logout.statusCode).toBe(200);
    const endSession = new URL(logout.json().endSessionUrl as string);
    expect(`${endSession.origin}${endSession.pathname}`).toBe(`${provider.issuer}/session/end`);
    expect(endSession.searchParams.get('id_token_hint')?.split('.')).toHaveLength(3);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(AFTER_LOGOUT);
    expect(endSession.searchParams.get('client_id')).toBe('samenredzaam');
    // The product's own session has ended.
    expect((await meWith(ctx.app, cookie)).statusCode).toBe(401);

    const back = await browser.confirmLogout(endSession.href);
    expect(back.href).toBe(AFTER_LOGOUT);
  });

  it('logs a password session out locally, as before', async () => {
    const session = await loginAs(ctx.app, 'social_worker@demo.example');
    const logout = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: as(session),
    });
    expect(logout.statusCode).toBe(204);
  });
});

describe('logging in at the provider (public client with PKCE alone)', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'samenredzaam-public',
      OIDC_REDIRECT_URI: REDIRECT_URI,
      OIDC_LOGIN_LABEL: 'Inloggen met eHerkenning',
    });
  });
  afterAll(() => ctx.close());

  it('logs in without a client secret and shows its own button text', async () => {
    const option = await ctx.app.inject({ method: 'GET', url: '/api/auth/oidc' });
    expect(option.json()).toEqual({ enabled: true, label: 'Inloggen met eHerkenning' });
    const callback = await logInAt(ctx.app, 'sub-sanne');
    expect(callback.headers.location).toBe('/');
    const me = (await meWith(ctx.app, sessionCookieOf(callback)!)).json();
    expect(me.roles).toEqual(['policy_officer']);
  });
});

describe('a provider that cannot be reached', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    // A port that was free a moment ago: nothing answers there.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((resolve) => probe.close(resolve));
    ctx = await createTestApp({
      OIDC_ISSUER: `http://127.0.0.1:${port}`,
      OIDC_CLIENT_ID: 'samenredzaam',
      PUBLIC_URL: SITE,
    });
  });
  afterAll(() => ctx.close());

  it('sends the browser back to the login page with a message, and the app keeps running', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/inloggen?fout=OIDC_UNAVAILABLE');
    expect((await ctx.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    // Password login works beside it.
    expect((await loginAs(ctx.app, 'finance@demo.example')).me.email).toBe('finance@demo.example');
  });
});

describe('without OIDC_* configuration', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestApp();
  });
  afterAll(() => ctx.close());

  it('shows no button and has no provider to go to', async () => {
    const option = await ctx.app.inject({ method: 'GET', url: '/api/auth/oidc' });
    expect(option.json()).toEqual({ enabled: false, label: null });
    const login = await ctx.app.inject({ method: 'GET', url: '/api/auth/oidc/login' });
    expect(login.statusCode).toBe(404);
  });
});

describe('OIDC configuration', () => {
  const complete = {
    OIDC_ISSUER: 'https://login.gemeente.example/realms/medewerkers',
    OIDC_CLIENT_ID: 'samenredzaam',
    PUBLIC_URL: 'https://samenredzaam.gemeente.example/',
  };

  it('derives the addresses of this site from PUBLIC_URL', () => {
    const settings = oidcSettings(loadConfig(complete))!;
    expect(settings.redirectUri.href).toBe(
      'https://samenredzaam.gemeente.example/api/auth/oidc/callback',
    );
    expect(settings.postLogoutRedirectUri.href).toBe(
      'https://samenredzaam.gemeente.example/inloggen?uitgelogd=true',
    );
    expect(settings.scopes).toBe('openid email profile');
    expect(settings.clientSecret).toBeUndefined();
    expect(oidcSettings(loadConfig({}))).toBeNull();
  });

  it('refuses half a configuration with one clear line', () => {
    expect(() => loadConfig({ OIDC_CLIENT_ID: 'samenredzaam' })).toThrow(
      new ConfigError('Configuration error in OIDC_ISSUER: required when OIDC_CLIENT_ID is set'),
    );
    expect(() => loadConfig({ ...complete, PUBLIC_URL: '' })).toThrow(/OIDC_REDIRECT_URI/);
    expect(() => loadConfig({ ...complete, OIDC_SCOPES: 'email profile' })).toThrow(
      'Configuration error in OIDC_SCOPES: must include openid',
    );
    expect(() => loadConfig({ ...complete, OIDC_ISSUER: 'http://login.gemeente.example' })).toThrow(
      'Configuration error in OIDC_ISSUER: must be an https:// address',
    );
  });

  it('keeps the code and state of a callback out of the log', () => {
    expect(
      redactUrl('/api/auth/oidc/callback?code=abc123&state=xyz789&iss=https%3A%2F%2Fidp'),
    ).toBe('/api/auth/oidc/callback?code=[redacted]&state=[redacted]&iss=[redacted]');
  });
});
