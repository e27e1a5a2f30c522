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
let coordinator: Session;

beforeAll(async () => {
  ctx = await createTestApp();
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  applicant2 = await loginAs(ctx.app, 'applicant2@demo.example');
  coordinator = await loginAs(ctx.app, 'coordinator@demo.example');
});
afterAll(() => ctx.close());

describe('provisions', () => {
  it('are listed for the own organisation only, with their neighbourhood and weekly day parts', async () => {
    const list = (
      await ctx.app.inject({ method: 'GET', url: '/api/provisions', headers: as(applicant) })
    ).json();
    expect(list.items.map((p: { name: string }) => p.name)).toEqual(['Huiskamer De Lindeboom']);
    expect(list.items[0]).toMatchObject({
      category: 'living_room',
      neighbourhoodName: 'Mariaberg',
      dayPartsPerWeek: 5,
      organisationName: 'Stichting Huiskamer De Lindeboom',
    });
    const coordinatorList = (
      await ctx.app.inject({ method: 'GET', url: '/api/provisions', headers: as(coordinator) })
    ).json();
    expect(coordinatorList.items).toHaveLength(1);
  });

  it('are created for the own organisation, checked field by field', async () => {
    const organisationId = applicant.me.organisations[0]!.id;
    const bad = await ctx.app.inject({
      method: 'POST',
      url: '/api/provisions',
      headers: as(applicant),
      payload: {
        organisationId,
        name: '',
        category: 'living_room',
        postcode: '12',
        neighbourhoodCode: 'BU00000000',
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .fields.map((f: { path: string }) => f.path)
        .sort(),
    ).toEqual(['name', 'postcode']);

    const unknownNeighbourhood = await ctx.app.inject({
      method: 'POST',
      url: '/api/provisions',
      headers: as(applicant),
      payload: {
        organisationId,
        name: 'Huiskamer Noord',
        category: 'living_room',
        neighbourhoodCode: 'BU00000000',
      },
    });
    expect(unknownNeighbourhood.json().fields).toEqual([
      { path: 'neighbourhoodCode', message: 'Kies een buurt uit de lijst.' },
    ]);

    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/provisions',
      headers: as(applicant),
      payload: {
        organisationId,
        name: 'Huiskamer Noord',
        category: 'living_room',
        postcode: '6222ab',
        neighbourhoodCode: 'BU09350205',
        openingDayParts: { monday: ['morning', 'afternoon'], thursday: ['evening'] },
      },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({
      postcode: '6222 AB',
      neighbourhoodName: 'Caberg',
      dayPartsPerWeek: 3,
    });
  });

  it('of another organisation cannot be created, read or changed', async () => {
    const own = (
      await ctx.app.inject({ method: 'GET', url: '/api/provisions', headers: as(applicant) })
    ).json().items[0];
    const create = await ctx.app.inject({
      method: 'POST',
      url: '/api/provisions',
      headers: as(applicant2),
      payload: { organisationId: own.organisationId, name: 'Kaping', category: 'services' },
    });
    expect(create.statusCode).toBe(400);
    expect(create.json().fields).toEqual([
      { path: 'organisationId', message: 'Kies uw eigen organisatie.' },
    ]);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/provisions/${own.id}`,
          headers: as(applicant2),
        })
      ).statusCode,
    ).toBe(404);
    const patch = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/provisions/${own.id}`,
      headers: as(applicant2),
      payload: { name: 'Overgenomen' },
    });
    expect(patch.statusCode).toBe(404);
    expect(
      (
        await ctx.app.inject({
          method: 'GET',
          url: `/api/provisions/${own.id}`,
          headers: as(applicant),
        })
      ).json().name,
    ).toBe('Huiskamer De Lindeboom');
  });
});
