import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';

let ctx: TestContext;
let admin: Session;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await loginAs(ctx.app, 'admin@demo.example');
});
afterAll(() => ctx.close());

const audit = async (query: string) =>
  (await ctx.app.inject({ method: 'GET', url: `/api/audit?${query}`, headers: as(admin) })).json();

describe('managing users', () => {
  it('lists the demo accounts: one per role plus a second assessor, applicant and finance user', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/users', headers: as(admin) });
    expect(response.statusCode).toBe(200);
    const emails = response
      .json()
      .items.map((u: { email: string }) => u.email)
      .sort();
    expect(emails).toEqual([
      'admin@demo.example',
      'applicant2@demo.example',
      'applicant@demo.example',
      'assessor2@demo.example',
      'assessor@demo.example',
      'coordinator@demo.example',
      'finance2@demo.example',
      'finance@demo.example',
      'participant@demo.example',
      'policy_officer@demo.example',
      'social_worker@demo.example',
      'wmo_analyst@demo.example',
    ]);
  });

  it('creates a user with several roles and organisations, who can then log in', async () => {
    const orgs = (
      await ctx.app.inject({ method: 'GET', url: '/api/organisations', headers: as(admin) })
    ).json().items;
    const twoOrgs = orgs.slice(0, 2).map((o: { id: string }) => o.id);
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin),
      payload: {
        email: ' Nieuw.Bestuurslid@Voorbeeld.nl ',
        name: 'Nieuw Bestuurslid',
        password: 'een-lang-wachtwoord',
        roles: ['applicant', 'coordinator'],
        organisationIds: twoOrgs,
      },
    });
    expect(response.statusCode).toBe(201);
    const user = response.json();
    expect(user.email).toBe('nieuw.bestuurslid@voorbeeld.nl');
    expect(user.roles).toEqual(['applicant', 'coordinator']);
    expect(user.organisations).toHaveLength(2);

    const session = await loginAs(ctx.app, 'nieuw.bestuurslid@voorbeeld.nl', 'een-lang-wachtwoord');
    expect(session.me.organisations.map((o) => o.id).sort()).toEqual([...twoOrgs].sort());

    const trail = await audit(`action=user.create&entityId=${user.id}`);
    expect(trail.total).toBe(1);
    expect(trail.items[0].actorEmail).toBe('admin@demo.example');
    expect(trail.items[0].after).toMatchObject({
      email: 'nieuw.bestuurslid@voorbeeld.nl',
      roles: ['applicant', 'coordinator'],
    });
    expect(JSON.stringify(trail.items[0])).not.toContain('argon2');
  });

  it('refuses a second account with the same e-mail address, naming the field', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin),
      payload: {
        email: 'FINANCE@demo.example',
        name: 'Dubbel',
        password: 'een-lang-wachtwoord',
        roles: ['finance'],
      },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'EMAIL_TAKEN', fields: [{ path: 'email' }] });
  });

  it('explains every invalid field in Dutch', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin),
      payload: { email: 'geen-adres', name: '', password: 'kort', roles: [] },
    });
    expect(response.statusCode).toBe(400);
    const fields = Object.fromEntries(
      response.json().fields.map((f: { path: string; message: string }) => [f.path, f.message]),
    );
    expect(fields).toEqual({
      email: 'Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.nl.',
      name: 'Vul een naam in.',
      password: 'Het wachtwoord moet minstens 12 tekens lang zijn.',
      roles: 'Kies minstens één rol.',
    });
  });

  it('refuses an unknown organisation and stores nothing, not even an audit row', async () => {
    const before = (await audit('action=user.create')).total;
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: as(admin),
      payload: {
        email: 'los@voorbeeld.nl',
        name: 'Los',
        password: 'een-lang-wachtwoord',
        roles: ['applicant'],
        organisationIds: ['00000000-0000-4000-8000-000000000000'],
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { path: 'organisationIds', message: 'Kies bestaande organisaties.' },
    ]);
    expect((await audit('action=user.create')).total).toBe(before);
    const users = (
      await ctx.app.inject({ method: 'GET', url: '/api/users', headers: as(admin) })
    ).json().items;
    expect(users.map((u: { email: string }) => u.email)).not.toContain('los@voorbeeld.nl');
  });

  it('keeps at least one active administrator', async () => {
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${admin.me.id}`,
      headers: as(admin),
      payload: { roles: ['policy_officer'] },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('LAST_ADMIN');
    const deactivate = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${admin.me.id}`,
      headers: as(admin),
      payload: { active: false },
    });
    expect(deactivate.json().code).toBe('LAST_ADMIN');
  });

  it('records before and after when roles change', async () => {
    const finance = await loginAs(ctx.app, 'finance@demo.example');
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${finance.me.id}`,
      headers: as(admin),
      payload: { roles: ['finance', 'policy_officer'] },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json().roles).toEqual(['finance', 'policy_officer']);
    const trail = await audit(`action=user.update&entityId=${finance.me.id}`);
    expect(trail.items[0].before.roles).toEqual(['finance']);
    expect(trail.items[0].after.roles).toEqual(['finance', 'policy_officer']);
    // The new role counts at once for the open session.
    const me = (
      await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(finance) })
    ).json();
    expect(me.roles).toEqual(['finance', 'policy_officer']);
  });

  it('ends open sessions when an administrator sets a new password', async () => {
    const analyst = await loginAs(ctx.app, 'wmo_analyst@demo.example');
    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${analyst.me.id}`,
      headers: as(admin),
      payload: { password: 'nieuw-wachtwoord-2026' },
    });
    expect(response.statusCode).toBe(200);
    expect(
      (await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(analyst) }))
        .statusCode,
    ).toBe(401);
    await expect(
      loginAs(ctx.app, 'wmo_analyst@demo.example', 'nieuw-wachtwoord-2026'),
    ).resolves.toBeTruthy();
  });
});
