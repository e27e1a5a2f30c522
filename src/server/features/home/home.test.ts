/**
 * Every statement of a home page against the demo database: the counts the endpoint gives
 * each role equal the counts of the same facts read straight from the tables, and the
 * numbers of the data added here are written out.
 */
import { desc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRankedRound } from '../../../../test/support/decision-fixtures.ts';
import { completeContent } from '../../../../test/support/tender-fixtures.ts';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { defaultSchemeDefinition } from '../../../domain/tender/scheme-definition.ts';
import {
  anonymousAttendance,
  applications,
  assessments,
  assessorAssignments,
  attendance,
  completionRequests,
  doubleFinancingSignals,
  matchingRuns,
  objections,
  organisationMembers,
  organisations,
  participants,
  provisions,
  referrals,
  rounds,
  users,
  wmoImports,
} from '../../platform/db/schema.ts';
import type { HomeTasks } from './home.schemas.ts';

let ctx: TestContext;
// Wednesday 10 March 2027: the last four whole weeks begin on 8, 15 and 22 February and 1 March.
const now = new Date('2027-03-10T10:00:00Z');
const userIds: Record<string, string> = {};
let seededRoundId: string;
let demoRoundId: string;
let lindeboomId: string;
const appIds: Record<string, string> = {};

const db = () => ctx.handle.db;

async function count(query: ReturnType<typeof sql>): Promise<number> {
  const result: unknown = await db().execute(query);
  return Number((result as { rows: { n: number | string }[] }).rows[0]!.n);
}

async function tasksOf(email: string): Promise<HomeTasks> {
  const session: Session = await loginAs(ctx.app, email);
  const response = await ctx.app.inject({
    method: 'GET',
    url: '/api/home/tasks',
    headers: as(session),
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<HomeTasks>();
}

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  for (const user of await db().select({ id: users.id, email: users.email }).from(users))
    userIds[user.email] = user.id;
  // The demo's round open for applications (the one with the latest deadline; the demo year
  // also has last year's decided round and this year's in assessment), put at fixed moments:
  // published, opening on 1 April 2027.
  const [demoRound] = await db()
    .select({ id: rounds.id })
    .from(rounds)
    // Not the fund's standing rolling round, which has no deadline of its own.
    .where(eq(rounds.rolling, false))
    .orderBy(desc(rounds.deadlineAt))
    .limit(1);
  demoRoundId = demoRound!.id;
  await db()
    .update(rounds)
    .set({
      opensAt: new Date('2027-04-01T07:00:00Z'),
      deadlineAt: new Date('2027-06-01T10:00:00Z'),
    })
    .where(eq(rounds.id, demoRoundId));
  // A round closed on 1 March 2027 with a fixed living-room ranking of three applications…
  seededRoundId = await seedRankedRound(db(), 3);
  for (const row of await db()
    .select({ id: applications.id, reference: applications.reference })
    .from(applications))
    appIds[row.reference!] = row.id;
  const [lindeboom] = await db()
    .select({ id: provisions.id, organisationId: provisions.organisationId })
    .from(provisions)
    .where(eq(provisions.name, 'Huiskamer De Lindeboom'));
  lindeboomId = lindeboom!.id;
  // …and one day-activities application of De Lindeboom, on time but not ranked yet.
  const [dayActivities] = await db()
    .insert(applications)
    .values({
      roundId: seededRoundId,
      organisationId: lindeboom!.organisationId,
      provisionId: lindeboomId,
      category: 'day_activities',
      status: 'submitted',
      reference: 'AV-2027-0004',
      formDefinition: defaultSchemeDefinition(),
      content: completeContent(),
      requestedCents: 2_500_000,
      submittedAt: new Date('2027-02-20T10:00:00Z'),
    })
    .returning({ id: applications.id });
  appIds['AV-2027-0004'] = dayActivities!.id;
  // De Lindeboom's draft in the demo round.
  await db().insert(applications).values({
    roundId: demoRoundId,
    organisationId: lindeboom!.organisationId,
    provisionId: lindeboomId,
    category: 'living_room',
    status: 'draft',
    formDefinition: defaultSchemeDefinition(),
    content: {},
  });
  // The assessor has three applications, scored one; an unfinished sheet does not count.
  const assessor = userIds['assessor@demo.example']!;
  await db()
    .insert(assessorAssignments)
    .values(
      ['AV-2027-0001', 'AV-2027-0002', 'AV-2027-0004'].map((reference) => ({
        applicationId: appIds[reference]!,
        assessorId: assessor,
      })),
    );
  await db()
    .insert(assessments)
    .values([
      { applicationId: appIds['AV-2027-0001']!, assessorId: assessor, submittedAt: now },
      { applicationId: appIds['AV-2027-0002']!, assessorId: assessor },
    ]);
  // A request to complete AV-2027-0004 that passed its term on 3 March, unanswered.
  await db().insert(completionRequests).values({
    applicationId: appIds['AV-2027-0004'],
    description: 'De begroting ontbreekt.',
    termDays: 14,
    requestedDay: '2027-02-17',
    dueDay: '2027-03-03',
  });
  // The coordinator's living room: one participant since January, attendance saved only in
  // the week of 15 February (registered) and of 1 March (anonymous); two pending referrals.
  const [participant] = await db()
    .insert(participants)
    .values({ provisionId: lindeboomId, startDate: '2027-01-04', clientRoute: 'self' })
    .returning({ id: participants.id });
  await db().insert(attendance).values({
    participantId: participant!.id,
    provisionId: lindeboomId,
    day: '2027-02-16',
    dayPart: 'morning',
  });
  await db()
    .insert(anonymousAttendance)
    .values({ provisionId: lindeboomId, day: '2027-03-02', dayPart: 'morning', count: 2 });
  const socialWorker = userIds['social_worker@demo.example']!;
  await db()
    .insert(referrals)
    .values(
      (['pending', 'pending', 'accepted', 'declined'] as const).map((status) => ({
        provisionId: lindeboomId,
        referredBy: socialWorker,
        route: 'social_team',
        consentGivenOn: '2027-03-01',
        status,
      })),
    );
  // The Wmo analyst: one import refused, one running, and a signal to follow up.
  await db()
    .insert(wmoImports)
    .values(
      (['refused', 'running', 'imported'] as const).map((status, i) => ({
        format: 'csv',
        fileName: `toewijzingen-${i}.csv`,
        sha256: String(i).repeat(64),
        sizeBytes: 100,
        status,
      })),
    );
  const [run] = await db()
    .insert(matchingRuns)
    .values({ scope: {}, inputs: {}, counts: {} })
    .returning({ id: matchingRuns.id });
  await db().insert(doubleFinancingSignals).values({
    firstRunId: run!.id,
    participantId: participant!.id,
    provisionId: lindeboomId,
    allocationNumber: 'T-1',
    providerAgb: '12345678',
    overlapStart: '2027-01-04',
  });
});
afterAll(() => ctx.close());

describe('the policy officer’s home page', () => {
  it('shows each round’s state and the work still to do, as the tables hold it', async () => {
    const tasks = (await tasksOf('policy_officer@demo.example')).policyOfficer!;
    const demoRound = async (year: number) =>
      (
        await db()
          .select({ id: rounds.id })
          .from(rounds)
          .where(eq(rounds.name, `Subsidieronde algemene voorzieningen ${year}`))
      )[0]!.id;
    expect(tasks.rounds.map((r) => [r.id, r.state, r.onTimeApplications])).toEqual([
      [demoRoundId, 'scheduled', 0],
      // Closed, assessors assigned, one category (day activities) not ranked.
      [seededRoundId, 'in_assessment', 4],
      // The demo year (loaded on 30 November 2026): this year's round in assessment with four
      // applications on time, last year's decided with six.
      [await demoRound(2026), 'in_assessment', 4],
      [await demoRound(2025), 'decided', 6],
    ]);
    expect(tasks.rounds.length).toBe(
      await count(sql`select count(*) as n from rounds where not rolling`),
    );

    expect(tasks.currentRound?.id).toBe(seededRoundId);
    const livingRoom = tasks.currentRound!.ceilings.find((c) => c.category === 'living_room')!;
    const granted = await count(sql`
      select sum((e->>'grantedCents')::bigint) as n
      from rankings k, jsonb_array_elements(k.output->'applications') e
      where k.round_id = ${seededRoundId} and k.category = 'living_room'`);
    expect(livingRoom).toEqual({
      category: 'living_room',
      ceilingCents: 30_000_000,
      requestedCents: 3 * 1_800_000,
      grantedCents: granted,
    });
    expect(tasks.currentRound!.ceilings.find((c) => c.category === 'day_activities')).toEqual({
      category: 'day_activities',
      ceilingCents: 1,
      requestedCents: 2_500_000,
      grantedCents: null,
    });

    const withoutFinal = await count(sql`
      select count(*) as n from applications a
      where a.status = 'submitted' and a.round_id = ${seededRoundId}
        and not exists (select 1 from final_scores f where f.application_id = a.id)`);
    expect(withoutFinal).toBe(4);
    const thisYear = await demoRound(2026);
    const demoWithoutFinal = await count(sql`
      select count(*) as n from applications a
      where a.status = 'submitted' and a.round_id = ${thisYear}
        and not exists (select 1 from final_scores f where f.application_id = a.id)`);
    // The demo's four applications of this year are all still without final scores.
    expect(demoWithoutFinal).toBe(4);
    expect(tasks.withoutFinalScores).toEqual([
      { roundId: seededRoundId, roundName: 'Ronde met veel aanvragen', count: withoutFinal },
      {
        roundId: thisYear,
        roundName: 'Subsidieronde algemene voorzieningen 2026',
        count: demoWithoutFinal,
      },
    ]);
    expect(tasks.rankingsToFix).toEqual([
      {
        roundId: seededRoundId,
        roundName: 'Ronde met veel aanvragen',
        categories: ['day_activities'],
      },
      // The demo's round of this year has on-time applications in three categories.
      {
        roundId: thisYear,
        roundName: 'Subsidieronde algemene voorzieningen 2026',
        categories: ['day_activities', 'living_room', 'services'],
      },
    ]);
    expect(tasks.lettersToIssue).toEqual([]);
    expect(await count(sql`select count(*) as n from decisions where issued_at is null`)).toBe(0);
    expect(tasks.completionRequestsPastTerm).toBe(
      await count(sql`select count(*) as n from completion_requests
        where answered_at is null and due_day < '2027-03-10'`),
    );
    expect(tasks.completionRequestsPastTerm).toBe(1);
    expect(tasks.objectionsToDecide).toBe(
      await count(sql`select count(*) as n from ${objections} where outcome is null`),
    );
    // The demo's budget shift of De Lindeboom waits for a decision.
    expect(tasks.grantChangesToDecide).toBe(1);
  });
});

describe('the other roles’ home pages', () => {
  it('gives the assessor the applications to score, done and to do', async () => {
    const assessor = userIds['assessor@demo.example']!;
    const assigned = await count(sql`select count(*) as n from assessor_assignments x
      join applications a on a.id = x.application_id
      where x.assessor_id = ${assessor} and a.status = 'submitted'`);
    const scored = await count(sql`select count(*) as n from assessments
      where assessor_id = ${assessor} and submitted_at is not null`);
    const tasks = await tasksOf('assessor@demo.example');
    expect(tasks.assessor).toEqual({
      assigned,
      scored,
      toScore: assigned - scored,
      sifToAssess: 0,
    });
    // The demo year: last year's 6 (all scored) and this year's 4 (1 scored); added here: 3
    // (1 scored, and an unfinished sheet that does not count).
    expect(tasks.assessor).toEqual({ assigned: 13, scored: 8, toScore: 5, sifToAssess: 0 });
    // Only this assessor's own work, and no other role's section: the second demo assessor
    // scored last year's 6 and 3 of this year's 4.
    expect((await tasksOf('assessor2@demo.example')).assessor).toEqual({
      assigned: 10,
      scored: 9,
      toScore: 1,
      sifToAssess: 0,
    });
    expect(tasks.policyOfficer).toBeNull();
  });

  it('gives the applicant drafts, decisions received and requests to complete of its own organisation', async () => {
    const [lindeboom] = await db()
      .select({ id: organisations.id })
      .from(organisations)
      .innerJoin(organisationMembers, eq(organisationMembers.organisationId, organisations.id))
      .where(eq(organisationMembers.userId, userIds['applicant@demo.example']!));
    const drafts = await count(sql`select count(*) as n from applications
      where organisation_id = ${lindeboom!.id} and status = 'draft'`);
    const tasks = (await tasksOf('applicant@demo.example')).applicant!;
    expect(tasks).toEqual({
      openRounds: 0,
      drafts,
      decisionsReceived: await count(sql`select count(distinct d.application_id) as n
        from decisions d join applications a on a.id = d.application_id
        where a.organisation_id = ${lindeboom!.id} and d.issued_at is not null`),
      openCompletionRequests: [
        { applicationId: appIds['AV-2027-0004'], reference: 'AV-2027-0004', dueDay: '2027-03-03' },
      ],
      // De Lindeboom submitted its report on last year's grant in the demo.
      reportsToHandIn: [],
    });
    // The demo's draft for next year's round, and the one added here.
    expect(drafts).toBe(2);
    // Another organisation's applicant sees none of it, only its own decision of last year
    // (the Klusteam's services application in the demo year).
    expect((await tasksOf('applicant2@demo.example')).applicant).toEqual({
      openRounds: 0,
      drafts: 0,
      decisionsReceived: 1,
      openCompletionRequests: [],
      // The Klusteam's report on 2025 was due on 1 April 2026 and is not submitted.
      reportsToHandIn: [
        {
          grantId: expect.any(String),
          reference: 'SB-2025-0005',
          dueDay: '2026-04-01',
          overdue: true,
        },
      ],
    });
  });

  it('gives the coordinator pending referrals and the weeks without attendance', async () => {
    const pending = await count(sql`select count(*) as n from referrals
      where provision_id = ${lindeboomId} and status = 'pending'`);
    expect((await tasksOf('coordinator@demo.example')).coordinator).toEqual({
      provisions: [
        {
          provisionId: lindeboomId,
          name: 'Huiskamer De Lindeboom',
          pendingReferrals: pending,
          // 15 February and 1 March have attendance saved.
          weeksWithoutAttendance: ['2027-02-08', '2027-02-22'],
        },
      ],
    });
    expect(pending).toBe(2);
  });

  it('gives the social worker their referrals by status', async () => {
    expect((await tasksOf('social_worker@demo.example')).socialWorker).toEqual({
      pending: 2,
      accepted: 1,
      declined: 1,
      expired: await count(sql`select count(*) as n from referrals where status = 'expired'`),
    });
  });

  it('gives the Wmo analyst imports and signals as they are', async () => {
    expect((await tasksOf('wmo_analyst@demo.example')).wmoAnalyst).toEqual({
      imports: await count(sql`select count(*) as n from wmo_imports`),
      importsRunning: 1,
      importsRefused: 1,
      newSignals: await count(
        sql`select count(*) as n from double_financing_signals where status = 'new'`,
      ),
      signalsInProgress: 0,
    });
  });

  it('gives the administrator users, audit and waiting mail', async () => {
    const tasks = (await tasksOf('admin@demo.example')).admin!;
    expect(tasks.activeUsers).toBe(await count(sql`select count(*) as n from users where active`));
    expect(tasks.inactiveUsers).toBe(0);
    expect(tasks.mailWaiting).toBe(
      await count(sql`select count(*) as n from mail_messages
        where status in ('outbox', 'queued', 'failed')`),
    );
    expect(tasks.auditEventsLastDay).toBe(
      await count(sql`select count(*) as n from audit_events
        where at > '2027-03-09T10:00:00Z'::timestamptz`),
    );
  });

  it('gives finance the advances due and nothing else, and asks for a login', async () => {
    const finance = await tasksOf('finance@demo.example');
    const { finance: work, ...others } = finance;
    expect(Object.values(others).every((section) => section === null)).toBe(true);
    // Unpaid terms due on or before 9 March 2027 that no payment run holds yet.
    expect(work!.dueTerms).toBe(
      await count(sql`select count(*) as n from grant_terms
        where payment_run_id is null and paid_at is null and due_day <= '2027-03-09'`),
    );
    expect(work!.dueTerms).toBeGreaterThan(0);
    expect(work!.runsToApprove).toEqual([]);
    // The demo's contribution to the fund was proposed by finance@demo.example: only the
    // colleague sees it as a task.
    expect(work!.fundBookingsToApprove).toBe(0);
    expect((await tasksOf('finance2@demo.example')).finance!.fundBookingsToApprove).toBe(1);
    const participant = await tasksOf('participant@demo.example');
    expect(Object.values(participant).every((section) => section === null)).toBe(true);
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/home/tasks' });
    expect(anonymous.statusCode).toBe(401);
  });
});

describe('letters to issue', () => {
  it('counts letters made and not yet issued', async () => {
    // Letters are made only when every category is ranked: the unranked one is withdrawn.
    await db()
      .update(applications)
      .set({ status: 'withdrawn' })
      .where(eq(applications.id, appIds['AV-2027-0004']!));
    const officer = await loginAs(ctx.app, 'policy_officer@demo.example');
    await ctx.app.inject({
      method: 'POST',
      url: `/api/rounds/${seededRoundId}/decisions/generate`,
      headers: as(officer),
    });
    await ctx.app.jobs.kick();
    const made = await count(sql`select count(*) as n from decisions where issued_at is null`);
    expect(made).toBe(3);
    expect((await tasksOf('policy_officer@demo.example')).policyOfficer!.lettersToIssue).toEqual([
      { roundId: seededRoundId, roundName: 'Ronde met veel aanvragen', count: made },
    ]);
  });
});
