import { and, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRankedRound } from '../../../../test/support/decision-fixtures.ts';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import {
  applications,
  mailMessages,
  notifications,
  organisationMembers,
  organisations,
  provisions,
  users,
} from '../../platform/db/schema.ts';
import { sendNotificationDigests } from './notifications.service.ts';
import { systemContext } from '../../platform/use-case.ts';

let ctx: TestContext;
let now = new Date('2027-03-10T09:00:00Z');
const sessions: Record<string, Session> = {};
const userIds: Record<string, string> = {};
let roundId: string;
let firstApplicationId: string;
let stichting1Id: string;

const mail = { smtpUrl: undefined, from: 'noreply@samenredzaam.example' };
const db = () => ctx.handle.db;

const api = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

async function notificationsOf(email: string) {
  return db()
    .select({ kind: notifications.kind, title: notifications.title, link: notifications.link })
    .from(notifications)
    .where(eq(notifications.userId, userIds[email]!))
    .orderBy(notifications.createdAt);
}

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  // The demo year's own notifications are not what these tests are about.
  await db().delete(notifications);
  for (const user of await db().select({ id: users.id, email: users.email }).from(users))
    userIds[user.email] = user.id;
  for (const email of [
    'policy_officer@demo.example',
    'assessor@demo.example',
    'assessor2@demo.example',
    'applicant@demo.example',
    'applicant2@demo.example',
    'coordinator@demo.example',
    'social_worker@demo.example',
  ])
    sessions[email] = await loginAs(ctx.app, email);
  // A closed round with a fixed ranking of two applications; Stichting 1's board is Ria
  // Smeets (applicant2), and the demo coordinator is a member too, without the applicant role.
  roundId = await seedRankedRound(db(), 2);
  const [stichting1] = await db()
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.name, 'Stichting 1'));
  stichting1Id = stichting1!.id;
  await db()
    .insert(organisationMembers)
    .values([
      { userId: userIds['applicant2@demo.example']!, organisationId: stichting1Id },
      { userId: userIds['coordinator@demo.example']!, organisationId: stichting1Id },
    ]);
  const [first] = await db()
    .select({ id: applications.id })
    .from(applications)
    .where(eq(applications.reference, 'AV-2027-0001'));
  firstApplicationId = first!.id;
});
afterAll(() => ctx.close());

describe('an event notifies the right users only', () => {
  it('assigning assessors notifies the two assessors, and reassigning them adds nothing', async () => {
    const officer = sessions['policy_officer@demo.example']!;
    const assessorIds = [userIds['assessor@demo.example'], userIds['assessor2@demo.example']];
    const assigned = await api(
      officer,
      'PUT',
      `/api/applications/${firstApplicationId}/assessors`,
      {
        assessorIds,
      },
    );
    expect(assigned.statusCode, assigned.body).toBe(200);
    await api(officer, 'PUT', `/api/applications/${firstApplicationId}/assessors`, {
      assessorIds,
    });
    for (const email of ['assessor@demo.example', 'assessor2@demo.example']) {
      expect(await notificationsOf(email)).toEqual([
        {
          kind: 'assignment',
          title: 'Aanvraag AV-2027-0001 is aan u toegewezen om te beoordelen',
          link: `/beoordelen/${firstApplicationId}`,
        },
      ]);
    }
    expect(await notificationsOf('policy_officer@demo.example')).toEqual([]);
  });

  it('a referral notifies the coordinators of that provision, without naming the resident', async () => {
    const [lindeboom] = await db()
      .select({ id: provisions.id })
      .from(provisions)
      .where(eq(provisions.name, 'Huiskamer De Lindeboom'));
    const response = await api(sessions['social_worker@demo.example']!, 'POST', '/api/referrals', {
      provisionId: lindeboom!.id,
      route: 'social_team',
      residentName: 'Paula S.',
      residentContact: '06 12345678',
      birthYear: 1951,
      neighbourhoodCode: 'BU09350201',
      note: 'Zoekt aanspraak in de buurt.',
      consentGivenOn: '2027-03-09',
      consentMethod: 'written',
      consentConfirmed: true,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(await notificationsOf('coordinator@demo.example')).toEqual([
      {
        kind: 'referral',
        title: 'Nieuwe verwijzing naar Huiskamer De Lindeboom',
        link: `/beheer/voorzieningen/${lindeboom!.id}/verwijzingen`,
      },
    ]);
    expect(await notificationsOf('social_worker@demo.example')).toEqual([]);
    expect(await notificationsOf('applicant@demo.example')).toEqual([]);
  });

  it('a request to complete notifies the organisation’s applicants with the last day', async () => {
    const response = await api(
      sessions['policy_officer@demo.example']!,
      'POST',
      `/api/applications/${firstApplicationId}/completion-requests`,
      { attachmentKind: null, description: 'De begroting per dagdeel ontbreekt.', termDays: 14 },
    );
    expect(response.statusCode, response.body).toBe(201);
    const dueDay = response.json<{ dueDay: string }>().dueDay;
    expect(dueDay).toBe('2027-03-24');
    expect(await notificationsOf('applicant2@demo.example')).toEqual([
      {
        kind: 'completion_request',
        title: 'Vul aanvraag AV-2027-0001 aan, uiterlijk 24 maart 2027',
        link: `/aanvragen/${firstApplicationId}`,
      },
    ]);
    // The coordinator is a member of Stichting 1 but not its applicant.
    expect((await notificationsOf('coordinator@demo.example')).map((n) => n.kind)).not.toContain(
      'completion_request',
    );
    expect(await notificationsOf('applicant@demo.example')).toEqual([]);
  });

  it('issuing the decisions notifies the board of each organisation once', async () => {
    now = new Date('2027-03-10T11:00:00Z');
    const officer = sessions['policy_officer@demo.example']!;
    await api(officer, 'POST', `/api/rounds/${roundId}/decisions/generate`);
    await ctx.app.jobs.kick();
    const issued = await api(officer, 'POST', `/api/rounds/${roundId}/decisions/issue`);
    expect(issued.statusCode, issued.body).toBe(200);
    const decision = await api(
      sessions['applicant2@demo.example']!,
      'GET',
      `/api/applications/${firstApplicationId}/decision`,
    );
    const reference = decision.json<{ reference: string }>().reference;
    const ria = await notificationsOf('applicant2@demo.example');
    expect(ria.filter((n) => n.kind === 'decision')).toEqual([
      {
        kind: 'decision',
        title: `Beschikking ${reference} op uw aanvraag`,
        link: `/aanvragen/${firstApplicationId}/beschikking`,
      },
    ]);
    expect((await notificationsOf('coordinator@demo.example')).map((n) => n.kind)).not.toContain(
      'decision',
    );
    expect(await notificationsOf('applicant@demo.example')).toEqual([]);
  });
});

describe('reading notifications', () => {
  it('counts the unread ones and marks one or all read, only one’s own', async () => {
    const ria = sessions['applicant2@demo.example']!;
    const list = await api(ria, 'GET', '/api/notifications');
    expect(list.statusCode).toBe(200);
    const body = list.json<{
      items: { id: string; kind: string; readAt: null }[];
      unread: number;
    }>();
    expect(body.unread).toBe(2);
    // Newest first: the decision, then the request to complete.
    expect(body.items.map((n) => n.kind)).toEqual(['decision', 'completion_request']);
    expect((await api(ria, 'GET', '/api/notifications/unread-count')).json()).toEqual({
      unread: 2,
    });

    // Another user cannot mark Ria's notification.
    const foreign = await api(
      sessions['assessor@demo.example']!,
      'POST',
      `/api/notifications/${body.items[0]!.id}/read`,
    );
    expect(foreign.statusCode).toBe(404);

    const read = await api(ria, 'POST', `/api/notifications/${body.items[0]!.id}/read`);
    expect(read.json()).toEqual({ unread: 1 });
    const all = await api(ria, 'POST', '/api/notifications/read-all');
    expect(all.json()).toEqual({ unread: 0 });
    // The assessor's own notification is still unread.
    expect(
      (
        await api(sessions['assessor@demo.example']!, 'GET', '/api/notifications/unread-count')
      ).json(),
    ).toEqual({ unread: 1 });
  });

  it('requires a login', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/notifications' });
    expect(response.statusCode).toBe(401);
  });
});

describe('the daily digest', () => {
  it('mails each user the unread notifications of the last day once, and honours the opt-out', async () => {
    // Assessor 2 turns the daily e-mail off.
    const optOut = await api(
      sessions['assessor2@demo.example']!,
      'PUT',
      '/api/notifications/settings',
      { digest: false },
    );
    expect(optOut.json()).toEqual({ digest: false });
    // A notification of two days ago is not in today's digest.
    await db()
      .insert(notifications)
      .values({
        userId: userIds['assessor@demo.example']!,
        kind: 'assignment',
        title: 'Een oude taak',
        link: '/beoordelen',
        createdAt: new Date('2027-03-08T09:00:00Z'),
      });
    now = new Date('2027-03-11T06:00:00Z');
    const sent = await sendNotificationDigests(systemContext(db(), now), {
      mail,
      publicUrl: 'https://samenredzaam.example',
    });
    // The assessor and the coordinator; Ria read hers, assessor 2 opted out.
    expect(sent).toBe(2);
    const digests = await db()
      .select({ to: mailMessages.to, subject: mailMessages.subject, text: mailMessages.text })
      .from(mailMessages)
      .where(inArray(mailMessages.subject, ['Samenredzaam: 1 nieuwe taak']))
      .orderBy(mailMessages.to);
    expect(digests.map((d) => d.to)).toEqual(['assessor@demo.example', 'coordinator@demo.example']);
    expect(digests[0]!.text).toContain(
      `- Aanvraag AV-2027-0001 is aan u toegewezen om te beoordelen: https://samenredzaam.example/beoordelen/${firstApplicationId}`,
    );
    expect(digests[0]!.text).not.toContain('Een oude taak');
    expect(digests[1]!.text).toContain('- Nieuwe verwijzing naar Huiskamer De Lindeboom');
    expect(digests[1]!.text).not.toContain('Paula');

    // A second run the same day mails nothing again.
    expect(
      await sendNotificationDigests(systemContext(db(), now), {
        mail,
        publicUrl: 'https://samenredzaam.example',
      }),
    ).toBe(0);
    const toAssessor2 = await db()
      .select({ id: mailMessages.id })
      .from(mailMessages)
      .where(
        and(
          eq(mailMessages.to, 'assessor2@demo.example'),
          inArray(mailMessages.subject, ['Samenredzaam: 1 nieuwe taak']),
        ),
      );
    expect(toAssessor2).toEqual([]);
  });
});
