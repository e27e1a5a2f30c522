/**
 * Need to know inside the organisation: the board (applicant role) sees the aggregated
 * report of its provisions, not the participants' names, attendance, health measurements
 * or referrals; the provision's coordinators do, and a board member can be made one.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestApp,
  loginAs,
  type Session,
  type TestContext,
} from '../../../../test/support/test-app.ts';
import { provisions, referrals } from '../../platform/db/schema.ts';

let ctx: TestContext;
let board: Session;
let coordinator: Session;
let admin: Session;
let lindeboom: string;
let participantId: string;

const get = (session: Session, url: string) =>
  ctx.app.inject({ method: 'GET', url, headers: as(session) });

beforeAll(async () => {
  ctx = await createTestApp({}, () => new Date('2026-03-02T10:00:00Z'));
  board = await loginAs(ctx.app, 'applicant@demo.example');
  coordinator = await loginAs(ctx.app, 'coordinator@demo.example');
  admin = await loginAs(ctx.app, 'admin@demo.example');
  const [row] = await ctx.handle.db
    .select({ id: provisions.id })
    .from(provisions)
    .where(eq(provisions.name, 'Huiskamer De Lindeboom'));
  lindeboom = row!.id;
  const registered = await ctx.app.inject({
    method: 'POST',
    url: `/api/provisions/${lindeboom}/participants`,
    headers: as(coordinator),
    payload: {
      displayName: 'Anna Hermans',
      birthYear: 1952,
      neighbourhoodCode: null,
      startDate: '2026-01-05',
      clientRoute: 'self',
      referringOrganisation: null,
      consent: {
        scopes: ['registration', 'measurements'],
        givenOn: '2026-01-05',
        method: 'written',
      },
      bsn: null,
    },
  });
  expect(registered.statusCode, registered.body).toBe(201);
  participantId = registered.json().id;
  await ctx.handle.db.insert(referrals).values({
    provisionId: lindeboom,
    route: 'social_team',
    residentName: 'Paula S.',
    consentGivenOn: '2026-02-01',
  });
});
afterAll(() => ctx.close());

/** Every route that shows a participant's personal data. */
const personalData = () => [
  '/api/participants/provisions',
  `/api/provisions/${lindeboom}/participants`,
  `/api/participants/${participantId}`,
  `/api/participants/${participantId}/measurements`,
  `/api/participants/${participantId}/export`,
  `/api/provisions/${lindeboom}/attendance?week=2026-01-05`,
  '/api/referrals',
];

describe('need to know inside the organisation', () => {
  it('gives the board 403 on participants, measurements, attendance and referrals of its own provision', async () => {
    const answers = [];
    for (const url of personalData()) answers.push((await get(board, url)).statusCode);
    expect(answers).toEqual([403, 403, 403, 403, 403, 403, 403]);
    const decide = await ctx.app.inject({
      method: 'POST',
      url: `/api/participants/${participantId}/measurements`,
      headers: as(board),
      payload: {},
    });
    expect(decide.statusCode).toBe(403);
  });

  it('gives the board the aggregated report of its provision, without names', async () => {
    const report = await get(
      board,
      `/api/provisions/${lindeboom}/participant-report?from=2026-01-01&to=2026-02-28`,
    );
    expect(report.statusCode).toBe(200);
    expect(report.json().participants.active).toBe(1);
    expect(report.body).not.toContain('Anna Hermans');
    const xlsx = await get(
      board,
      `/api/provisions/${lindeboom}/participant-report.xlsx?from=2026-01-01&to=2026-02-28`,
    );
    expect(xlsx.statusCode).toBe(200);
  });

  it('tells the web app which provisions a user coordinates, so it shows only the links they can use', async () => {
    const me = (await get(board, '/api/auth/me')).json();
    expect(me.coordinatedProvisionIds).toEqual([]);
    expect((await get(coordinator, '/api/auth/me')).json().coordinatedProvisionIds).toEqual([
      lindeboom,
    ]);
  });

  it('lets a board member who is made coordinator of the provision see its participants, and only there', async () => {
    // The administrator gives the board member the coordinator role as well ...
    const roles = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${board.me.id}`,
      headers: as(admin),
      payload: { roles: ['applicant', 'coordinator'] },
    });
    expect(roles.statusCode, roles.body).toBe(200);
    // ... who is then a coordinator of the organisation, but of no provision yet.
    expect((await get(board, `/api/provisions/${lindeboom}/participants`)).statusCode).toBe(404);
    // The board appoints itself next to the existing coordinator.
    const appointed = await ctx.app.inject({
      method: 'PUT',
      url: `/api/provisions/${lindeboom}/coordinators`,
      headers: as(board),
      payload: { userIds: [coordinator.me.id, board.me.id] },
    });
    expect(appointed.statusCode, appointed.body).toBe(200);
    const answers = [];
    for (const url of personalData()) answers.push((await get(board, url)).statusCode);
    expect(answers).toEqual([200, 200, 200, 200, 200, 200, 200]);
    const names = (await get(board, `/api/provisions/${lindeboom}/participants`))
      .json()
      .items.map((p: { displayName: string }) => p.displayName);
    expect(names).toEqual(['Anna Hermans']);
    expect((await get(board, '/api/auth/me')).json().coordinatedProvisionIds).toEqual([lindeboom]);

    // Another provision of the same organisation stays closed to them.
    const other = await ctx.app.inject({
      method: 'POST',
      url: '/api/provisions',
      headers: as(board),
      payload: {
        organisationId: board.me.organisations[0]!.id,
        name: 'Eettafel De Lindeboom',
        category: 'living_room',
      },
    });
    expect(other.statusCode, other.body).toBe(201);
    expect((await get(board, `/api/provisions/${other.json().id}/participants`)).statusCode).toBe(
      404,
    );
  });
});
