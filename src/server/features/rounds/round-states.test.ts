/**
 * The round runs in order (docs/rules/round-states.md): nothing is assessed before the
 * deadline, a category is ranked only when every on-time application has final scores or an
 * outcome, letters only follow a fixed ranking; late applications are never assessed; after
 * a grant the organisation renounces instead of withdrawing, which frees ceiling.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assessorAssignments } from '../../platform/db/schema.ts';
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
let assessor: Session;
let assessor2: Session;
let admin: Session;
let applicant: Session;
let applicantD: Session;
let roundId: string;
type App = { id: string; reference: string };
const apps: Record<'a' | 'b' | 'd' | 'late', App> = {} as never;

const api = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

const BEFORE_DEADLINE = new Date('2027-02-15T10:00:00Z');
// The deadline is 1 March 2027 12:00 in Amsterdam: 11:00 UTC.
const DEADLINE = '2027-03-01T11:00:00.000Z';
const AFTER_DEADLINE = new Date('2027-03-02T09:00:00Z');
const GOOD = { samenwerking: 8, resultaat: 8, inclusie: 7, duurzaamheid: 7 };

const round = async () => (await api(officer, 'GET', `/api/rounds/${roundId}`)).json();
const livingRoom = async () =>
  (await api(officer, 'GET', `/api/rounds/${roundId}/overview`))
    .json()
    .categories.find((c: { category: string }) => c.category === 'living_room');

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  assessor = await loginAs(ctx.app, 'assessor@demo.example');
  assessor2 = await loginAs(ctx.app, 'assessor2@demo.example');
  admin = await loginAs(ctx.app, 'admin@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  roundId = await openRound(ctx.app, officer, {
    opensLocal: '2027-01-05T09:00',
    deadlineLocal: '2027-03-01T12:00',
  });
  const ceilings = (await round()).ceilings;
  // € 30.000 for living rooms: A gets € 16.000, D the remaining € 14.000 of its € 20.000.
  await api(officer, 'PUT', `/api/rounds/${roundId}/ceilings`, {
    ceilings: { ...ceilings, living_room: 3_000_000 },
    reason: 'Krap plafond voor de huiskamers',
  });

  now = new Date('2027-02-01T10:00:00Z');
  const own = (await api(applicant, 'GET', '/api/provisions')).json().items[0];
  apps.a = await submitApplication(ctx.app, applicant, roundId, own.id, {
    ...completeContent(),
    requestedCents: 1_600_000,
  });
  const b = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Zonder VOG',
    email: 'b@zonder-vog.example',
    category: 'living_room',
  });
  apps.b = await submitApplication(ctx.app, b.session, roundId, b.provisionId, completeContent());
  const d = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Buurtkamer Wyck',
    email: 'd@wyck.example',
    category: 'living_room',
  });
  applicantD = d.session;
  apps.d = await submitApplication(ctx.app, d.session, roundId, d.provisionId, {
    ...completeContent(),
    requestedCents: 2_000_000,
    budgetLines: [{ kind: 'fixed_costs', description: 'Huur en energie', cents: 2_000_000 }],
  });
  const late = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Te Laat',
    email: 'late@laat.example',
    category: 'living_room',
  });
  apps.late = await submitApplication(
    ctx.app,
    late.session,
    roundId,
    late.provisionId,
    completeContent(),
    () => {
      now = new Date('2027-03-01T11:00:00Z');
    },
  );
  now = BEFORE_DEADLINE;
});
afterAll(() => ctx.close());

describe('before the deadline', () => {
  it('shows the round as open', async () => {
    expect(await round()).toMatchObject({ status: 'open', phase: 'open' });
  });

  it('refuses assigning assessors and checking conditions, naming the deadline', async () => {
    const assign = await api(officer, 'PUT', `/api/applications/${apps.a.id}/assessors`, {
      assessorIds: [assessor.me.id, assessor2.me.id],
    });
    expect(assign.statusCode).toBe(409);
    expect(assign.json()).toMatchObject({
      code: 'ROUND_NOT_CLOSED',
      details: { deadlineAt: DEADLINE },
    });
    expect(assign.json().message).toContain('1 maart 2027 om 12:00');
    const many = await api(officer, 'POST', `/api/rounds/${roundId}/assessors`, {
      applicationIds: [apps.a.id],
      assessorIds: [assessor.me.id, assessor2.me.id],
    });
    expect(many.statusCode).toBe(409);
    expect(many.json()).toMatchObject({
      code: 'ROUND_NOT_CLOSED',
      details: { deadlineAt: DEADLINE },
    });
    const conditions = await api(officer, 'PUT', `/api/applications/${apps.a.id}/conditions`, {
      checks: ALL_CONDITIONS_MET,
    });
    expect(conditions.json().code).toBe('ROUND_NOT_CLOSED');
  });

  it('refuses scoring, even on an assignment made before this rule existed', async () => {
    await ctx.handle.db.insert(assessorAssignments).values({
      applicationId: apps.a.id,
      assessorId: assessor.me.id,
      assignedAt: new Date('2027-02-10T10:00:00Z'),
    });
    const scored = await api(assessor, 'POST', `/api/assessments/${apps.a.id}/submit`, {
      scores: scoreSheet(GOOD),
    });
    expect(scored.statusCode).toBe(409);
    expect(scored.json()).toMatchObject({
      code: 'ROUND_NOT_CLOSED',
      details: { deadlineAt: DEADLINE },
    });
  });

  it('refuses simulating and fixing a ranking, and making letters', async () => {
    for (const url of [
      `/api/rounds/${roundId}/categories/living_room/simulation`,
      `/api/rounds/${roundId}/categories/living_room/rankings`,
    ]) {
      const response = await api(officer, 'POST', url, {});
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({
        code: 'ROUND_NOT_CLOSED',
        details: { deadlineAt: DEADLINE },
      });
    }
    const letters = await api(officer, 'POST', `/api/rounds/${roundId}/decisions/generate`);
    expect(letters.statusCode).toBe(409);
    expect(letters.json()).toMatchObject({
      code: 'RANKING_NOT_FIXED',
      details: { categories: ['living_room'] },
    });
    const issued = await api(officer, 'POST', `/api/rounds/${roundId}/decisions/issue`);
    expect(issued.statusCode).toBe(409);
    expect(issued.json()).toMatchObject({
      code: 'RANKING_NOT_FIXED',
      details: { categories: ['living_room'] },
    });
  });
});

describe('after the deadline', () => {
  it('closes the round by itself', async () => {
    now = AFTER_DEADLINE;
    // The assignment of the test above counts as work begun, so the round is in assessment
    // already; a round without it would read 'closed' (see round-state.test.ts).
    expect(await round()).toMatchObject({ status: 'closed', phase: 'in_assessment' });
  });

  it('leaves the late application out of the assignment list and refuses to assign it', async () => {
    const list = (await api(officer, 'GET', `/api/rounds/${roundId}/assessment`)).json();
    expect(list.applications.map((a: { reference: string }) => a.reference).sort()).toEqual(
      [apps.a.reference, apps.b.reference, apps.d.reference].sort(),
    );
    const assign = await api(officer, 'PUT', `/api/applications/${apps.late.id}/assessors`, {
      assessorIds: [assessor.me.id, assessor2.me.id],
    });
    expect(assign.statusCode).toBe(409);
    expect(assign.json()).toMatchObject({
      code: 'DEADLINE_PASSED',
      details: { reference: apps.late.reference, status: 'late' },
    });
  });

  it("keeps a late application out of an assessor's queue, even when assigned earlier", async () => {
    await ctx.handle.db.insert(assessorAssignments).values({
      applicationId: apps.late.id,
      assessorId: assessor2.me.id,
      assignedAt: new Date('2027-03-01T11:30:00Z'),
    });
    for (const key of ['a', 'b', 'd'] as const) {
      const assigned = await api(officer, 'PUT', `/api/applications/${apps[key].id}/assessors`, {
        assessorIds: [assessor.me.id, assessor2.me.id],
      });
      expect(assigned.statusCode).toBe(200);
    }
    // This round's part of the queue (the demo's rounds give the assessor work of their own).
    const { name } = await round();
    const queue = (await api(assessor2, 'GET', '/api/assessments'))
      .json()
      .items.filter((i: { roundName: string }) => i.roundName === name);
    expect(queue.map((i: { reference: string }) => i.reference).sort()).toEqual(
      [apps.a.reference, apps.b.reference, apps.d.reference].sort(),
    );
  });

  it('refuses the ranking while an on-time application lacks conditions or final scores, naming it', async () => {
    const early = await api(
      officer,
      'POST',
      `/api/rounds/${roundId}/categories/living_room/rankings`,
      {},
    );
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('ASSESSMENT_INCOMPLETE');
    expect(early.json().details).toEqual({
      category: 'living_room',
      missing: [
        { reference: apps.a.reference, missing: 'general_conditions' },
        { reference: apps.b.reference, missing: 'general_conditions' },
        { reference: apps.d.reference, missing: 'general_conditions' },
      ],
    });

    // B fails a general condition: that is an outcome, so B is no longer missing.
    await api(officer, 'PUT', `/api/applications/${apps.b.id}/conditions`, {
      checks: [
        ...ALL_CONDITIONS_MET.filter((c) => c.code !== 'vog'),
        { code: 'vog', met: false, reason: 'Er is geen VOG voor de vrijwilligers.' },
      ],
    });
    for (const key of ['a', 'd'] as const) {
      await api(officer, 'PUT', `/api/applications/${apps[key].id}/conditions`, {
        checks: ALL_CONDITIONS_MET,
      });
    }
    const stillMissing = await api(
      officer,
      'POST',
      `/api/rounds/${roundId}/categories/living_room/rankings`,
      {},
    );
    expect(stillMissing.json().details.missing).toEqual([
      { reference: apps.a.reference, missing: 'final_scores' },
      { reference: apps.d.reference, missing: 'final_scores' },
    ]);
    expect(stillMissing.json().fields).toEqual([
      {
        path: apps.a.reference,
        message: `${apps.a.reference}: de eindscores zijn nog niet vastgesteld.`,
      },
      {
        path: apps.d.reference,
        message: `${apps.d.reference}: de eindscores zijn nog niet vastgesteld.`,
      },
    ]);
  });

  it('allows scoring, final scores and the ranking once everything is there', async () => {
    for (const key of ['a', 'd'] as const) {
      for (const session of [assessor, assessor2]) {
        const submitted = await api(session, 'POST', `/api/assessments/${apps[key].id}/submit`, {
          scores: scoreSheet(GOOD),
        });
        expect(submitted.statusCode).toBe(200);
      }
    }
    // A: 8+8+8+7 + price 10 = 41; D: 8+8+7+7 + price 8 = 38.
    const finalA = await api(officer, 'PUT', `/api/applications/${apps.a.id}/final-scores`, {
      scores: scoreSheet({ ...GOOD, inclusie: 8 }),
    });
    expect(finalA.statusCode).toBe(200);
    await api(officer, 'PUT', `/api/applications/${apps.d.id}/final-scores`, {
      scores: scoreSheet(GOOD),
    });
    const fixed = await api(
      officer,
      'POST',
      `/api/rounds/${roundId}/categories/living_room/rankings`,
      {},
    );
    expect(fixed.statusCode).toBe(201);
    expect(
      fixed
        .json()
        .output.applications.map(
          (a: { reference: string; outcome: string; grantedCents: number }) => [
            a.reference,
            a.outcome,
            a.grantedCents,
          ],
        ),
    ).toEqual([
      [apps.a.reference, 'granted', 1_600_000],
      [apps.d.reference, 'partially_granted', 1_400_000],
      [apps.b.reference, 'rejected_general_conditions', 0],
      [apps.late.reference, 'late', 0],
    ]);
    expect(await round()).toMatchObject({
      phase: 'ranked',
      categoryPhases: {
        living_room: 'ranked',
        day_activities: 'no_applications',
        information_advice: 'no_applications',
        services: 'no_applications',
      },
    });
  });

  it('makes and issues letters after the fixed ranking, and the round is decided', async () => {
    const started = await api(officer, 'POST', `/api/rounds/${roundId}/decisions/generate`);
    expect(started.statusCode).toBe(202);
    await ctx.app.jobs.kick();
    // A letter made but not yet sent does not give its outcome away to the applicant.
    const early = await api(applicant, 'POST', `/api/applications/${apps.a.id}/withdraw`, {
      reason: 'Wij stoppen',
    });
    expect(early.json().code).toBe('DEADLINE_PASSED');
    now = new Date('2027-03-24T08:00:00Z');
    const issued = await api(officer, 'POST', `/api/rounds/${roundId}/decisions/issue`);
    expect(issued.json()).toMatchObject({ issued: 4, sentDay: '2027-03-24' });
    expect((await round()).phase).toBe('decided');
    expect(await livingRoom()).toMatchObject({
      phase: 'decided',
      ceilingCents: 3_000_000,
      grantedCents: 3_000_000,
      renouncedCents: 0,
      usedCents: 3_000_000,
    });
  });
});

describe('after a grant', () => {
  it('refuses withdrawing the application and points to renouncing', async () => {
    const withdrawn = await api(applicant, 'POST', `/api/applications/${apps.a.id}/withdraw`, {
      reason: 'Wij stoppen',
    });
    expect(withdrawn.statusCode).toBe(409);
    expect(withdrawn.json().code).toBe('APPLICATION_DECIDED');
    expect(withdrawn.json().message).toContain('afstand doen');
    expect((await api(applicant, 'GET', `/api/applications/${apps.a.id}`)).json().status).toBe(
      'submitted',
    );
  });

  it('lets the applicant renounce the grant, dated today, audited, and frees € 16.000', async () => {
    now = new Date('2027-04-02T09:00:00Z');
    const renounced = await api(applicant, 'POST', `/api/applications/${apps.a.id}/renunciation`, {
      reason: 'Het buurthuis sluit: de huiskamer kan niet doorgaan.',
    });
    expect(renounced.statusCode).toBe(200);
    expect(renounced.json()).toMatchObject({
      outcome: 'granted',
      grantedCents: 1_600_000,
      renunciation: {
        requestedDay: '2027-04-02',
        requestedVia: 'applicant',
        reason: 'Het buurthuis sluit: de huiskamer kan niet doorgaan.',
        renouncedCents: 1_600_000,
      },
    });
    expect(await livingRoom()).toMatchObject({
      grantedCents: 3_000_000,
      renouncedCents: 1_600_000,
      usedCents: 1_400_000,
    });
    const trail = (
      await api(admin, 'GET', `/api/audit?entityId=${apps.a.id}&action=decision.renounce`)
    ).json();
    expect(trail.items[0].after).toEqual({
      decision: renounced.json().reference,
      renouncedCents: 1_600_000,
      requestedDay: '2027-04-02',
      requestedVia: 'applicant',
    });
    const again = await api(applicant, 'POST', `/api/applications/${apps.a.id}/renunciation`, {
      reason: 'Nog een keer',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'RENUNCIATION_NOT_POSSIBLE',
      message: 'Van deze subsidie is al afstand gedaan op 2 april 2027.',
    });
  });

  it("lets the policy officer record a partly granted organisation's written request", async () => {
    const withoutDay = await api(officer, 'POST', `/api/applications/${apps.d.id}/renunciation`, {
      reason: 'Brief van de stichting: geen vrijwilligers meer.',
    });
    expect(withoutDay.statusCode).toBe(400);
    expect(withoutDay.json().fields).toEqual([
      { path: 'requestedDay', message: 'Vul de datum van de brief van de organisatie in.' },
    ]);
    const future = await api(officer, 'POST', `/api/applications/${apps.d.id}/renunciation`, {
      reason: 'Brief van de stichting: geen vrijwilligers meer.',
      requestedDay: '2027-04-03',
    });
    expect(future.json().fields[0].path).toBe('requestedDay');
    const recorded = await api(officer, 'POST', `/api/applications/${apps.d.id}/renunciation`, {
      reason: 'Brief van de stichting: geen vrijwilligers meer.',
      requestedDay: '2027-03-30',
    });
    expect(recorded.statusCode).toBe(200);
    expect(recorded.json().renunciation).toMatchObject({
      requestedDay: '2027-03-30',
      requestedVia: 'written_request',
      renouncedCents: 1_400_000,
    });
    expect(await livingRoom()).toMatchObject({ renouncedCents: 3_000_000, usedCents: 0 });
    // The organisation sees it on its own decision; nothing was re-ranked.
    expect(
      (await api(applicantD, 'GET', `/api/applications/${apps.d.id}/decision`)).json().renunciation
        .requestedVia,
    ).toBe('written_request');
    const rankings = (
      await api(officer, 'GET', `/api/rounds/${roundId}/categories/living_room/rankings`)
    ).json();
    expect(rankings.items).toHaveLength(1);
  });

  it('refuses renouncing a refusal', async () => {
    const refused = await api(officer, 'POST', `/api/applications/${apps.b.id}/renunciation`, {
      reason: 'Per abuis',
      requestedDay: '2027-03-30',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('RENUNCIATION_NOT_POSSIBLE');
  });
});
