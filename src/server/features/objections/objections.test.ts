/**
 * The objections register through the API: registering an objection in time or late, the
 * hearing, and decisions on objections; a well-founded one revises the ranking and makes a
 * new decision that names the one it replaces.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeContent,
  newApplicantOrganisation,
  openRound,
  scoreSheet,
  submitApplication,
  ALL_CONDITIONS_MET,
} from '../../../../test/support/tender-fixtures.ts';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { decisions } from '../../platform/db/schema.ts';

let ctx: TestContext;
let now = new Date('2026-12-01T10:00:00Z');
let officer: Session;
let admin: Session;
let applicant: Session;
let applicantB: Session;
let applicantC: Session;
let roundId: string;
const apps = {} as Record<'a' | 'b' | 'c', { id: string; reference: string }>;
const letters = {} as Record<'a' | 'b' | 'c', string>;

const api = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

const ALL_GOOD = { samenwerking: 8, resultaat: 8, inclusie: 7, duurzaamheid: 7 };
const text = (html: string) => html.replaceAll('\u00a0', ' ');

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  admin = await loginAs(ctx.app, 'admin@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  const assessor = await loginAs(ctx.app, 'assessor@demo.example');
  const assessor2 = await loginAs(ctx.app, 'assessor2@demo.example');
  roundId = await openRound(ctx.app, officer, {
    opensLocal: '2027-01-05T09:00',
    deadlineLocal: '2027-03-01T12:00',
  });
  // € 60.000 for living rooms: enough for all three, so a revision changes only C.
  const round = (await api(officer, 'GET', `/api/rounds/${roundId}`)).json();
  await api(officer, 'PUT', `/api/rounds/${roundId}/ceilings`, {
    ceilings: { ...round.ceilings, living_room: 6_000_000 },
    reason: 'Plafond voor de bezwaartest',
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
  apps.b = await submitApplication(ctx.app, b.session, roundId, b.provisionId, completeContent());
  const c = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Huiskamer Heer',
    email: 'c@heer.example',
    category: 'living_room',
  });
  applicantC = c.session;
  apps.c = await submitApplication(ctx.app, c.session, roundId, c.provisionId, completeContent());
  now = new Date('2027-03-02T09:00:00Z');
  for (const key of ['a', 'b', 'c'] as const) {
    const id = apps[key].id;
    await api(officer, 'PUT', `/api/applications/${id}/assessors`, {
      assessorIds: [assessor.me.id, assessor2.me.id],
    });
    for (const who of [assessor, assessor2]) {
      await api(who, 'POST', `/api/assessments/${id}/submit`, { scores: scoreSheet(ALL_GOOD) });
    }
  }
  for (const key of ['a', 'b'] as const) {
    await api(officer, 'PUT', `/api/applications/${apps[key].id}/conditions`, {
      checks: ALL_CONDITIONS_MET,
    });
    await api(officer, 'PUT', `/api/applications/${apps[key].id}/final-scores`, {
      scores: scoreSheet(ALL_GOOD),
    });
  }
  await api(officer, 'PUT', `/api/applications/${apps.c.id}/conditions`, {
    checks: [
      ...ALL_CONDITIONS_MET.filter((check) => check.code !== 'vog'),
      { code: 'vog', met: false, reason: 'Het bestuur heeft niet verklaard dat er VOG’s zijn.' },
    ],
  });
  const fixed = await api(
    officer,
    'POST',
    `/api/rounds/${roundId}/categories/living_room/rankings`,
    {},
  );
  expect(fixed.statusCode, fixed.body).toBe(201);
  await api(officer, 'POST', `/api/rounds/${roundId}/decisions/generate`);
  await ctx.app.jobs.kick();
  for (const key of ['a', 'b', 'c'] as const) {
    letters[key] = (await api(officer, 'GET', `/api/applications/${apps[key].id}/decision`)).json()
      .reference as string;
  }
});
afterAll(() => ctx.close());

describe('registering an objection', () => {
  it('is impossible before the decision was sent', async () => {
    const response = await api(officer, 'POST', `/api/applications/${apps.c.id}/objections`, {
      receivedDay: '2027-03-02',
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'OBJECTION_NOT_POSSIBLE',
      message: `Beschikking ${letters.c} is nog niet verzonden; de bezwaartermijn loopt nog niet.`,
    });
  });

  it('records the received day and whether it came in time, from the day the decision was sent', async () => {
    now = new Date('2027-05-03T08:00:00Z');
    await api(officer, 'POST', `/api/rounds/${roundId}/decisions/issue`);
    now = new Date('2027-06-11T09:00:00Z');
    const response = await api(officer, 'POST', `/api/applications/${apps.c.id}/objections`, {
      receivedDay: '2027-06-10',
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json()).toMatchObject({
      reference: 'BZ-2027-0001',
      applicationReference: apps.c.reference,
      decisionReference: letters.c,
      decisionSentDay: '2027-05-03',
      receivedDay: '2027-06-10',
      deadlineDay: '2027-06-14',
      inTime: true,
      outcome: null,
    });
  });

  it('refuses a received day in the future or before the decision was sent, naming the field', async () => {
    const future = await api(officer, 'POST', `/api/applications/${apps.a.id}/objections`, {
      receivedDay: '2027-06-12',
    });
    expect(future.statusCode).toBe(400);
    expect(future.json().fields).toEqual([
      { path: 'receivedDay', message: 'De datum van ontvangst ligt in de toekomst.' },
    ]);
    const early = await api(officer, 'POST', `/api/applications/${apps.a.id}/objections`, {
      receivedDay: '2027-04-30',
    });
    expect(early.json().fields).toEqual([
      {
        path: 'receivedDay',
        message: 'De datum van ontvangst ligt vóór de verzending van de beschikking (3 mei 2027).',
      },
    ]);
    const notADay = await api(officer, 'POST', `/api/applications/${apps.a.id}/objections`, {
      receivedDay: '2027-02-30',
    });
    expect(notADay.json().fields).toEqual([
      { path: 'receivedDay', message: 'Vul de datum van ontvangst in, bijvoorbeeld 2027-06-01.' },
    ]);
  });

  it('shows the applicant the status of its own objection, not the others’', async () => {
    const own = (await api(applicantC, 'GET', `/api/applications/${apps.c.id}/objections`)).json();
    expect(own.items).toHaveLength(1);
    expect(own.items[0]).toMatchObject({ reference: 'BZ-2027-0001', inTime: true, outcome: null });
    expect(
      (await api(applicant, 'GET', `/api/applications/${apps.c.id}/objections`)).statusCode,
    ).toBe(404);
    expect((await api(applicant, 'GET', '/api/objections')).statusCode).toBe(403);
  });
});

describe('a late objection', () => {
  it('is registered as late and can be declared inadmissible without a hearing', async () => {
    now = new Date('2027-06-16T09:00:00Z');
    const registered = (
      await api(officer, 'POST', `/api/applications/${apps.b.id}/objections`, {
        receivedDay: '2027-06-15',
      })
    ).json();
    expect(registered).toMatchObject({
      reference: 'BZ-2027-0002',
      deadlineDay: '2027-06-14',
      inTime: false,
    });
    const decided = await api(officer, 'POST', `/api/objections/${registered.id}/decision`, {
      outcome: 'inadmissible',
      reasons:
        'Het bezwaarschrift kwam een dag na de termijn binnen, zonder reden voor de vertraging.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    const html = text(decided.json().html);
    expect(html).toContain(
      'Wij verklaren uw bezwaar niet-ontvankelijk, omdat het bezwaarschrift na afloop van de bezwaartermijn is ontvangen en de termijnoverschrijding niet verschoonbaar is (artikelen 6:7, 6:9 en 6:11 Algemene wet bestuursrecht).',
    );
    expect(html).toContain(
      'De bezwaartermijn liep tot en met 14 juni 2027; het bezwaarschrift is later ontvangen.',
    );
    expect(html).toContain('kennelijk niet-ontvankelijk is (artikel 7:3, aanhef en onder a');
    // The decision stands: no new ranking version, no new letter.
    const rankings = (
      await api(officer, 'GET', `/api/rounds/${roundId}/categories/living_room/rankings`)
    ).json();
    expect(rankings.items.map((r: { version: number }) => r.version)).toEqual([1]);
    expect(
      (await api(applicantB, 'GET', `/api/applications/${apps.b.id}/decision`)).json().reference,
    ).toBe(letters.b);
  });
});

describe('a well-founded objection', () => {
  let objectionId: string;

  it('needs a hearing before it can be partly well-founded', async () => {
    objectionId = (await api(officer, 'GET', `/api/applications/${apps.c.id}/objections`)).json()
      .items[0].id;
    const response = await api(officer, 'POST', `/api/objections/${objectionId}/decision`, {
      outcome: 'partly_well_founded',
      reasons: 'Het bestuur heeft de VOG-verklaring alsnog afgelegd op de hoorzitting.',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].path).toBe('hearingDay');
  });

  it('revises the ranking and replaces the decision with a new one that names the old', async () => {
    now = new Date('2027-06-21T09:00:00Z');
    const hearing = await api(officer, 'PUT', `/api/objections/${objectionId}/hearing`, {
      hearingDay: '2027-06-20',
      hearingNotes: 'Mevrouw Jansen (voorzitter) licht toe dat de verklaring per abuis ontbrak.',
    });
    expect(hearing.json()).toMatchObject({ hearingDay: '2027-06-20' });
    // The chair reconsiders: the condition is met after all, and fixes the final scores.
    await api(officer, 'PUT', `/api/applications/${apps.c.id}/conditions`, {
      checks: ALL_CONDITIONS_MET,
    });
    await api(officer, 'PUT', `/api/applications/${apps.c.id}/final-scores`, {
      scores: scoreSheet(ALL_GOOD, 'Heroverwogen na bezwaar.'),
    });
    now = new Date('2027-06-28T09:00:00Z');
    const decided = await api(officer, 'POST', `/api/objections/${objectionId}/decision`, {
      outcome: 'well_founded',
      reasons:
        'Het bestuur heeft op de hoorzitting verklaard dat de vrijwilligers die met kwetsbare mensen werken een VOG hebben.\n\nDaarmee voldoet de aanvraag aan de algemene voorwaarden en is zij op de criteria beoordeeld.',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({
      outcome: 'well_founded',
      newRankingVersion: 2,
      newDecisionReference: 'BS-2027-0004',
    });
    const html = text(decided.json().html);
    expect(html).toContain(
      `Wij verklaren uw bezwaar gegrond. Wij herroepen beschikking ${letters.c} en nemen daarvoor in de plaats beschikking BS-2027-0004 (Subsidie verleend) (artikel 7:11, tweede lid, Algemene wet bestuursrecht).`,
    );
    expect(html).toContain(
      'Op 20 juni 2027 hebben wij u in de gelegenheid gesteld uw bezwaar toe te lichten op een hoorzitting (artikel 7:2 Algemene wet bestuursrecht).',
    );
    expect(html).toContain('(artikel 7:12 Algemene wet bestuursrecht)');
    expect(html).toContain(
      '<p>Daarmee voldoet de aanvraag aan de algemene voorwaarden en is zij op de criteria beoordeeld.</p>',
    );
    expect(html).toContain('dus tot en met 9 augustus 2027, beroep instellen bij de rechtbank');

    // The revised ranking is a new version with the objection as its reason.
    const rankings = (
      await api(officer, 'GET', `/api/rounds/${roundId}/categories/living_room/rankings`)
    ).json();
    expect(
      rankings.items.map((r: { version: number; reason: string | null }) => [r.version, r.reason]),
    ).toEqual([
      [2, `Bezwaar BZ-2027-0001 gegrond: herziening na heroverweging van beschikking ${letters.c}`],
      [1, null],
    ]);
    const c = rankings.items[0].output.applications.find(
      (a: { reference: string }) => a.reference === apps.c.reference,
    );
    expect(c).toMatchObject({ outcome: 'granted', grantedCents: 1_600_000, total: 40 });

    // The applicant now sees the new decision, issued, which names the one it replaces.
    const decision = (
      await api(applicantC, 'GET', `/api/applications/${apps.c.id}/decision`)
    ).json();
    expect(decision).toMatchObject({
      reference: 'BS-2027-0004',
      outcome: 'granted',
      grantedCents: 1_600_000,
      sentDay: '2027-06-28',
    });
    expect(decision.html).toContain(
      `Deze beschikking vervangt beschikking ${letters.c}, die wij hebben herroepen in de beslissing op uw bezwaar BZ-2027-0001 (artikel 7:11, tweede lid, Algemene wet bestuursrecht).`,
    );
    // The old decision is kept exactly as it was issued.
    const [old] = await ctx.app.db
      .select()
      .from(decisions)
      .where(eq(decisions.reference, letters.c));
    expect(old).toMatchObject({ outcome: 'rejected_general_conditions', grantedCents: 0 });
    expect(old!.issuedAt).toEqual(new Date('2027-05-03T08:00:00Z'));
    const [replacement] = await ctx.app.db
      .select()
      .from(decisions)
      .where(eq(decisions.reference, 'BS-2027-0004'));
    expect(replacement!.replacesDecisionId).toBe(old!.id);
    // The new decision grants € 16,000: the application now has a grant that follows it.
    const grant = (await api(applicantC, 'GET', '/api/grants')).json().items;
    expect(grant.map((g: { grantedCents: number }) => g.grantedCents)).toEqual([1_600_000]);
    const terms = (await api(applicantC, 'GET', `/api/grants/${grant[0].id}`)).json().terms;
    expect(terms.reduce((n: number, t: { amountCents: number }) => n + t.amountCents, 0)).toBe(
      1_600_000,
    );

    const pdf = await api(
      applicantC,
      'GET',
      `/api/applications/${apps.c.id}/objections/${objectionId}/letter.pdf`,
    );
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const outbox = (await api(admin, 'GET', '/api/outbox?to=c@heer.example')).json();
    expect(outbox.items[0].subject).toBe('Beslissing op uw bezwaar BZ-2027-0001');
  });

  it('is final once decided, and the applicant sees the outcome without the hearing record', async () => {
    const again = await api(officer, 'POST', `/api/objections/${objectionId}/decision`, {
      outcome: 'unfounded',
      reasons: 'Een tweede beslissing zou de eerste overschrijven.',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('OBJECTION_DECIDED');
    const seen = (await api(applicantC, 'GET', `/api/applications/${apps.c.id}/objections`)).json()
      .items[0];
    expect(seen).toMatchObject({
      outcome: 'well_founded',
      newDecisionReference: 'BS-2027-0004',
      hearingDay: '2027-06-20',
      hearingNotes: null,
    });
  });

  it('leaves every step in the audit trail, without the hearing record', async () => {
    const audit = (await api(admin, 'GET', `/api/audit?entityId=${apps.c.id}`)).json();
    const actions = audit.items.map((e: { action: string }) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'objection.register',
        'objection.hearing',
        'objection.decide',
        'decision.create',
      ]),
    );
    expect(JSON.stringify(audit.items)).not.toContain('Jansen');
  });
});
