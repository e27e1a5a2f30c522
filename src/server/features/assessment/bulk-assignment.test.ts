/**
 * Assigning the same assessors to many applications at once (one transaction, one audit row
 * per application, a conflict of interest refuses the whole batch), and what an assessor who
 * has submitted sees while another assessor is still scoring.
 */
import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../../platform/db/schema.ts';
import {
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
let assessor: Session;
let assessor2: Session;
let applicant: Session;
let roundId: string;
const apps: Record<'a' | 'b' | 'c' | 'late', { id: string; reference: string }> = {} as never;

const api = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

const assign = (session: Session, applicationIds: string[], assessorIds: string[]) =>
  api(session, 'POST', `/api/rounds/${roundId}/assessors`, { applicationIds, assessorIds });

async function assessorsOf(applicationId: string): Promise<string[]> {
  const overview = (await api(officer, 'GET', `/api/rounds/${roundId}/assessment`)).json();
  const row = overview.applications.find(
    (a: { applicationId: string }) => a.applicationId === applicationId,
  );
  return row.assessors.map((a: { name: string }) => a.name);
}

async function assignAuditRows() {
  return ctx.handle.db
    .select({ entityId: auditEvents.entityId, after: auditEvents.after })
    .from(auditEvents)
    .where(
      and(
        eq(auditEvents.action, 'assessment.assign'),
        inArray(auditEvents.entityId, [apps.a.id, apps.b.id, apps.c.id, apps.late.id]),
      ),
    );
}

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  assessor = await loginAs(ctx.app, 'assessor@demo.example');
  assessor2 = await loginAs(ctx.app, 'assessor2@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
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
  apps.b = await submitApplication(ctx.app, b.session, roundId, b.provisionId, completeContent());
  const c = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Huiskamer Heer',
    email: 'c@heer.example',
    category: 'living_room',
  });
  apps.c = await submitApplication(ctx.app, c.session, roundId, c.provisionId, completeContent());
  const late = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Te Laat',
    email: 'd@laat.example',
    category: 'living_room',
  });
  apps.late = await submitApplication(
    ctx.app,
    late.session,
    roundId,
    late.provisionId,
    completeContent(),
    () => {
      now = new Date('2027-03-01T11:30:00Z');
    },
  );
  // After the deadline (1 March 2027, 12:00 Amsterdam), when the assessment may start.
  now = new Date('2027-03-02T09:00:00Z');
  const declared = await api(assessor2, 'POST', `/api/rounds/${roundId}/conflicts`, {
    organisationId: b.organisationId,
    reason: 'Ik ben penningmeester van deze stichting.',
  });
  expect(declared.statusCode).toBe(201);
});
afterAll(() => ctx.close());

describe('assigning assessors to many applications at once', () => {
  it('is for the policy officer only', async () => {
    const ids = [apps.a.id, apps.c.id];
    const people = [assessor.me.id, assessor2.me.id];
    expect((await assign(assessor, ids, people)).statusCode).toBe(403);
    expect((await assign(applicant, ids, people)).statusCode).toBe(403);
    expect(await assessorsOf(apps.a.id)).toEqual([]);
  });

  it('refuses the whole batch when one assessor declared an interest, naming both', async () => {
    const response = await assign(
      officer,
      [apps.a.id, apps.b.id, apps.c.id],
      [assessor.me.id, assessor2.me.id],
    );
    expect(response.statusCode).toBe(403);
    const body = response.json();
    expect(body.code).toBe('CONFLICT_OF_INTEREST');
    expect(body.message).toBe(
      `Bram Hendriks heeft een belang gemeld bij Stichting Buurtkamer Wyck, de aanvrager van ${apps.b.reference}. Er is niets toegewezen: haal deze aanvraag of deze beoordelaar uit de selectie.`,
    );
    // Beside the assessors' checkboxes, in the form.
    expect(body.fields).toEqual([
      {
        path: 'assessorIds',
        message: `Bram Hendriks heeft een belang gemeld bij de aanvrager van ${apps.b.reference}; er is niets toegewezen.`,
      },
    ]);
    expect(body.details).toEqual({
      reason: 'DECLARED_INTEREST',
      applicationId: apps.b.id,
      reference: apps.b.reference,
      assessorId: assessor2.me.id,
    });
    // Nothing half done: A, listed before B, got no assessors either, and nothing was audited.
    expect(await assessorsOf(apps.a.id)).toEqual([]);
    expect(await assessorsOf(apps.c.id)).toEqual([]);
    expect(await assignAuditRows()).toEqual([]);
  });

  it('refuses a late application, which is not assessed', async () => {
    const response = await assign(
      officer,
      [apps.a.id, apps.late.id],
      [assessor.me.id, assessor2.me.id],
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      {
        path: 'applicationIds',
        message: `Aanvraag ${apps.late.reference} is te laat ingediend en wordt niet beoordeeld. Haal haar uit de selectie.`,
      },
    ]);
  });

  it('needs two different assessors and at least one application', async () => {
    const one = await assign(officer, [apps.a.id], [assessor.me.id, assessor.me.id]);
    expect(one.statusCode).toBe(400);
    expect(one.json().fields).toEqual([
      { path: 'assessorIds', message: 'Wijs minstens twee verschillende beoordelaars toe.' },
    ]);
    const none = await assign(officer, [], [assessor.me.id, assessor2.me.id]);
    expect(none.statusCode).toBe(400);
    expect(none.json().fields[0].path).toBe('applicationIds');
  });

  it('assigns the chosen assessors to every selected application, one audit row each', async () => {
    const response = await assign(
      officer,
      [apps.a.id, apps.c.id],
      [assessor.me.id, assessor2.me.id],
    );
    expect(response.statusCode).toBe(200);
    const rows = response.json().applications as { applicationId: string; assessors: [] }[];
    expect(rows.find((r) => r.applicationId === apps.a.id)!.assessors).toHaveLength(2);
    expect(await assessorsOf(apps.a.id)).toEqual(['Bram Hendriks', 'Joost Meulenberg']);
    expect(await assessorsOf(apps.c.id)).toEqual(['Bram Hendriks', 'Joost Meulenberg']);
    expect(await assessorsOf(apps.b.id)).toEqual([]);
    const audited = await assignAuditRows();
    expect(audited.map((row) => row.entityId).sort()).toEqual([apps.a.id, apps.c.id].sort());
    for (const row of audited) {
      expect((row.after as string[]).sort()).toEqual([assessor.me.id, assessor2.me.id].sort());
    }
    // Both assessors find the two applications in their queue for this round (the demo's
    // rounds give them work of their own).
    const { name } = (await api(officer, 'GET', `/api/rounds/${roundId}`)).json();
    const queue = (await api(assessor2, 'GET', '/api/assessments'))
      .json()
      .items.filter((i: { roundName: string }) => i.roundName === name);
    expect(queue.map((i: { reference: string }) => i.reference).sort()).toEqual(
      [apps.a.reference, apps.c.reference].sort(),
    );
  });
});

describe('after submitting, while another assessor is still scoring', () => {
  const GOOD = { samenwerking: 8, resultaat: 7, inclusie: 7, duurzaamheid: 6 };

  it('names the criterion in each message about an incomplete sheet', async () => {
    const response = await api(assessor, 'POST', `/api/assessments/${apps.a.id}/submit`, {
      scores: scoreSheet({ samenwerking: 8, resultaat: 7, inclusie: 7 }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      {
        path: 'scores.duurzaamheid.score',
        message: 'Geef een score van 0 tot en met 10 voor Duurzaamheid.',
      },
      {
        path: 'scores.duurzaamheid.motivation',
        message: 'Schrijf een motivering bij de score voor Duurzaamheid.',
      },
    ]);
  });

  it('shows that the other assessor is still scoring, without their draft scores', async () => {
    // Bram Hendriks saves a draft, but does not submit it.
    await api(assessor2, 'PUT', `/api/assessments/${apps.a.id}`, {
      scores: scoreSheet({ samenwerking: 3 }),
    });
    const submitted = await api(assessor, 'POST', `/api/assessments/${apps.a.id}/submit`, {
      scores: scoreSheet(GOOD),
    });
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json().others).toEqual([
      { assessorName: 'Bram Hendriks', scores: {}, submitted: false },
    ]);
  });

  it("shows the other assessor's scores once they have submitted", async () => {
    await api(assessor2, 'POST', `/api/assessments/${apps.a.id}/submit`, {
      scores: scoreSheet({ ...GOOD, samenwerking: 9 }),
    });
    const view = (await api(assessor, 'GET', `/api/assessments/${apps.a.id}`)).json();
    expect(view.others).toHaveLength(1);
    expect(view.others[0]).toMatchObject({ assessorName: 'Bram Hendriks', submitted: true });
    expect(view.others[0].scores.samenwerking).toEqual({
      score: 9,
      motivation: 'Goed onderbouwd in de aanvraag.',
    });
  });
});
