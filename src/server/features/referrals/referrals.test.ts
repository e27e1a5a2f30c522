import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  DEMO_PASSWORD,
  loginAs,
} from '../../../../test/support/test-app.ts';
import {
  auditEvents,
  participantConsents,
  participants,
  referrals,
} from '../../platform/db/schema.ts';
import { eraseExpiredReferrals } from './referrals.service.ts';
import { systemContext } from '../../platform/use-case.ts';

let ctx: TestContext;
const now = new Date('2026-03-10T10:00:00Z');
let socialWorker: Session;
let coordinator: Session;
let applicant2: Session;
let lindeboomId: string;

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  socialWorker = await loginAs(ctx.app, 'social_worker@demo.example');
  coordinator = await loginAs(ctx.app, 'coordinator@demo.example');
  applicant2 = await loginAs(ctx.app, 'applicant2@demo.example');
  const found = await find('q=Lindeboom');
  lindeboomId = found.items[0].id;
});
afterAll(() => ctx.close());

const api = (session: Session, method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

async function find(query: string) {
  const response = await api(socialWorker, 'GET', `/api/referrals/provisions?${query}`);
  expect(response.statusCode).toBe(200);
  return response.json();
}
const names = (result: { items: { name: string }[] }) => result.items.map((p) => p.name);

const referral = (overrides: object = {}) => ({
  provisionId: lindeboomId,
  route: 'social_team',
  residentName: 'Paula S.',
  residentContact: '06 12345678',
  birthYear: 1951,
  neighbourhoodCode: 'BU09350201',
  note: 'Woont sinds kort alleen en zoekt aanspraak in de buurt.',
  consentGivenOn: '2026-03-09',
  consentMethod: 'written',
  consentConfirmed: true,
  ...overrides,
});

const storedReferrals = async () =>
  (await ctx.handle.db.select({ n: sql<number>`count(*)::int` }).from(referrals))[0]!.n;

describe('finding a provision to refer to', () => {
  it('finds Huiskamer De Lindeboom by buurt, category, day part and target group', async () => {
    const result = await find(
      'neighbourhoodCode=BU09350201&category=living_room&dayPart=afternoon&targetGroup=ouderen',
    );
    // De Lindeboom is in the searched buurt; Het Trefpunt (Daalhof) in the same district.
    expect(names(result)).toEqual(['Huiskamer De Lindeboom', 'Huiskamer Het Trefpunt']);
    expect(result.items[0]).toEqual({
      id: lindeboomId,
      name: 'Huiskamer De Lindeboom',
      organisationName: 'Stichting Huiskamer De Lindeboom',
      category: 'living_room',
      street: 'Lindenkruis 12',
      postcode: '6213 AA',
      neighbourhoodCode: 'BU09350201',
      neighbourhoodName: 'Mariaberg',
      districtName: 'Buitenwijk West',
      openingDayParts: {
        monday: ['morning', 'afternoon'],
        wednesday: ['morning', 'afternoon'],
        friday: ['afternoon'],
      },
      targetGroups: ['ouderen', 'eenzame buurtbewoners'],
      accessibility: 'Gelijkvloers, rolstoeltoegankelijk toilet.',
    });
    expect(result.targetGroups).toEqual([
      'alle inwoners',
      'eenzame buurtbewoners',
      'mantelzorgers',
      'mensen met dementie',
      'mensen met een beperking',
      'mensen met psychische kwetsbaarheid',
      'ouderen',
    ]);
  });

  it('does not find it in the evening, when it is never open', async () => {
    expect(names(await find('neighbourhoodCode=BU09350201&dayPart=evening'))).toEqual([]);
    expect(names(await find('dayPart=evening'))).toEqual(['Informatiepunt Oost']);
  });

  it('shows the searched buurt first, then the rest of its district', async () => {
    // Wittevrouwenveld and Wyckerpoort are both in Buitenwijk Oost.
    expect(names(await find('neighbourhoodCode=BU09350402'))).toEqual([
      'Klusteam Maas en Mergel',
      'Informatiepunt Oost',
    ]);
    expect(names(await find('districtCode=WK093504'))).toEqual([
      'Informatiepunt Oost',
      'Klusteam Maas en Mergel',
    ]);
    expect(names(await find('targetGroup=ouderen'))).toEqual([
      'Huiskamer De Lindeboom',
      'Huiskamer Het Trefpunt',
      'Klusteam Maas en Mergel',
      'Ontmoetingshuis Heer',
    ]);
  });

  it('is for social workers only', async () => {
    expect((await api(coordinator, 'GET', '/api/referrals/provisions')).statusCode).toBe(403);
  });
});

describe('referring a resident', () => {
  let referralId: string;

  it('needs the confirmation of consent; without it nothing is stored', async () => {
    const response = await api(
      socialWorker,
      'POST',
      '/api/referrals',
      referral({ consentConfirmed: false }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      { path: 'consentConfirmed', message: 'Bevestig dat de inwoner toestemming heeft gegeven.' },
    ]);
    expect(await storedReferrals()).toBe(0);
  });

  it('never takes a BSN', async () => {
    const response = await api(
      socialWorker,
      'POST',
      '/api/referrals',
      referral({ bsn: '111222333' }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().fields[0].message).toBe('Een verwijzing bevat nooit een BSN.');
    expect(await storedReferrals()).toBe(0);
  });

  it('refuses consent given after today and an unknown provision', async () => {
    const future = await api(
      socialWorker,
      'POST',
      '/api/referrals',
      referral({ consentGivenOn: '2026-03-11' }),
    );
    expect(future.json().fields).toEqual([
      {
        path: 'consentGivenOn',
        message: 'De datum van de toestemming kan niet in de toekomst liggen.',
      },
    ]);
    const unknown = await api(
      socialWorker,
      'POST',
      '/api/referrals',
      referral({ provisionId: '00000000-0000-4000-8000-000000000000' }),
    );
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields.map((f: { path: string }) => f.path)).toEqual(['provisionId']);
    expect(await storedReferrals()).toBe(0);
  });

  it('stores the referral, pending, and audits it without personal data', async () => {
    const response = await api(socialWorker, 'POST', '/api/referrals', referral());
    expect(response.statusCode).toBe(201);
    const created = response.json();
    referralId = created.id;
    expect(created).toMatchObject({
      provisionName: 'Huiskamer De Lindeboom',
      organisationName: 'Stichting Huiskamer De Lindeboom',
      route: 'social_team',
      residentName: 'Paula S.',
      residentContact: '06 12345678',
      birthYear: 1951,
      neighbourhoodName: 'Mariaberg',
      consentGivenOn: '2026-03-09',
      consentMethod: 'written',
      status: 'pending',
      participantId: null,
      referredByName: 'Lotte Janssen',
    });
    const [audit] = await ctx.handle.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'referral.create'), eq(auditEvents.entityId, referralId)));
    expect(audit!.after).toEqual({
      provisionId: lindeboomId,
      route: 'social_team',
      consentMethod: 'written',
    });
  });

  it('is seen by the coordinator of the provision, not by another organisation', async () => {
    const list = (await api(coordinator, 'GET', '/api/referrals')).json();
    expect(list.items.map((r: { id: string; residentName: string }) => r.residentName)).toEqual([
      'Paula S.',
    ]);
    // Another organisation's board, like any board, does not see residents' details at all.
    const other = await api(applicant2, 'GET', '/api/referrals');
    expect(other.statusCode).toBe(403);
    const decide = await api(applicant2, 'POST', `/api/referrals/${referralId}/decision`, {
      decision: 'decline',
      reason: 'Dit is niet onze voorziening.',
    });
    expect(decide.statusCode).toBe(403);
    // The coordinator's read of the resident's data is logged once, by id.
    const reads = await ctx.handle.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, 'referral.read'),
          eq(auditEvents.actorEmail, 'coordinator@demo.example'),
        ),
      );
    expect(reads.map((r) => r.after)).toEqual([{ referralIds: [referralId] }]);
  });

  it('cannot start before the resident consented', async () => {
    const response = await api(coordinator, 'POST', `/api/referrals/${referralId}/decision`, {
      decision: 'accept',
      startDate: '2026-03-08',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields.map((f: { path: string }) => f.path)).toEqual(['startDate']);
  });

  it('once accepted, is a participant by the social team with a registration consent', async () => {
    const response = await api(coordinator, 'POST', `/api/referrals/${referralId}/decision`, {
      decision: 'accept',
      startDate: '2026-03-16',
    });
    expect(response.statusCode).toBe(200);
    const decided = response.json();
    expect(decided).toMatchObject({ status: 'accepted', decidedAt: now.toISOString() });
    const [participant] = await ctx.handle.db
      .select()
      .from(participants)
      .where(eq(participants.id, decided.participantId));
    expect(participant).toMatchObject({
      provisionId: lindeboomId,
      displayName: 'Paula S.',
      birthYear: 1951,
      neighbourhoodCode: 'BU09350201',
      startDate: '2026-03-16',
      clientRoute: 'social_team',
      referralId,
      bsnPseudonym: null,
    });
    const consents = await ctx.handle.db
      .select()
      .from(participantConsents)
      .where(eq(participantConsents.participantId, decided.participantId));
    expect(consents).toHaveLength(1);
    expect(consents[0]).toMatchObject({
      scope: 'registration',
      givenOn: '2026-03-09',
      method: 'written',
      recordedBy: socialWorker.me.id,
      withdrawnOn: null,
    });

    const mine = (await api(socialWorker, 'GET', '/api/referrals')).json().items;
    expect(mine).toHaveLength(1);
    // The social worker sees the outcome, not the participant record it became.
    expect(mine[0]).toMatchObject({ id: referralId, status: 'accepted', participantId: null });
  });

  it('is decided only once', async () => {
    const again = await api(coordinator, 'POST', `/api/referrals/${referralId}/decision`, {
      decision: 'decline',
      reason: 'Toch vol.',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('REFERRAL_DECIDED');
    const count = await ctx.handle.db
      .select({ n: sql<number>`count(*)::int` })
      .from(participants)
      .where(eq(participants.referralId, referralId));
    expect(count[0]!.n).toBe(1);
  });

  it('is declined only with a reason, which the social worker then sees', async () => {
    const second = (
      await api(
        socialWorker,
        'POST',
        '/api/referrals',
        referral({
          route: 'social_services',
          residentName: 'J. K.',
          residentContact: 'jk@voorbeeld.nl',
          birthYear: null,
          note: '',
        }),
      )
    ).json();
    const withoutReason = await api(coordinator, 'POST', `/api/referrals/${second.id}/decision`, {
      decision: 'decline',
    });
    expect(withoutReason.statusCode).toBe(400);
    expect(withoutReason.json().fields).toEqual([
      { path: 'reason', message: 'Schrijf waarom u de verwijzing afwijst (minstens 5 tekens).' },
    ]);
    const declined = await api(coordinator, 'POST', `/api/referrals/${second.id}/decision`, {
      decision: 'decline',
      reason: 'Wij hebben op dit moment geen plek.',
    });
    expect(declined.json()).toMatchObject({ status: 'declined', participantId: null });

    const mine = (await api(socialWorker, 'GET', '/api/referrals?status=declined')).json().items;
    expect(mine.map((r: { residentName: string; declineReason: string }) => r)).toMatchObject([
      {
        residentName: 'J. K.',
        route: 'social_services',
        declineReason: 'Wij hebben op dit moment geen plek.',
      },
    ]);
    const decideAudit = await ctx.handle.db
      .select({ after: auditEvents.after })
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'referral.decide'), eq(auditEvents.entityId, second.id)));
    expect(decideAudit).toEqual([{ after: { status: 'declined' } }]);
  });

  it('are seen only by the social worker who made them', async () => {
    const admin = await loginAs(ctx.app, 'admin@demo.example');
    const created = await api(admin, 'POST', '/api/users', {
      email: 'social_worker2@demo.example',
      name: 'Tweede Consulent',
      password: DEMO_PASSWORD,
      roles: ['social_worker'],
    });
    expect(created.statusCode).toBe(201);
    const colleague = await loginAs(ctx.app, 'social_worker2@demo.example');
    expect((await api(colleague, 'GET', '/api/referrals')).json()).toEqual({ items: [] });
    expect((await api(socialWorker, 'GET', '/api/referrals')).json().items).toHaveLength(2);
    expect((await api(coordinator, 'GET', '/api/referrals')).json().items).toHaveLength(2);
  });

  it('leave no BSN and no name or contact detail in the audit log', async () => {
    const rows = await ctx.handle.db.select().from(auditEvents);
    const log = JSON.stringify(rows.map((r) => [r.before, r.after]));
    for (const personal of ['111222333', 'Paula', 'J. K.', '06 12345678', 'jk@voorbeeld.nl']) {
      expect(log).not.toContain(personal);
    }
    const stored = JSON.stringify(await ctx.handle.db.select().from(referrals));
    expect(stored).not.toContain('111222333');
  });
});

describe('retention of referrals that led to no participation', () => {
  const referredAt = new Date('2026-03-10T10:00:00Z');
  let pendingId: string;
  let declinedId: string;

  beforeAll(async () => {
    const created = await api(
      socialWorker,
      'POST',
      '/api/referrals',
      referral({ residentName: 'R. P.', residentContact: 'rp@voorbeeld.nl' }),
    );
    expect(created.statusCode).toBe(201);
    pendingId = created.json().id;
    const [declined] = await ctx.handle.db
      .select({ id: referrals.id })
      .from(referrals)
      .where(eq(referrals.status, 'declined'));
    declinedId = declined!.id;
    // Referred, and declined, on 10 March 2026.
    await ctx.handle.db
      .update(referrals)
      .set({ createdAt: referredAt })
      .where(eq(referrals.id, pendingId));
    await ctx.handle.db
      .update(referrals)
      .set({ decidedAt: referredAt })
      .where(eq(referrals.id, declinedId));
  });

  const erasedDetails = async (id: string) =>
    (
      await ctx.handle.db
        .select({
          status: referrals.status,
          residentName: referrals.residentName,
          residentContact: referrals.residentContact,
          birthYear: referrals.birthYear,
          note: referrals.note,
          declineReason: referrals.declineReason,
          erasedAt: referrals.erasedAt,
        })
        .from(referrals)
        .where(eq(referrals.id, id))
    )[0];

  it('keeps the details for three months, to the day', async () => {
    expect(
      await eraseExpiredReferrals(systemContext(ctx.handle.db, new Date('2026-06-10T20:00:00Z')), {
        retentionMonths: 3,
      }),
    ).toBe(0);
    expect(await erasedDetails(pendingId)).toMatchObject({ residentName: 'R. P.', erasedAt: null });
    expect(await erasedDetails(declinedId)).toMatchObject({
      residentName: 'J. K.',
      erasedAt: null,
    });
  });

  it('then erases them: a declined referral stays declined, an undecided one expires', async () => {
    const moment = new Date('2026-06-11T08:00:00Z');
    expect(
      await eraseExpiredReferrals(systemContext(ctx.handle.db, moment), { retentionMonths: 3 }),
    ).toBe(2);
    const cleared = {
      residentName: null,
      residentContact: null,
      birthYear: null,
      note: null,
      declineReason: null,
      erasedAt: moment,
    };
    expect(await erasedDetails(declinedId)).toEqual({ status: 'declined', ...cleared });
    expect(await erasedDetails(pendingId)).toEqual({ status: 'expired', ...cleared });
    // The accepted referral lives on in its participant, whose own retention applies.
    const [accepted] = await ctx.handle.db
      .select({ id: referrals.id })
      .from(referrals)
      .where(eq(referrals.status, 'accepted'));
    expect(await erasedDetails(accepted!.id)).toMatchObject({
      status: 'accepted',
      residentName: 'Paula S.',
      erasedAt: null,
    });
    // Nothing more to do the next time.
    expect(
      await eraseExpiredReferrals(systemContext(ctx.handle.db, moment), { retentionMonths: 3 }),
    ).toBe(0);
  });

  it('cannot accept an expired referral, and audits the erasure without personal data', async () => {
    const accept = await api(coordinator, 'POST', `/api/referrals/${pendingId}/decision`, {
      decision: 'accept',
      startDate: '2026-06-15',
    });
    expect(accept.statusCode).toBe(409);
    expect(accept.json().code).toBe('REFERRAL_DECIDED');
    const mine = (await api(socialWorker, 'GET', '/api/referrals?status=expired')).json().items;
    expect(mine).toMatchObject([{ id: pendingId, residentName: null, residentContact: null }]);
    const rows = await ctx.handle.db
      .select({
        entityId: auditEvents.entityId,
        before: auditEvents.before,
        after: auditEvents.after,
      })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'referral.erase.retention'))
      .orderBy(auditEvents.id);
    expect(rows).toEqual(
      expect.arrayContaining([
        {
          entityId: declinedId,
          before: { status: 'declined' },
          after: { status: 'declined', retentionMonths: 3, dueAfter: '2026-06-10' },
        },
        {
          entityId: pendingId,
          before: { status: 'pending' },
          after: { status: 'expired', retentionMonths: 3, dueAfter: '2026-06-10' },
        },
      ]),
    );
    expect(rows).toHaveLength(2);
    expect(JSON.stringify(rows)).not.toMatch(/R\. P\.|J\. K\.|rp@voorbeeld/);
  });
});
