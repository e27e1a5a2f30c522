/**
 * Headers every answer carries, refused ones included, and the origin check on changes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, as, createTestApp, loginAs } from '../../../test/support/test-app.ts';
import { loadConfig } from './config.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

const securityHeaders = (headers: Record<string, unknown>) => ({
  nosniff: headers['x-content-type-options'],
  frameAncestors: String(headers['content-security-policy']).includes("frame-ancestors 'none'"),
  referrer: headers['referrer-policy'],
});

describe('answers of the API', () => {
  it('are never stored by a browser or proxy (Cache-Control: no-store), refused ones included', async () => {
    const officer = await loginAs(ctx.app, 'policy_officer@demo.example');
    const answers = [
      await ctx.app.inject({ method: 'GET', url: '/api/organisations', headers: as(officer) }),
      await ctx.app.inject({ method: 'GET', url: '/api/auth/me' }),
      await ctx.app.inject({ method: 'GET', url: '/api/audit', headers: as(officer) }),
      await ctx.app.inject({ method: 'GET', url: '/api/does-not-exist' }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 403, 404]);
    expect(answers.map((a) => a.headers['cache-control'])).toEqual([
      'no-store',
      'no-store',
      'no-store',
      'no-store',
    ]);
  });

  it('carry the security headers on 401, 403 and 404 as on 200', async () => {
    const officer = await loginAs(ctx.app, 'policy_officer@demo.example');
    const answers = [
      await ctx.app.inject({ method: 'GET', url: '/api/health' }),
      await ctx.app.inject({ method: 'GET', url: '/api/auth/me' }),
      await ctx.app.inject({ method: 'GET', url: '/api/audit', headers: as(officer) }),
      await ctx.app.inject({ method: 'GET', url: '/api/does-not-exist' }),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([200, 401, 403, 404]);
    for (const answer of answers) {
      expect(securityHeaders(answer.headers)).toEqual({
        nosniff: 'nosniff',
        frameAncestors: true,
        referrer: 'no-referrer',
      });
    }
  });
});

describe('changes from a page without an origin of its own', () => {
  it('refuses "Origin: null" even with the session and its CSRF token, and changes nothing', async () => {
    const admin = await loginAs(ctx.app, 'admin@demo.example');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { ...as(admin), origin: 'null' },
      payload: { name: 'Stichting Uit Een Sandbox' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CSRF_FAILED');
    const list = (
      await ctx.app.inject({ method: 'GET', url: '/api/organisations', headers: as(admin) })
    ).json<{ items: { name: string }[] }>();
    expect(list.items.map((o) => o.name)).not.toContain('Stichting Uit Een Sandbox');
  });

  it('still takes a change from its own origin', async () => {
    const admin = await loginAs(ctx.app, 'admin@demo.example');
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: { ...as(admin), origin: 'http://localhost:8080', host: 'localhost:8080' },
      payload: { name: 'Stichting Van Hier' },
    });
    expect(response.statusCode).toBe(201);
  });
});

describe('the address the server listens on', () => {
  it('is this machine only unless HOST says otherwise', () => {
    expect(loadConfig({}).HOST).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '0.0.0.0' }).HOST).toBe('0.0.0.0');
  });
});
