import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import {
  auditEvents,
  measurements,
  participantConsents,
  participants,
  provisions,
} from '../../platform/db/schema.ts';

/** The clock of the app: moved forward to let links expire. */
const START = new Date('2027-03-10T09:00:00Z');
let now = START;
const DAY = 86_400_000;

let ctx: TestContext;
let coordinator: Session;
let lindeboomId: string;
let klusteamId: string;

const DIMENSIONS = [
  'bodily_functions',
  'mental_wellbeing',
  'meaning',
  'quality_of_life',
  'participation',
  'daily_functioning',
] as const;

/** The six scores in the order of the dimensions, and which ones to talk about. */
function health(scores: number[], talk: string[] = []) {
  return Object.fromEntries(
    DIMENSIONS.map((d, i) => [d, { score: scores[i], wantsToTalk: talk.includes(d) }]),
  );
}

/** A participant of a provision, with consent rows as the participants feature stores them. */
async function participant(
  provisionId: string,
  displayName: string,
  consents: { scope: string; givenOn: string; withdrawnOn?: string }[],
): Promise<string> {
  const [row] = await ctx.handle.db
    .insert(participants)
    .values({ provisionId, displayName, startDate: '2027-01-04', clientRoute: 'self' })
    .returning({ id: participants.id });
  for (const consent of consents) {
    await ctx.handle.db.insert(participantConsents).values({
      participantId: row!.id,
      method: 'written',
      withdrawnOn: consent.withdrawnOn ?? null,
      scope: consent.scope,
      givenOn: consent.givenOn,
    });
  }
  return row!.id;
}

const withMeasurementConsent = [
  { scope: 'registration', givenOn: '2027-01-04' },
  { scope: 'measurements', givenOn: '2027-01-04' },
];

const storedFor = async (participantId: string) =>
  ctx.handle.db.select().from(measurements).where(eq(measurements.participantId, participantId));

async function createLink(participantId: string) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/participants/${participantId}/questionnaire-links`,
    headers: as(coordinator),
  });
}

const tokenOf = (url: string) => /\/vragenlijst\/([A-Za-z0-9_-]{43})$/.exec(url)![1]!;

beforeAll(async () => {
  ctx = await createTestApp(
    { PUBLIC_URL: 'https://samenredzaam.maastricht.example', QUESTIONNAIRE_LINK_DAYS: '14' },
    () => now,
  );
  coordinator = await loginAs(ctx.app, 'coordinator@demo.example');
  const all = await ctx.handle.db
    .select({ id: provisions.id, name: provisions.name })
    .from(provisions);
  lindeboomId = all.find((p) => p.name === 'Huiskamer De Lindeboom')!.id;
  klusteamId = all.find((p) => p.name === 'Klusteam Maas en Mergel')!.id;
});
afterAll(() => ctx.close());

describe("the coordinator's measurement", () => {
  it('is stored and listed with exactly the scores, talking points and satisfaction given', async () => {
    const id = await participant(lindeboomId, 'Mevrouw A. Jacobs', withMeasurementConsent);
    const recorded = await ctx.app.inject({
      method: 'POST',
      url: `/api/participants/${id}/measurements`,
      headers: as(coordinator),
      payload: {
        measuredOn: '2027-03-09',
        health: health([6, 4, 7, 5, 3, 8], ['participation']),
        satisfaction: 9,
        satisfactionRemark: 'Komt graag op maandag.',
      },
    });
    expect(recorded.statusCode).toBe(201);
    expect(recorded.json()).toMatchObject({
      respondent: 'coordinator',
      measuredOn: '2027-03-09',
      talkAbout: ['participation'],
    });

    const list = await ctx.app.inject({
      method: 'GET',
      url: `/api/participants/${id}/measurements`,
      headers: as(coordinator),
    });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toEqual({
      items: [
        {
          id: recorded.json().id,
          respondent: 'coordinator',
          measuredOn: '2027-03-09',
          scores: {
            bodily_functions: 6,
            mental_wellbeing: 4,
            meaning: 7,
            quality_of_life: 5,
            participation: 3,
            daily_functioning: 8,
          },
          talkAbout: ['participation'],
          satisfaction: 9,
          satisfactionRemark: 'Komt graag op maandag.',
        },
      ],
      activeLink: null,
      consentStands: true,
      participantLeft: false,
    });

    // The audit log knows who measured whom and when, never the scores or the remark.
    const audit = await ctx.handle.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, id));
    const created = audit.find((a) => a.action === 'measurement.create')!;
    expect(created.after).toEqual({
      measurementId: recorded.json().id,
      respondent: 'coordinator',
      measuredOn: '2027-03-09',
    });
    expect(audit.filter((a) => a.action === 'participant.read')).toHaveLength(1);
    expect(JSON.stringify(audit)).not.toContain('maandag');
  });

  it('refuses a score of 11 and a day in the future, and stores nothing', async () => {
    const id = await participant(lindeboomId, 'B. Smeets', withMeasurementConsent);
    const eleven = await ctx.app.inject({
      method: 'POST',
      url: `/api/participants/${id}/measurements`,
      headers: as(coordinator),
      payload: {
        measuredOn: '2027-03-09',
        health: { ...health([5, 5, 5, 5, 5, 5]), meaning: { score: 11, wantsToTalk: false } },
        satisfaction: 7,
      },
    });
    expect(eleven.statusCode).toBe(400);
    expect(eleven.json().fields).toEqual([
      { path: 'health.meaning.score', message: 'Een cijfer is hoogstens 10.' },
    ]);

    const tomorrow = await ctx.app.inject({
      method: 'POST',
      url: `/api/participants/${id}/measurements`,
      headers: as(coordinator),
      payload: { measuredOn: '2027-03-11', health: health([5, 5, 5, 5, 5, 5]), satisfaction: 7 },
    });
    expect(tomorrow.statusCode).toBe(400);
    expect(tomorrow.json().fields).toEqual([
      { path: 'measuredOn', message: 'De datum van de meting mag niet in de toekomst liggen.' },
    ]);
    expect(await storedFor(id)).toHaveLength(0);
  });

  it('needs consent for measurements on the day measured', async () => {
    const id = await participant(lindeboomId, 'C. Hermans', [
      { scope: 'registration', givenOn: '2027-01-04' },
      { scope: 'measurements', givenOn: '2027-03-01' },
    ]);
    const beforeConsent = await ctx.app.inject({
      method: 'POST',
      url: `/api/participants/${id}/measurements`,
      headers: as(coordinator),
      payload: { measuredOn: '2027-02-15', health: health([5, 5, 5, 5, 5, 5]), satisfaction: 7 },
    });
    expect(beforeConsent.statusCode).toBe(409);
    expect(beforeConsent.json().code).toBe('CONSENT_REQUIRED');
    expect(beforeConsent.json().message).toBe(
      'Op 15 februari 2027 had de deelnemer geen toestemming gegeven voor vragenlijsten over gezondheid en tevredenheid. De meting is niet opgeslagen.',
    );

    const onlyRegistration = await participant(lindeboomId, 'D. Claessens', [
      { scope: 'registration', givenOn: '2027-01-04' },
    ]);
    const without = await ctx.app.inject({
      method: 'POST',
      url: `/api/participants/${onlyRegistration}/measurements`,
      headers: as(coordinator),
      payload: { measuredOn: '2027-03-09', health: health([5, 5, 5, 5, 5, 5]), satisfaction: 7 },
    });
    expect(without.statusCode).toBe(409);
    expect(without.json().code).toBe('CONSENT_REQUIRED');
    const link = await createLink(onlyRegistration);
    expect(link.statusCode).toBe(409);
    expect(link.json().code).toBe('CONSENT_REQUIRED');
    expect([...(await storedFor(id)), ...(await storedFor(onlyRegistration))]).toHaveLength(0);
  });

  it('is refused for a participant who has left', async () => {
    const id = await participant(lindeboomId, 'E. Vos', withMeasurementConsent);
    await ctx.handle.db
      .update(participants)
      .set({ endDate: '2027-03-01' })
      .where(eq(participants.id, id));
    const response = await ctx.app.inject({
      method: 'POST',
      url: `/api/participants/${id}/measurements`,
      headers: as(coordinator),
      payload: { measuredOn: '2027-03-09', health: health([5, 5, 5, 5, 5, 5]), satisfaction: 7 },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('PARTICIPANT_LEFT');
    expect(await storedFor(id)).toHaveLength(0);
  });

  it('is out of reach for the coordinator of another provision: the participant is absent', async () => {
    const elsewhere = await participant(klusteamId, 'F. Janssen', withMeasurementConsent);
    for (const [method, url] of [
      ['GET', `/api/participants/${elsewhere}/measurements`],
      ['POST', `/api/participants/${elsewhere}/measurements`],
      ['POST', `/api/participants/${elsewhere}/questionnaire-links`],
    ] as const) {
      const response = await ctx.app.inject({
        method,
        url,
        headers: as(coordinator),
        payload: { measuredOn: '2027-03-09', health: health([5, 5, 5, 5, 5, 5]), satisfaction: 7 },
      });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    expect(await storedFor(elsewhere)).toHaveLength(0);
  });
});

describe('the personal questionnaire link', () => {
  it('shows the provision, not the name, and takes one set of answers', async () => {
    const id = await participant(lindeboomId, 'Mevrouw G. Lemmens', withMeasurementConsent);
    const created = await createLink(id);
    expect(created.statusCode).toBe(201);
    const link = created.json();
    expect(link.url).toMatch(
      /^https:\/\/samenredzaam\.maastricht\.example\/vragenlijst\/[A-Za-z0-9_-]{43}$/,
    );
    expect(link.expiresAt).toBe('2027-03-24T09:00:00.000Z');
    expect(link.qrSvg).toMatch(/^<svg [^>]*viewBox="0 0 \d+ \d+"/);
    const token = tokenOf(link.url);

    // Only the hash of the token is stored, and the audit log does not have it either.
    const stored = JSON.stringify(await ctx.handle.db.select().from(auditEvents));
    expect(stored).not.toContain(token);

    const listed = await ctx.app.inject({
      method: 'GET',
      url: `/api/participants/${id}/measurements`,
      headers: as(coordinator),
    });
    expect(listed.json().activeLink).toEqual({ expiresAt: '2027-03-24T09:00:00.000Z' });

    const opened = await ctx.app.inject({ method: 'GET', url: `/api/questionnaire/${token}` });
    expect(opened.statusCode).toBe(200);
    expect(opened.json()).toMatchObject({
      provisionName: 'Huiskamer De Lindeboom',
      expiresAt: '2027-03-24T09:00:00.000Z',
    });
    expect(opened.json().dimensions.map((d: { label: string }) => d.label)).toEqual([
      'Lichaamsfuncties',
      'Mentaal welbevinden',
      'Zingeving',
      'Kwaliteit van leven',
      'Meedoen',
      'Dagelijks functioneren',
    ]);
    expect(opened.body).not.toContain('Lemmens');

    now = new Date(START.getTime() + 2 * DAY);
    const answered = await ctx.app.inject({
      method: 'POST',
      url: `/api/questionnaire/${token}`,
      payload: {
        health: health([7, 6, 8, 7, 4, 9], ['participation', 'mental_wellbeing']),
        satisfaction: 8,
        satisfactionRemark: 'Fijn dat ik hier mag komen.',
      },
    });
    expect(answered.statusCode).toBe(201);
    expect(answered.json()).toEqual({ thanks: true });

    const rows = await storedFor(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      respondent: 'participant',
      measuredOn: '2027-03-12',
      bodilyFunctions: 7,
      mentalWellbeing: 6,
      meaning: 8,
      qualityOfLife: 7,
      participation: 4,
      dailyFunctioning: 9,
      talkAbout: ['mental_wellbeing', 'participation'],
      satisfaction: 8,
      satisfactionRemark: 'Fijn dat ik hier mag komen.',
      recordedBy: null,
    });
    const audit = await ctx.handle.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, id));
    expect(audit.find((a) => a.action === 'measurement.create')).toMatchObject({
      actorEmail: 'questionnaire-link',
      after: { measurementId: rows[0]!.id, respondent: 'participant', measuredOn: '2027-03-12' },
    });

    const again = await ctx.app.inject({
      method: 'POST',
      url: `/api/questionnaire/${token}`,
      payload: { health: health([1, 1, 1, 1, 1, 1]), satisfaction: 1 },
    });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('QUESTIONNAIRE_LINK_USED');
    const reopened = await ctx.app.inject({ method: 'GET', url: `/api/questionnaire/${token}` });
    expect(reopened.json().code).toBe('QUESTIONNAIRE_LINK_USED');
    expect(await storedFor(id)).toHaveLength(1);
    now = START;
  });

  it(`expires after ${14} days, and a new link replaces the earlier one`, async () => {
    const id = await participant(lindeboomId, 'H. Wouters', withMeasurementConsent);
    const first = tokenOf((await createLink(id)).json().url);
    const second = tokenOf((await createLink(id)).json().url);

    const replaced = await ctx.app.inject({ method: 'GET', url: `/api/questionnaire/${first}` });
    expect(replaced.statusCode).toBe(410);
    expect(replaced.json().code).toBe('QUESTIONNAIRE_LINK_EXPIRED');

    now = new Date(START.getTime() + 14 * DAY - 1);
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/questionnaire/${second}` })).statusCode,
    ).toBe(200);
    now = new Date(START.getTime() + 14 * DAY);
    const expired = await ctx.app.inject({
      method: 'POST',
      url: `/api/questionnaire/${second}`,
      payload: { health: health([5, 5, 5, 5, 5, 5]), satisfaction: 5 },
    });
    expect(expired.statusCode).toBe(410);
    expect(expired.json()).toMatchObject({
      code: 'QUESTIONNAIRE_LINK_EXPIRED',
      message: 'Deze link is verlopen. Vraag de coördinator van uw voorziening om een nieuwe link.',
    });
    expect(await storedFor(id)).toHaveLength(0);
    now = START;
  });

  it('is unknown for a token that was never made', async () => {
    const unknown = await ctx.app.inject({
      method: 'GET',
      url: `/api/questionnaire/${'x'.repeat(43)}`,
    });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('Deze link bestaat niet.');
    const answer = await ctx.app.inject({
      method: 'POST',
      url: `/api/questionnaire/${'x'.repeat(43)}`,
      payload: { health: health([5, 5, 5, 5, 5, 5]), satisfaction: 5 },
    });
    expect(answer.statusCode).toBe(404);
  });

  it('answers at most 60 requests a minute from one address', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 61; i++) {
      const response = await ctx.app.inject({
        method: 'GET',
        url: `/api/questionnaire/${'y'.repeat(43)}`,
        remoteAddress: '192.0.2.61',
      });
      statuses.push(response.statusCode);
      if (i === 60) {
        expect(response.json()).toMatchObject({
          code: 'TOO_MANY_ATTEMPTS',
          message: 'Te veel verzoeken achter elkaar. Wacht een minuut en probeer het opnieuw.',
        });
        // Seconds until the minute (real time) is over.
        expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
        expect(Number(response.headers['retry-after'])).toBeLessThanOrEqual(60);
      }
    }
    expect(statuses.filter((s) => s === 404)).toHaveLength(60);
    expect(statuses[60]).toBe(429);
    // Another address is not affected.
    const other = await ctx.app.inject({
      method: 'GET',
      url: `/api/questionnaire/${'y'.repeat(43)}`,
      remoteAddress: '192.0.2.62',
    });
    expect(other.statusCode).toBe(404);
  });

  it('stops working when consent for measurements is withdrawn, and stores nothing', async () => {
    const id = await participant(lindeboomId, 'I. Bemelmans', withMeasurementConsent);
    const token = tokenOf((await createLink(id)).json().url);
    await ctx.handle.db
      .update(participantConsents)
      .set({ withdrawnOn: '2027-03-10' })
      .where(eq(participantConsents.participantId, id));

    const opened = await ctx.app.inject({ method: 'GET', url: `/api/questionnaire/${token}` });
    expect(opened.statusCode).toBe(409);
    expect(opened.json().code).toBe('CONSENT_REQUIRED');
    const answered = await ctx.app.inject({
      method: 'POST',
      url: `/api/questionnaire/${token}`,
      payload: { health: health([5, 5, 5, 5, 5, 5]), satisfaction: 5 },
    });
    expect(answered.statusCode).toBe(409);
    expect(await storedFor(id)).toHaveLength(0);

    const listed = await ctx.app.inject({
      method: 'GET',
      url: `/api/participants/${id}/measurements`,
      headers: as(coordinator),
    });
    expect(listed.json().consentStands).toBe(false);
  });

  it('refuses a score of 11 from the participant and keeps the link usable', async () => {
    const id = await participant(lindeboomId, 'J. Ramakers', withMeasurementConsent);
    const token = tokenOf((await createLink(id)).json().url);
    const eleven = await ctx.app.inject({
      method: 'POST',
      url: `/api/questionnaire/${token}`,
      payload: { health: health([5, 5, 11, 5, 5, 5]), satisfaction: 5 },
    });
    expect(eleven.statusCode).toBe(400);
    expect(eleven.json().fields).toEqual([
      { path: 'health.meaning.score', message: 'Een cijfer is hoogstens 10.' },
    ]);
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/api/questionnaire/${token}` })).statusCode,
    ).toBe(200);
    expect(await storedFor(id)).toHaveLength(0);
  });
});
