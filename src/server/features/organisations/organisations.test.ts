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
let applicant: Session;
let applicant2: Session;
beforeAll(async () => {
  ctx = await createTestApp();
  admin = await loginAs(ctx.app, 'admin@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  applicant2 = await loginAs(ctx.app, 'applicant2@demo.example');
});
afterAll(() => ctx.close());

describe('organisations', () => {
  it('are all visible to the administrator, with their members counted', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: '/api/organisations',
      headers: as(admin),
    });
    const items = response.json().items as { name: string; memberCount: number }[];
    expect(items.map((o) => [o.name, o.memberCount])).toEqual([
      ['Buurtvereniging Informatiepunt Oost', 0],
      ['Stichting Dagbesteding Het Jekerpad', 0],
      ['Stichting Huiskamer De Lindeboom', 2],
      ['Stichting Huiskamer Het Trefpunt', 0],
      ['Stichting Ontmoetingshuis Heer', 0],
      ['Vereniging Klusteam Maas en Mergel', 1],
    ]);
  });

  it("are scoped to the applicant's own organisation", async () => {
    const list = (
      await ctx.app.inject({ method: 'GET', url: '/api/organisations', headers: as(applicant) })
    ).json();
    expect(list.items.map((o: { name: string }) => o.name)).toEqual([
      'Stichting Huiskamer De Lindeboom',
    ]);
    const own = await ctx.app.inject({
      method: 'GET',
      url: `/api/organisations/${applicant.me.organisations[0]!.id}`,
      headers: as(applicant),
    });
    expect(own.statusCode).toBe(200);
  });

  it('of another organisation are not found for applicant2 (404, not 403)', async () => {
    const response = await ctx.app.inject({
      method: 'GET',
      url: `/api/organisations/${applicant.me.organisations[0]!.id}`,
      headers: as(applicant2),
    });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe('NOT_FOUND');
  });

  it("can have their profile kept up to date by their own applicant, not by another's", async () => {
    const own = applicant.me.organisations[0]!.id;
    const byOther = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${own}`,
      headers: as(applicant2),
      payload: { name: 'Overgenomen' },
    });
    expect(byOther.statusCode).toBe(404);

    const badIban = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${own}`,
      headers: as(applicant),
      payload: { iban: 'NL91ABNA0417164301' },
    });
    expect(badIban.statusCode).toBe(400);
    expect(badIban.json().fields[0].path).toBe('iban');

    const response = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${own}`,
      headers: as(applicant),
      payload: {
        street: 'Lindenkruis 12',
        postcode: '6213aa',
        iban: 'nl91 abna 0417 1643 00',
        boardMembers: [
          { name: 'Karin Dassen', position: 'voorzitter' },
          { name: 'Jan Bemelmans', position: 'penningmeester' },
          { name: 'Fatma Yilmaz', position: 'secretaris' },
        ],
        contactEmail: 'Bestuur@Lindeboom.example',
      },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      name: 'Stichting Huiskamer De Lindeboom',
      postcode: '6213 AA',
      iban: 'NL91ABNA0417164300',
      contactEmail: 'bestuur@lindeboom.example',
    });
    expect(response.json().boardMembers).toHaveLength(3);
  });

  it('cannot be created by an applicant', async () => {
    const response = await ctx.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: as(applicant),
      payload: { name: 'Eigen Stichting' },
    });
    expect(response.statusCode).toBe(403);
  });

  it('are created and renamed by the administrator, with a KvK number of 8 digits', async () => {
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: as(admin),
      payload: { name: 'Stichting Nieuw', kvkNumber: '1234' },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().fields).toEqual([
      { path: 'kvkNumber', message: 'Een KvK-nummer bestaat uit 8 cijfers.' },
    ]);

    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/organisations',
      headers: as(admin),
      payload: { name: 'Stichting Nieuw', kvkNumber: '12345678', city: '' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      name: 'Stichting Nieuw',
      kvkNumber: '12345678',
      city: null,
      memberCount: 0,
    });

    const renamed = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/organisations/${created.json().id}`,
      headers: as(admin),
      payload: { name: 'Stichting Vernieuwd' },
    });
    expect(renamed.json()).toMatchObject({ name: 'Stichting Vernieuwd', kvkNumber: '12345678' });

    const trail = (
      await ctx.app.inject({
        method: 'GET',
        url: `/api/audit?entityId=${created.json().id}`,
        headers: as(admin),
      })
    ).json();
    expect(trail.items.map((e: { action: string }) => e.action)).toEqual([
      'organisation.update',
      'organisation.create',
    ]);
    expect(trail.items[0].before.name).toBe('Stichting Nieuw');
    expect(trail.items[0].after.name).toBe('Stichting Vernieuwd');
  });
});
