import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestContext, createTestApp } from '../../test/support/test-app.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestApp();
});
afterAll(() => ctx.close());

describe('the HTTP API', () => {
  it('reports health and which database it runs on', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      status: 'ok',
      database: process.env.TEST_DATABASE_URL ? 'postgresql' : 'pglite',
    });
  });

  it('publishes an OpenAPI document listing its routes', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/docs/json' });
    expect(response.statusCode).toBe(200);
    const doc = response.json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/health',
        '/api/auth/login',
        '/api/users',
        '/api/organisations/{organisationId}',
        '/api/audit',
      ]),
    );
    const ui = await ctx.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('answers an unknown API route with 404 JSON', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/bestaat-niet' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({
      code: 'NOT_FOUND',
      message: 'GET /api/bestaat-niet bestaat niet.',
    });
  });

  it('answers malformed JSON with 400 and a clear message', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": "admin@demo.example", ',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({
      code: 'INVALID_JSON',
      message: 'Het verzoek is geen geldige JSON.',
    });
  });

  it('gives the municipality and its neighbourhoods to the public', async () => {
    const settings = (await ctx.app.inject({ method: 'GET', url: '/api/settings' })).json();
    expect(settings).toEqual({
      municipalityName: 'Gemeente Maastricht (demo)',
      municipalityCode: '0935',
      demo: true,
      privacy: {
        controller: 'het college van burgemeester en wethouders van Maastricht (demo)',
        dataProtectionOfficer:
          'de functionaris gegevensbescherming van de gemeente Maastricht (demo)',
        dataProtectionOfficerEmail: 'privacy@maastricht.example',
      },
    });
    const list = (await ctx.app.inject({ method: 'GET', url: '/api/neighbourhoods' })).json();
    expect(list.districts).toHaveLength(7);
    expect(list.districts[0].name).toBe('Centrum');
    expect(
      list.districts.flatMap((d: { neighbourhoods: unknown[] }) => d.neighbourhoods),
    ).toHaveLength(44);
    expect(list.districts[0].neighbourhoods.map((n: { name: string }) => n.name)).toContain(
      'Binnenstad',
    );
  });
});

describe('configuration', () => {
  it('lets MUNICIPALITY_NAME override the name in the header', async () => {
    const other = await createTestApp({ MUNICIPALITY_NAME: 'Gemeente Voorbeeld' });
    try {
      const settings = (await other.app.inject({ method: 'GET', url: '/api/settings' })).json();
      expect(settings.municipalityName).toBe('Gemeente Voorbeeld');
    } finally {
      await other.close();
    }
  });

  it('marks the session cookie Secure behind an https proxy when TRUST_PROXY=true', async () => {
    const other = await createTestApp({ TRUST_PROXY: 'true' });
    try {
      const response = await other.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'admin@demo.example', password: 'samenredzaam-demo' },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(response.cookies.find((c) => c.name === 'samenredzaam_session')?.secure).toBe(true);
    } finally {
      await other.close();
    }
  });
});
