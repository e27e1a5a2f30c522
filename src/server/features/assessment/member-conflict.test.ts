/**
 * An assessor who is a member of the applying organisation (linked to it as applicant, board
 * member and the like) is never assigned to its applications, whether or not they declared an
 * interest: one by one and in a batch the assignment is refused, and the overview leaves them out
 * of the choices for that application (docs/rules/conflict-of-interest.md).
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessorAssignments } from '../../platform/db/schema.ts';
import {
  completeContent,
  newApplicantOrganisation,
  openRound,
  submitApplication,
} from '../../../../test/support/tender-fixtures.ts';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';

let ctx: TestContext;
let now = new Date('2026-12-01T10:00:00Z');
let officer: Session;
let assessor: Session;
let assessor2: Session;
let boardMemberId: string;
let roundId: string;
let wyck: { id: string; reference: string };
let heer: { id: string; reference: string };
let heerOrganisationId: string;
let wyckOrganisationId: string;
let admin: Session;

const api = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  assessor = await loginAs(ctx.app, 'assessor@demo.example');
  assessor2 = await loginAs(ctx.app, 'assessor2@demo.example');
  admin = await loginAs(ctx.app, 'admin@demo.example');
  roundId = await openRound(ctx.app, officer, {
    opensLocal: '2027-01-05T09:00',
    deadlineLocal: '2027-03-01T12:00',
  });
  now = new Date('2027-02-01T10:00:00Z');
  const b = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Buurtkamer Wyck',
    email: 'b@wyck.example',
    category: 'living_room',
  });
  wyck = await submitApplication(ctx.app, b.session, roundId, b.provisionId, completeContent());
  const c = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Huiskamer Heer',
    email: 'c@heer.example',
    category: 'living_room',
  });
  heer = await submitApplication(ctx.app, c.session, roundId, c.provisionId, completeContent());
  heerOrganisationId = c.organisationId;
  wyckOrganisationId = b.organisationId;
  // A third assessor who sits on the board of Wyck: linked to it by the admin, no declaration.
  const created = await api(admin, 'POST', '/api/users', {
    email: 'bestuurder@wyck.example',
    name: 'Iris Bestuurder',
    password: 'een-lang-wachtwoord',
    roles: ['assessor'],
    organisationIds: [b.organisationId],
  });
  expect(created.statusCode).toBe(201);
  boardMemberId = created.json().id;
  now = new Date('2027-03-02T09:00:00Z');
});
afterAll(() => ctx.close());

describe('an assessor who is a member of the applying organisation', () => {
  it('is refused for its application, with the reason named, and nothing is assigned', async () => {
    const response = await api(officer, 'PUT', `/api/applications/${wyck.id}/assessors`, {
      assessorIds: [assessor.me.id, boardMemberId],
    });
    expect(response.statusCode).toBe(403);
    const body = response.json();
    expect(body.code).toBe('CONFLICT_OF_INTEREST');
    expect(body.message).toBe(
      'Iris Bestuurder is lid van de aanvragende organisatie en kan deze aanvraag niet beoordelen. Kies een ander.',
    );
    expect(body.details).toEqual({ reason: 'MEMBER_OF_APPLICANT', assessorId: boardMemberId });
    const rows = await ctx.handle.db
      .select()
      .from(assessorAssignments)
      .where(eq(assessorAssignments.applicationId, wyck.id));
    expect(rows).toEqual([]);
  });

  it('is refused in a batch that holds its application, and nothing of the batch is assigned', async () => {
    const response = await api(officer, 'POST', `/api/rounds/${roundId}/assessors`, {
      applicationIds: [heer.id, wyck.id],
      assessorIds: [assessor.me.id, boardMemberId],
    });
    expect(response.statusCode).toBe(403);
    const body = response.json();
    expect(body.code).toBe('CONFLICT_OF_INTEREST');
    expect(body.message).toBe(
      `Iris Bestuurder is lid van Stichting Buurtkamer Wyck, de aanvrager van ${wyck.reference}. Er is niets toegewezen: haal deze aanvraag of deze beoordelaar uit de selectie.`,
    );
    expect(body.details.reason).toBe('MEMBER_OF_APPLICANT');
    const heerRows = await ctx.handle.db
      .select()
      .from(assessorAssignments)
      .where(eq(assessorAssignments.applicationId, heer.id));
    expect(heerRows).toEqual([]);
  });

  it('is left out of the choices for that application only, and may assess another one', async () => {
    const overview = (await api(officer, 'GET', `/api/rounds/${roundId}/assessment`)).json();
    const excludedFor = (id: string) =>
      overview.applications.find((a: { applicationId: string }) => a.applicationId === id)
        .excludedAssessorIds;
    expect(excludedFor(wyck.id)).toEqual([boardMemberId]);
    expect(excludedFor(heer.id)).toEqual([]);
    const elsewhere = await api(officer, 'PUT', `/api/applications/${heer.id}/assessors`, {
      assessorIds: [assessor2.me.id, boardMemberId],
    });
    expect(elsewhere.statusCode).toBe(200);
  });

  it('may no longer open an application once linked to its applicant after being assigned', async () => {
    const boardMember = await loginAs(ctx.app, 'bestuurder@wyck.example', 'een-lang-wachtwoord');
    expect((await api(boardMember, 'GET', `/api/assessments/${heer.id}`)).statusCode).toBe(200);
    const linked = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/users/${boardMemberId}`,
      headers: as(admin),
      payload: { organisationIds: [wyckOrganisationId, heerOrganisationId] },
    });
    expect(linked.statusCode).toBe(200);
    const again = await loginAs(ctx.app, 'bestuurder@wyck.example', 'een-lang-wachtwoord');
    const response = await api(again, 'GET', `/api/assessments/${heer.id}`);
    expect(response.statusCode).toBe(403);
    expect(response.json().message).toBe(
      'U bent lid van de aanvragende organisatie en kunt deze aanvraag daarom niet openen of beoordelen.',
    );
  });
});
