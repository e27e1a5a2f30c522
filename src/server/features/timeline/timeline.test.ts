/**
 * The status timeline of an application through the API: the steps and their days for a
 * decided application, what the organisation sees before its decision is sent, an objection
 * on the timeline, and that nobody else can follow another organisation's application.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_CONDITIONS_MET,
  completeContent,
  newApplicantOrganisation,
  openRound,
  scoreSheet,
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
let applicant: Session;
let applicantB: Session;
let assessor: Session;
let roundId: string;
const apps = {} as Record<'a' | 'b', { id: string; reference: string }>;

const api = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

const timeline = (session: Session, applicationId: string) =>
  api(session, 'GET', `/api/applications/${applicationId}/timeline`);

const steps = async (session: Session, applicationId: string) =>
  (
    (await timeline(session, applicationId)).json().steps as {
      label: string;
      day: string;
      state: string;
    }[]
  ).map((s) => [s.label, s.day, s.state]);

const GOOD = { samenwerking: 8, resultaat: 8, inclusie: 7, duurzaamheid: 7 };

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  assessor = await loginAs(ctx.app, 'assessor@demo.example');
  const assessor2 = await loginAs(ctx.app, 'assessor2@demo.example');
  const admin = await loginAs(ctx.app, 'admin@demo.example');
  roundId = await openRound(ctx.app, officer, {
    opensLocal: '2027-01-05T09:00',
    deadlineLocal: '2027-03-01T12:00',
  });
  now = new Date('2027-02-01T10:00:00Z');
  const own = (await api(applicant, 'GET', '/api/provisions')).json().items[0];
  apps.a = await submitApplication(ctx.app, applicant, roundId, own.id, completeContent());
  const b = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Buurtkamer Wyck',
    email: 'b@wyck.example',
    category: 'living_room',
  });
  applicantB = b.session;
  now = new Date('2027-02-15T10:00:00Z');
  apps.b = await submitApplication(ctx.app, b.session, roundId, b.provisionId, completeContent());

  now = new Date('2027-03-02T09:00:00Z');
  for (const { id } of [apps.a, apps.b]) {
    const assigned = await api(officer, 'PUT', `/api/applications/${id}/assessors`, {
      assessorIds: [assessor.me.id, assessor2.me.id],
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
  }
  now = new Date('2027-03-04T09:00:00Z');
  for (const { id } of [apps.a, apps.b]) {
    for (const who of [assessor, assessor2]) {
      await api(who, 'POST', `/api/assessments/${id}/submit`, { scores: scoreSheet(GOOD) });
    }
    await api(officer, 'PUT', `/api/applications/${id}/conditions`, { checks: ALL_CONDITIONS_MET });
    const fixed = await api(officer, 'PUT', `/api/applications/${id}/final-scores`, {
      scores: scoreSheet(GOOD),
    });
    expect(fixed.statusCode, fixed.body).toBe(200);
  }
  now = new Date('2027-03-08T09:00:00Z');
  const ranking = await api(
    officer,
    'POST',
    `/api/rounds/${roundId}/categories/living_room/rankings`,
    {},
  );
  expect(ranking.statusCode, ranking.body).toBe(201);
  now = new Date('2027-03-10T09:00:00Z');
  await api(officer, 'POST', `/api/rounds/${roundId}/decisions/generate`);
  await ctx.app.jobs.kick();
});
afterAll(() => ctx.close());

describe('the timeline of an application', () => {
  it('tells the organisation of its decision only once it is sent', async () => {
    expect(await steps(applicant, apps.a.id)).toEqual([
      ['Ingediend', '2027-02-01', 'done'],
      ['In beoordeling', '2027-03-02', 'done'],
      ['Gerangschikt', '2027-03-08', 'current'],
      ['Besluit genomen', null, 'upcoming'],
      ['Besluit verzonden', null, 'upcoming'],
      ['Bezwaartermijn eindigt', null, 'upcoming'],
    ]);
    // The policy officer sees the letter that is drawn up and waits to be sent.
    expect((await steps(officer, apps.a.id)).slice(3)).toEqual([
      ['Besluit genomen', '2027-03-10', 'current'],
      ['Besluit verzonden', null, 'upcoming'],
      ['Bezwaartermijn eindigt', null, 'upcoming'],
    ]);
  });

  it('gives every step of a decided application its day, and the last day to object', async () => {
    // Sent on 24 March 2027: six weeks end on 5 May (Liberation Day), 6 May is Ascension Day,
    // so an objection is in time up to and including Friday 7 May 2027.
    now = new Date('2027-03-24T08:00:00Z');
    expect((await api(officer, 'POST', `/api/rounds/${roundId}/decisions/issue`)).statusCode).toBe(
      200,
    );
    now = new Date('2027-04-01T08:00:00Z');
    const response = await timeline(applicant, apps.a.id);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      applicationId: apps.a.id,
      steps: [
        { code: 'submitted', label: 'Ingediend', day: '2027-02-01', state: 'done', note: null },
        {
          code: 'in_assessment',
          label: 'In beoordeling',
          day: '2027-03-02',
          state: 'done',
          note: null,
        },
        { code: 'ranked', label: 'Gerangschikt', day: '2027-03-08', state: 'done', note: null },
        {
          code: 'decided',
          label: 'Besluit genomen',
          day: '2027-03-10',
          state: 'done',
          note: 'Subsidie verleend',
        },
        {
          code: 'issued',
          label: 'Besluit verzonden',
          day: '2027-03-24',
          state: 'current',
          note: null,
        },
        {
          code: 'objection_term_ends',
          label: 'Bezwaartermijn eindigt',
          day: '2027-05-07',
          state: 'upcoming',
          note: 'Bezwaar maken kan tot en met 7 mei 2027.',
        },
      ],
    });
  });

  it('shows a registered objection in its place, by day', async () => {
    now = new Date('2027-04-13T08:00:00Z');
    const registered = await api(officer, 'POST', `/api/applications/${apps.a.id}/objections`, {
      receivedDay: '2027-04-12',
    });
    expect(registered.statusCode, registered.body).toBe(201);
    const reference = registered.json().reference as string;
    expect((await steps(applicant, apps.a.id)).slice(4)).toEqual([
      ['Besluit verzonden', '2027-03-24', 'done'],
      [`Bezwaar ontvangen (${reference})`, '2027-04-12', 'current'],
      ['Bezwaartermijn eindigt', '2027-05-07', 'upcoming'],
    ]);
    // After 7 May the term has ended.
    now = new Date('2027-05-08T08:00:00Z');
    expect((await steps(applicant, apps.a.id)).at(-1)).toEqual([
      'Bezwaartermijn eindigt',
      '2027-05-07',
      'current',
    ]);
  });

  it('is absent for another organisation, and not for assessors', async () => {
    const other = await timeline(applicantB, apps.a.id);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('NOT_FOUND');
    expect((await timeline(applicantB, apps.b.id)).statusCode).toBe(200);
    expect((await timeline(assessor, apps.a.id)).statusCode).toBe(403);
  });
});
