import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  TEST_PSEUDONYM_KEY,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import {
  registerParticipantSchema,
  type RegisterParticipantBody,
} from '../../../domain/participants/registration.ts';
import { SYSTEM_ACTOR, type Actor } from '../../platform/access.ts';
import {
  attendance,
  auditEvents,
  measurements,
  participantOutflows,
  participants,
  questionnaireLinks,
  referrals,
} from '../../platform/db/schema.ts';
import { AppError } from '../../platform/errors.ts';
import { pseudonymiseBsn } from '../../platform/pseudonym.ts';
import * as service from './participants.service.ts';
import { systemContext } from '../../platform/use-case.ts';

let ctx: TestContext;
let applicant: Session;
let applicant2: Session;
let coordinator: Session;
/** Huiskamer De Lindeboom (coordinated by coordinator@), a second Lindeboom provision, Klusteam. */
let lindeboom: string;
let lindeboom2: string;
let klusteam: string;
/** One participant in each of those provisions. */
let inLindeboom: string;
let inLindeboom2: string;
let inKlusteam: string;

const MARIABERG = 'BU09350201';

const body = (overrides: Partial<RegisterParticipantBody> = {}): RegisterParticipantBody => ({
  displayName: 'Anna Hermans',
  birthYear: 1952,
  neighbourhoodCode: MARIABERG,
  startDate: '2026-01-05',
  clientRoute: 'self',
  referringOrganisation: null,
  consent: { scopes: ['registration', 'measurements'], givenOn: '2026-01-05', method: 'written' },
  bsn: null,
  ...overrides,
});

async function register(
  session: Session,
  provisionId: string,
  overrides: Partial<RegisterParticipantBody> = {},
) {
  return ctx.app.inject({
    method: 'POST',
    url: `/api/provisions/${provisionId}/participants`,
    headers: as(session),
    payload: body(overrides),
  });
}

async function registered(
  session: Session,
  provisionId: string,
  overrides: Partial<RegisterParticipantBody> = {},
): Promise<string> {
  const response = await register(session, provisionId, overrides);
  if (response.statusCode !== 201) throw new Error(response.body);
  return response.json<{ id: string }>().id;
}

const get = (session: Session, url: string) =>
  ctx.app.inject({ method: 'GET', url, headers: as(session) });
const post = (session: Session, url: string, payload: unknown) =>
  ctx.app.inject({ method: 'POST', url, headers: as(session), payload: payload as object });

async function participantCount(): Promise<number> {
  const [row] = await ctx.app.db.select({ n: count() }).from(participants);
  return row!.n;
}

async function participantRow(id: string) {
  const [row] = await ctx.app.db.select().from(participants).where(eq(participants.id, id));
  return row!;
}

async function registeredByCoordinatorOf(provisionId: string, displayName: string) {
  const detail = await service.registerParticipant(
    {
      db: ctx.app.db,
      actor: SYSTEM_ACTOR,
      scope: { kind: 'provisions', provisionIds: [provisionId] },
      now: new Date(),
    },
    {
      provisionId,
      body: registerParticipantSchema.parse(body({ displayName })),
      pseudonymKey: null,
    },
  );
  return detail.id;
}

beforeAll(async () => {
  ctx = await createTestApp();
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  applicant2 = await loginAs(ctx.app, 'applicant2@demo.example');
  coordinator = await loginAs(ctx.app, 'coordinator@demo.example');
  lindeboom = (await get(applicant, '/api/provisions')).json().items[0].id;
  klusteam = (await get(applicant2, '/api/provisions')).json().items[0].id;
  const created = await post(applicant, '/api/provisions', {
    organisationId: applicant.me.organisations[0]!.id,
    name: 'Eettafel De Lindeboom',
    category: 'living_room',
  });
  lindeboom2 = created.json().id;
  inLindeboom = await registered(coordinator, lindeboom, { displayName: 'Anna Hermans' });
  // Nobody coordinates these two yet: registered as their coordinators would.
  inLindeboom2 = await registeredByCoordinatorOf(lindeboom2, 'Bert Coenen');
  inKlusteam = await registeredByCoordinatorOf(klusteam, 'Carla Wetzels');
});
afterAll(() => ctx.close());

describe('who sees which participants', () => {
  it('lets the coordinator reach only the provision they coordinate', async () => {
    const own = await get(coordinator, `/api/provisions/${lindeboom}/participants`);
    expect(own.statusCode).toBe(200);
    expect(own.json().provision.name).toBe('Huiskamer De Lindeboom');
    expect(own.json().items.map((p: { displayName: string }) => p.displayName)).toEqual([
      'Anna Hermans',
    ]);
    const provisions = (await get(coordinator, '/api/participants/provisions')).json().items;
    expect(provisions).toEqual([
      {
        id: lindeboom,
        name: 'Huiskamer De Lindeboom',
        category: 'living_room',
        organisationName: 'Stichting Huiskamer De Lindeboom',
        activeParticipants: 1,
      },
    ]);

    for (const [provisionId, participantId] of [
      [lindeboom2, inLindeboom2],
      [klusteam, inKlusteam],
    ] as const) {
      const answers = [
        await get(coordinator, `/api/provisions/${provisionId}/participants`),
        await register(coordinator, provisionId),
        await get(coordinator, `/api/participants/${participantId}`),
        await ctx.app.inject({
          method: 'PATCH',
          url: `/api/participants/${participantId}`,
          headers: as(coordinator),
          payload: body(),
        }),
        await get(coordinator, `/api/participants/${participantId}/export`),
        await post(coordinator, `/api/participants/${participantId}/erase`, {
          reason: 'Op verzoek van de deelnemer',
        }),
        await get(coordinator, `/api/provisions/${provisionId}/consent-form.pdf`),
      ];
      expect(answers.map((a) => a.statusCode)).toEqual([404, 404, 404, 404, 404, 404, 404]);
    }
    // Nothing was registered or erased by those attempts.
    expect((await participantRow(inLindeboom2)).erasedAt).toBeNull();
    expect((await participantRow(inKlusteam)).displayName).toBe('Carla Wetzels');
  });

  it('keeps the board (applicant) out of names and measurements, even of its own provisions (403)', async () => {
    const answers = [
      await get(applicant, '/api/participants/provisions'),
      await get(applicant, `/api/provisions/${lindeboom}/participants`),
      await register(applicant, lindeboom2),
      await get(applicant, `/api/participants/${inLindeboom}`),
      await ctx.app.inject({
        method: 'PATCH',
        url: `/api/participants/${inLindeboom2}`,
        headers: as(applicant),
        payload: body(),
      }),
      await get(applicant, `/api/participants/${inLindeboom}/export`),
      await post(applicant, `/api/participants/${inLindeboom2}/erase`, { reason: 'Verhuisd' }),
      await get(applicant, `/api/participants/${inLindeboom}/measurements`),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([403, 403, 403, 403, 403, 403, 403, 403]);
    expect((await participantRow(inLindeboom2)).erasedAt).toBeNull();
    // The blank consent form holds no personal data: the board may print it.
    expect((await get(applicant, `/api/provisions/${lindeboom}/consent-form.pdf`)).statusCode).toBe(
      200,
    );
  });

  it('keeps municipal staff and social workers out of personal data (403)', async () => {
    for (const role of ['policy_officer', 'assessor', 'social_worker', 'wmo_analyst']) {
      const session = await loginAs(ctx.app, `${role}@demo.example`);
      const answers = [
        await get(session, '/api/participants/provisions'),
        await get(session, `/api/provisions/${lindeboom}/participants`),
        await register(session, lindeboom),
        await get(session, `/api/participants/${inLindeboom}`),
        await get(session, `/api/participants/${inLindeboom}/export`),
        await post(session, `/api/participants/${inLindeboom}/erase`, { reason: 'Zomaar wissen' }),
        await get(session, `/api/provisions/${lindeboom}/consent-form.pdf`),
      ];
      expect(
        answers.map((a) => a.statusCode),
        role,
      ).toEqual([403, 403, 403, 403, 403, 403, 403]);
    }
  });
});

describe('the BSN', () => {
  const matching = {
    scopes: ['registration', 'matching'] as ('registration' | 'matching')[],
    givenOn: '2026-01-05',
    method: 'written' as const,
  };

  it('is refused when it fails the 11-proef, and then nothing is stored', async () => {
    const before = await participantCount();
    const response = await register(coordinator, lindeboom, {
      consent: matching,
      bsn: '123456789',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { path: 'bsn', message: 'Dit BSN klopt niet (elfproef).' },
    ]);
    expect(await participantCount()).toBe(before);
  });

  it('is refused without consent for matching', async () => {
    const before = await participantCount();
    const response = await register(coordinator, lindeboom, { bsn: '111222333' });
    expect(response.json().fields).toEqual([
      {
        path: 'bsn',
        message: 'Een BSN mag u alleen vastleggen met toestemming voor het vergelijken.',
      },
    ]);
    expect(await participantCount()).toBe(before);
  });

  it('is stored only as its keyed pseudonym and never shown again', async () => {
    const pseudonym = pseudonymiseBsn('111222333', TEST_PSEUDONYM_KEY);
    const created = await register(coordinator, lindeboom, {
      displayName: 'Dirk Lemmens',
      consent: matching,
      bsn: '111222333',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as string;
    expect((await participantRow(id)).bsnPseudonym).toBe(pseudonym);
    expect(created.json()).toMatchObject({ hasBsnPseudonym: true });
    const answers = [
      created.body,
      (await get(coordinator, `/api/participants/${id}`)).body,
      (await get(coordinator, `/api/provisions/${lindeboom}/participants`)).body,
      (await get(coordinator, `/api/participants/${id}/export`)).body,
    ];
    for (const text of answers) {
      expect(text).not.toContain('111222333');
      expect(text).not.toContain(pseudonym);
    }
    // Nor does the audit log hold the name or the BSN.
    const log = await ctx.app.db.select().from(auditEvents).where(eq(auditEvents.entityId, id));
    expect(log.length).toBeGreaterThanOrEqual(3);
    expect(JSON.stringify(log)).not.toMatch(/111222333|Dirk Lemmens|1952/);
    expect(JSON.stringify(log)).not.toContain(pseudonym);
  });

  it('is not recorded at all when the server has no pseudonym key', async () => {
    const before = await participantCount();
    const actor: Actor = {
      kind: 'user',
      userId: applicant.me.id,
      email: applicant.me.email,
      roles: ['applicant'],
      organisationIds: [applicant.me.organisations[0]!.id],
      provisionIds: [],
    };
    const attempt = service.registerParticipant(
      {
        db: ctx.app.db,
        actor,
        scope: { kind: 'organisations', organisationIds: actor.organisationIds },
        now: new Date(),
      },
      {
        provisionId: lindeboom,
        body: registerParticipantSchema.parse(body({ consent: matching, bsn: '111222333' })),
        pseudonymKey: null,
      },
    );
    await expect(attempt).rejects.toThrowError(new AppError('PSEUDONYM_KEY_MISSING'));
    expect(await participantCount()).toBe(before);
  });

  it('loses its pseudonym the moment consent for matching is withdrawn', async () => {
    const id = await registered(coordinator, lindeboom, {
      displayName: 'Els Vroemen',
      consent: matching,
      bsn: '123456782',
    });
    expect((await participantRow(id)).bsnPseudonym).toBe(
      pseudonymiseBsn('123456782', TEST_PSEUDONYM_KEY),
    );
    const withdrawn = await post(coordinator, `/api/participants/${id}/consents/withdraw`, {
      scope: 'matching',
      withdrawnOn: '2026-06-01',
    });
    expect(withdrawn.statusCode).toBe(200);
    expect((await participantRow(id)).bsnPseudonym).toBeNull();
    expect(withdrawn.json()).toMatchObject({
      hasBsnPseudonym: false,
      consentScopes: ['registration'],
    });
    expect(
      withdrawn
        .json()
        .consents.map((c: { scope: string; withdrawnOn: string | null }) => [
          c.scope,
          c.withdrawnOn,
        ]),
    ).toEqual([
      ['registration', null],
      ['matching', '2026-06-01'],
    ]);
    // Consent again, with the BSN: a new consent row and the pseudonym is back.
    const again = await post(coordinator, `/api/participants/${id}/consents`, {
      scopes: ['matching'],
      givenOn: '2026-07-01',
      method: 'verbal',
      bsn: '123456782',
    });
    expect(again.json().consentScopes).toEqual(['registration', 'matching']);
    expect(again.json().consents).toHaveLength(3);
    expect((await participantRow(id)).bsnPseudonym).toBe(
      pseudonymiseBsn('123456782', TEST_PSEUDONYM_KEY),
    );
  });

  it('withdrawing consent for registration means leaving on that day', async () => {
    const id = await registered(coordinator, lindeboom, { displayName: 'Frans Wolfs' });
    const early = await post(coordinator, `/api/participants/${id}/consents/withdraw`, {
      scope: 'registration',
      withdrawnOn: '2025-12-31',
    });
    expect(early.json().fields).toEqual([
      {
        path: 'withdrawnOn',
        message:
          'De datum van intrekken kan niet vóór de datum van de toestemming (5 januari 2026) liggen.',
      },
    ]);
    const withdrawn = await post(coordinator, `/api/participants/${id}/consents/withdraw`, {
      scope: 'registration',
      withdrawnOn: '2026-03-02',
    });
    expect(withdrawn.json()).toMatchObject({
      endDate: '2026-03-02',
      consentScopes: ['measurements'],
    });
    const active = (await get(coordinator, `/api/provisions/${lindeboom}/participants`)).json();
    const left = (
      await get(coordinator, `/api/provisions/${lindeboom}/participants?status=left`)
    ).json();
    expect(active.items.map((p: { id: string }) => p.id)).not.toContain(id);
    expect(left.items.map((p: { id: string }) => p.id)).toEqual([id]);
  });
});

describe('erasure', () => {
  it('clears who the person was and leaves every count the same', async () => {
    const erased = await registered(coordinator, lindeboom, {
      displayName: 'Gerda Pieters',
      clientRoute: 'social_team',
    });
    const kept = await registered(coordinator, lindeboom, {
      displayName: 'Hub Ramakers',
      clientRoute: 'social_team',
    });
    const db = ctx.app.db;
    await db.insert(attendance).values(
      ['2026-01-05', '2026-01-07', '2026-01-09'].map((day) => ({
        participantId: erased,
        provisionId: lindeboom,
        day,
        dayPart: 'morning',
      })),
    );
    await db.insert(attendance).values({
      participantId: kept,
      provisionId: lindeboom,
      day: '2026-01-05',
      dayPart: 'morning',
    });
    await db.insert(measurements).values({
      participantId: erased,
      provisionId: lindeboom,
      respondent: 'participant',
      measuredOn: '2026-02-02',
      bodilyFunctions: 6,
      mentalWellbeing: 5,
      meaning: 7,
      qualityOfLife: 6,
      participation: 4,
      dailyFunctioning: 8,
      talkAbout: ['participation'],
      satisfaction: 8,
      satisfactionRemark: 'Fijn dat mijn buurvrouw Mien er ook is',
    });
    await db.insert(questionnaireLinks).values({
      participantId: erased,
      tokenHash: 'hash-of-a-test-token',
      expiresAt: new Date('2026-12-31T00:00:00Z'),
    });
    const [referral] = await db
      .insert(referrals)
      .values({
        provisionId: lindeboom,
        route: 'social_team',
        residentName: 'Gerda Pieters',
        residentContact: '06-12345678',
        birthYear: 1949,
        note: 'Zoekt aanspraak',
        consentGivenOn: '2026-01-02',
        status: 'accepted',
        participantId: erased,
      })
      .returning({ id: referrals.id });

    const detail = (await get(coordinator, `/api/participants/${erased}`)).json();
    expect(detail.talkingPoints).toEqual(['participation']);

    const counts = async () => {
      const routes = await db
        .select({ route: participants.clientRoute, n: count() })
        .from(participants)
        .where(eq(participants.provisionId, lindeboom))
        .groupBy(participants.clientRoute)
        .orderBy(participants.clientRoute);
      const [days] = await db
        .select({ n: count() })
        .from(attendance)
        .where(eq(attendance.provisionId, lindeboom));
      const [scores] = await db
        .select({
          n: count(),
          total: sql<number>`sum(${measurements.bodilyFunctions} + ${measurements.mentalWellbeing} + ${measurements.meaning} + ${measurements.qualityOfLife} + ${measurements.participation} + ${measurements.dailyFunctioning})::int`,
          satisfaction: sql<number>`sum(${measurements.satisfaction})::int`,
        })
        .from(measurements)
        .where(eq(measurements.provisionId, lindeboom));
      return { routes, attendance: days!.n, measurements: scores };
    };
    const before = await counts();
    expect(before.attendance).toBe(4);
    expect(before.measurements).toEqual({ n: 1, total: 36, satisfaction: 8 });
    expect(before.routes.find((r) => r.route === 'social_team')?.n).toBe(2);

    const tooShort = await post(coordinator, `/api/participants/${erased}/erase`, {
      reason: 'weg',
    });
    expect(tooShort.json().fields).toEqual([
      { path: 'reason', message: 'Vul de reden in (minstens 5 tekens).' },
    ]);
    expect((await participantRow(erased)).erasedAt).toBeNull();

    const erase = await post(coordinator, `/api/participants/${erased}/erase`, {
      reason: 'Verzoek tot wissen van de deelnemer',
    });
    expect(erase.statusCode).toBe(204);

    expect(await counts()).toEqual(before);
    const row = await participantRow(erased);
    expect(row).toMatchObject({
      displayName: null,
      birthYear: null,
      bsnPseudonym: null,
      referringOrganisation: null,
      clientRoute: 'social_team',
      neighbourhoodCode: MARIABERG,
      startDate: '2026-01-05',
    });
    expect(row.erasedAt).toBeInstanceOf(Date);
    const [measurement] = await db
      .select()
      .from(measurements)
      .where(eq(measurements.participantId, erased));
    expect(measurement).toMatchObject({ satisfactionRemark: null, participation: 4 });
    const [referralAfter] = await db.select().from(referrals).where(eq(referrals.id, referral!.id));
    expect(referralAfter).toMatchObject({
      residentName: null,
      residentContact: null,
      note: null,
      status: 'accepted',
    });
    const links = await db
      .select()
      .from(questionnaireLinks)
      .where(eq(questionnaireLinks.participantId, erased));
    expect(links).toEqual([]);

    expect((await get(coordinator, `/api/participants/${erased}`)).statusCode).toBe(404);
    const list = (await get(coordinator, `/api/provisions/${lindeboom}/participants?status=all`))
      .json()
      .items.map((p: { id: string }) => p.id);
    expect(list).not.toContain(erased);
    expect(list).toContain(kept);
    const [audit] = await db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, erased), eq(auditEvents.action, 'participant.erase')));
    expect(audit).toMatchObject({
      actorEmail: 'coordinator@demo.example',
      after: { reason: 'Verzoek tot wissen van de deelnemer' },
    });
  });

  it('happens by itself 24 months after leaving: 25 months ago yes, 24 and 23 not yet', async () => {
    expect(ctx.app.config.PARTICIPANT_RETENTION_MONTHS).toBe(24);
    const now = new Date('2026-11-30T12:00:00Z');
    // Anything due already (none in a fresh test database) is out of the way first.
    await service.eraseExpiredParticipants(systemContext(ctx.app.db, now), { retentionMonths: 24 });
    const leftOn: Record<string, string> = {};
    for (const [name, onDate] of [
      ['Ine Bemelmans', '2024-10-30'],
      ['Jo Dassen', '2024-11-30'],
      ['Kees Frijns', '2024-12-30'],
    ] as const) {
      const id = await registered(coordinator, lindeboom, {
        displayName: name,
        startDate: '2023-01-02',
        consent: { scopes: ['registration'], givenOn: '2023-01-02', method: 'written' },
      });
      await post(coordinator, `/api/participants/${id}/outflow`, { kind: 'moved', onDate });
      leftOn[onDate] = id;
    }
    expect(
      await service.eraseExpiredParticipants(systemContext(ctx.app.db, now), {
        retentionMonths: 24,
      }),
    ).toBe(1);
    const rows = await ctx.app.db
      .select({ id: participants.id, name: participants.displayName })
      .from(participants)
      .where(inArray(participants.id, Object.values(leftOn)));
    const nameOf = (day: string) => rows.find((r) => r.id === leftOn[day])?.name;
    expect(nameOf('2024-10-30')).toBeNull();
    expect(nameOf('2024-11-30')).toBe('Jo Dassen');
    expect(nameOf('2024-12-30')).toBe('Kees Frijns');
    const [audit] = await ctx.app.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.entityId, leftOn['2024-10-30']!));
    const retention = await ctx.app.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.entityId, leftOn['2024-10-30']!),
          eq(auditEvents.action, 'participant.erase.retention'),
        ),
      );
    expect(audit).toBeDefined();
    expect(retention).toHaveLength(1);
    expect(retention[0]).toMatchObject({
      actorEmail: 'system',
      after: { endDate: '2024-10-30', retentionMonths: 24, dueAfter: '2026-10-30' },
    });
    // Idempotent: a second run finds nothing; the next day the one of exactly 24 months goes.
    expect(
      await service.eraseExpiredParticipants(systemContext(ctx.app.db, now), {
        retentionMonths: 24,
      }),
    ).toBe(0);
    expect(
      await service.eraseExpiredParticipants(
        systemContext(ctx.app.db, new Date('2026-12-01T12:00:00Z')),
        {
          retentionMonths: 24,
        },
      ),
    ).toBe(1);
  });
});

describe('reading personal data', () => {
  const reads = async (participantId: string) =>
    ctx.app.db
      .select({ email: auditEvents.actorEmail, after: auditEvents.after })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, participantId), eq(auditEvents.action, 'participant.read')),
      )
      .orderBy(auditEvents.id);

  it('is logged for the list, the detail and the inzage', async () => {
    const before = (await reads(inLindeboom)).length;
    await get(coordinator, `/api/provisions/${lindeboom}/participants`);
    await get(coordinator, `/api/participants/${inLindeboom}`);
    const after = await reads(inLindeboom);
    expect(after.slice(before)).toEqual([
      { email: 'coordinator@demo.example', after: { what: 'participant.list' } },
      { email: 'coordinator@demo.example', after: { what: 'participant.detail' } },
    ]);

    const exported = await get(coordinator, `/api/participants/${inLindeboom}/export`);
    expect(exported.statusCode).toBe(200);
    expect(exported.headers['content-disposition']).toBe(
      `attachment; filename=inzage-${inLindeboom}.json`,
    );
    const inzage = JSON.parse(exported.body);
    expect(inzage.participant).toMatchObject({ displayName: 'Anna Hermans', birthYear: 1952 });
    expect(inzage.participant.consents).toHaveLength(2);
    expect(inzage.attendance).toEqual([]);
    expect(inzage.log.map((e: { action: string }) => e.action)).toEqual([
      'participant.register',
      ...Array<string>(after.length).fill('participant.read'),
    ]);
    const exports = await ctx.app.db
      .select()
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, inLindeboom), eq(auditEvents.action, 'participant.export')),
      );
    expect(exports).toHaveLength(1);
  });
});

describe('the consent form', () => {
  it('is a PDF for the own provision and absent for another', async () => {
    const form = await get(coordinator, `/api/provisions/${lindeboom}/consent-form.pdf`);
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toBe('application/pdf');
    expect(form.rawPayload.subarray(0, 4).toString('latin1')).toBe('%PDF');
    expect(
      (await get(applicant2, `/api/provisions/${lindeboom}/consent-form.pdf`)).statusCode,
    ).toBe(404);
  });
});

describe('dates that do not fit', () => {
  it('refuse an outflow before the start and a start after the end, naming the field', async () => {
    const id = await registered(coordinator, lindeboom, { displayName: 'Lies Moonen' });
    const early = await post(coordinator, `/api/participants/${id}/outflow`, {
      kind: 'paid_work',
      onDate: '2025-12-01',
    });
    expect(early.statusCode).toBe(400);
    expect(early.json().fields).toEqual([
      {
        path: 'onDate',
        message: 'De datum van uitstroom kan niet vóór de startdatum (5 januari 2026) liggen.',
      },
    ]);
    const outflows = () =>
      ctx.app.db
        .select()
        .from(participantOutflows)
        .where(eq(participantOutflows.participantId, id));
    expect(await outflows()).toEqual([]);
    expect((await participantRow(id)).endDate).toBeNull();

    const left = await post(coordinator, `/api/participants/${id}/outflow`, {
      kind: 'paid_work',
      onDate: '2026-03-02',
    });
    expect(left.json()).toMatchObject({
      endDate: '2026-03-02',
      outflows: [{ kind: 'paid_work', onDate: '2026-03-02' }],
    });
    const twice = await post(coordinator, `/api/participants/${id}/outflow`, {
      kind: 'moved',
      onDate: '2026-04-01',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('PARTICIPANT_LEFT');

    const late = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/participants/${id}`,
      headers: as(coordinator),
      payload: { ...body({ displayName: 'Lies Moonen-Smeets' }), startDate: '2026-04-01' },
    });
    expect(late.statusCode).toBe(400);
    expect(late.json().fields).toEqual([
      {
        path: 'startDate',
        message: 'De startdatum kan niet na de einddatum (2 maart 2026) liggen.',
      },
    ]);
    expect(await participantRow(id)).toMatchObject({
      displayName: 'Lies Moonen',
      startDate: '2026-01-05',
    });
    expect(await outflows()).toHaveLength(1);

    const corrected = await ctx.app.inject({
      method: 'PATCH',
      url: `/api/participants/${id}`,
      headers: as(coordinator),
      payload: body({ displayName: 'Lies Moonen-Smeets', startDate: '2026-02-02' }),
    });
    expect(corrected.json()).toMatchObject({
      displayName: 'Lies Moonen-Smeets',
      startDate: '2026-02-02',
    });
    const [update] = await ctx.app.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, id), eq(auditEvents.action, 'participant.update')));
    expect(update!.after).toEqual({ fields: ['displayName', 'startDate'] });
  });
});

describe('coordinators of a provision', () => {
  it('are chosen among the organisation’s coordinators, and that works at once', async () => {
    const url = `/api/provisions/${lindeboom2}/coordinators`;
    const list = (await get(applicant, url)).json();
    expect(list.items).toEqual([
      {
        userId: coordinator.me.id,
        name: 'Mohamed El Amrani',
        email: 'coordinator@demo.example',
        coordinates: false,
      },
    ]);
    const stranger = await ctx.app.inject({
      method: 'PUT',
      url,
      headers: as(applicant),
      payload: { userIds: [applicant2.me.id] },
    });
    expect(stranger.statusCode).toBe(400);
    expect(stranger.json().fields[0].path).toBe('userIds');
    expect(
      (
        await ctx.app.inject({
          method: 'PUT',
          url,
          headers: as(coordinator),
          payload: { userIds: [coordinator.me.id] },
        })
      ).statusCode,
    ).toBe(403);

    const set = await ctx.app.inject({
      method: 'PUT',
      url,
      headers: as(applicant),
      payload: { userIds: [coordinator.me.id] },
    });
    expect(set.json().items[0].coordinates).toBe(true);
    // The coordinator's session sees the second provision from the next request on.
    const names = (await get(coordinator, `/api/provisions/${lindeboom2}/participants`))
      .json()
      .items.map((p: { displayName: string }) => p.displayName);
    expect(names).toEqual(['Bert Coenen']);
    expect((await get(applicant2, url)).statusCode).toBe(404);
  });
});

describe('the API documentation', () => {
  it('describes the participant routes', async () => {
    const doc = (await ctx.app.inject({ method: 'GET', url: '/api/docs/json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/participants/provisions',
        '/api/provisions/{provisionId}/participants',
        '/api/participants/{participantId}',
        '/api/participants/{participantId}/consents/withdraw',
        '/api/participants/{participantId}/erase',
        '/api/provisions/{provisionId}/consent-form.pdf',
        '/api/provisions/{provisionId}/coordinators',
      ]),
    );
    const register = doc.paths['/api/provisions/{provisionId}/participants'].post;
    expect(Object.keys(register.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['displayName', 'consent', 'bsn']),
    );
  });
});
