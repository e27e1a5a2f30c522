import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';

let ctx: TestContext;
let applicant: Session;
let applicant2: Session;
let admin: Session;
let organisationId: string;

beforeAll(async () => {
  ctx = await createTestApp({ PUBLIC_URL: 'https://subsidie.example.nl' });
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  applicant2 = await loginAs(ctx.app, 'applicant2@demo.example');
  admin = await loginAs(ctx.app, 'admin@demo.example');
  organisationId = applicant.me.organisations[0]!.id;
});
afterAll(() => ctx.close());

/** The invitation link as the invited colleague receives it by e-mail. */
async function linkSentTo(email: string): Promise<string> {
  const outbox = (
    await ctx.app.inject({ method: 'GET', url: `/api/outbox?to=${email}`, headers: as(admin) })
  ).json();
  const match = /https:\/\/subsidie\.example\.nl\/uitnodiging\/([A-Za-z0-9_-]+)/.exec(
    outbox.items[0].text,
  );
  return match![1]!;
}

describe('inviting a colleague', () => {
  it('sends a link that lets a new person choose a password and join as applicant', async () => {
    const invited = await ctx.app.inject({
      method: 'POST',
      url: `/api/organisations/${organisationId}/invitations`,
      headers: as(applicant),
      payload: { email: 'Penningmeester@Lindeboom.example' },
    });
    expect(invited.statusCode).toBe(201);
    expect(invited.json()).toMatchObject({
      email: 'penningmeester@lindeboom.example',
      acceptedAt: null,
    });

    const token = await linkSentTo('penningmeester@lindeboom.example');
    const lookup = await ctx.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(lookup.json()).toMatchObject({
      organisationName: 'Stichting Huiskamer De Lindeboom',
      email: 'penningmeester@lindeboom.example',
      accountExists: false,
    });

    const incomplete = await ctx.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: {},
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().fields.map((f: { path: string }) => f.path)).toEqual([
      'name',
      'password',
    ]);

    const accepted = await ctx.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: { name: 'Jan Bemelmans', password: 'penningmeester-2027' },
    });
    expect(accepted.statusCode).toBe(200);
    const session = await loginAs(
      ctx.app,
      'penningmeester@lindeboom.example',
      'penningmeester-2027',
    );
    expect(session.me.roles).toEqual(['applicant']);
    expect(session.me.organisations.map((o) => o.name)).toEqual([
      'Stichting Huiskamer De Lindeboom',
    ]);

    // The link works once.
    const again = await ctx.app.inject({ method: 'GET', url: `/api/invitations/${token}` });
    expect(again.statusCode).toBe(404);
  });

  it('lets someone who already has an account serve a second organisation, after logging in', async () => {
    await ctx.app.inject({
      method: 'POST',
      url: `/api/organisations/${applicant2.me.organisations[0]!.id}/invitations`,
      headers: as(applicant2),
      payload: { email: 'applicant@demo.example' },
    });
    const token = await linkSentTo('applicant@demo.example');
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/invitations/${token}` })).json()
        .accountExists,
    ).toBe(true);

    const anonymous = await ctx.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      payload: {},
    });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().message).toBe(
      'Log eerst in als applicant@demo.example om deze uitnodiging aan te nemen.',
    );

    const wrongPerson = await ctx.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      headers: as(admin),
      payload: {},
    });
    expect(wrongPerson.statusCode).toBe(401);

    const accepted = await ctx.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept`,
      headers: as(applicant),
      payload: {},
    });
    expect(accepted.statusCode).toBe(200);
    const me = (
      await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: as(applicant) })
    ).json();
    expect(me.organisations.map((o: { name: string }) => o.name)).toEqual([
      'Stichting Huiskamer De Lindeboom',
      'Vereniging Klusteam Maas en Mergel',
    ]);
  });

  it("is not possible for another organisation's applicant", async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/organisations/${organisationId}/invitations`,
      headers: as(applicant2),
      payload: { email: 'indringer@example.nl' },
    });
    expect(response.statusCode).toBe(404);
  });
});
