import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  TEMPLATE_MOMENT,
  as,
  createTestApp,
  loginAs,
  openMigratedDatabase,
} from '../../../test/support/test-app.ts';
import { listRounds } from '../features/rounds/rounds.service.ts';
import { decisions } from '../platform/db/schema.ts';
import { DIVERGENCE_MOTIVATION } from './demo-year.ts';
import { loadDemo } from './load-demo.ts';

/**
 * The demo shows a whole subsidy year, as a newcomer finds it on the first login. The test
 * database holds the demo loaded on Monday 30 November 2026 (TEMPLATE_MOMENT), so last year
 * is 2025, this year 2026 and next year 2027; the app's clock is that same moment.
 */
describe('the demo year', () => {
  let ctx: TestContext;
  let officer: Session;
  let rounds: { id: string; name: string; year: number; status: string; deadlineAt: string }[];
  const roundOf = (year: number) => rounds.find((r) => r.year === year)!;
  const get = (session: Session, url: string) =>
    ctx.app.inject({ method: 'GET', url, headers: as(session) }).then((r) => {
      if (r.statusCode !== 200) throw new Error(`${url}: ${r.statusCode} ${r.body}`);
      return r.json();
    });

  beforeAll(async () => {
    ctx = await createTestApp({}, () => TEMPLATE_MOMENT);
    officer = await loginAs(ctx.app, 'policy_officer@demo.example');
    rounds = (await get(officer, '/api/rounds')).items;
  });
  afterAll(() => ctx?.close());

  it('has three rounds: 2025 and 2026 closed, 2027 open until 29 January 2027', () => {
    expect(rounds.map((r) => [r.name, r.status])).toEqual([
      ['Subsidieronde algemene voorzieningen 2027', 'open'],
      ['Subsidieronde algemene voorzieningen 2026', 'closed'],
      ['Subsidieronde algemene voorzieningen 2025', 'closed'],
    ]);
    // Sixty days after the load day, at noon in Amsterdam (winter time: 11:00 UTC).
    expect(roundOf(2027).deadlineAt).toBe('2027-01-29T11:00:00.000Z');
    expect(roundOf(2026).deadlineAt).toBe('2026-11-20T11:00:00.000Z');
  });

  it('decided last year: six letters issued on one sending day, after the deadline', async () => {
    const letters = (await get(officer, `/api/rounds/${roundOf(2025).id}/decisions`)).items;
    expect(
      letters.map((l: { reference: string; outcome: string; grantedCents: number }) => [
        l.reference,
        l.outcome,
        l.grantedCents,
      ]),
    ).toEqual([
      ['BS-2025-0001', 'granted', 3_500_000],
      ['BS-2025-0002', 'rejected_criterion_below_6', 0],
      ['BS-2025-0003', 'granted', 1_400_000],
      ['BS-2025-0004', 'granted', 1_600_000],
      ['BS-2025-0005', 'partially_granted', 1_000_000],
      ['BS-2025-0006', 'granted', 900_000],
    ]);
    expect(new Set(letters.map((l: { issuedAt: string }) => l.issuedAt))).toEqual(
      new Set(['2025-11-05T08:00:00.000Z']),
    );
    expect(
      letters.every(
        (l: { generatedAt: string }) =>
          l.generatedAt > roundOf(2025).deadlineAt && l.generatedAt < '2025-11-05T08:00:00.000Z',
      ),
    ).toBe(true);
  });

  it('ranked the living rooms with a tie decided by lot and a partial grant of the remainder', async () => {
    const [ranking] = (
      await get(officer, `/api/rounds/${roundOf(2025).id}/categories/living_room/rankings`)
    ).items;
    expect(ranking.output.ceilingCents).toBe(4_000_000);
    expect(ranking.output.allocatedCents).toBe(4_000_000);
    const results = ranking.output.applications as {
      reference: string;
      rank: number;
      total: number;
      outcome: string;
      grantedCents: number;
      tieBreak: string | null;
    }[];
    expect(results.map((r) => [r.rank, r.total, r.outcome, r.grantedCents])).toEqual([
      [1, 42, 'granted', 1_400_000],
      [2, 38, 'granted', 1_600_000],
      [3, 38, 'partially_granted', 1_000_000],
    ]);
    // Trefpunt (AV-2025-0001) leads alone; De Lindeboom (0002) and Heer (0003) tie and the
    // lot — the lower SHA-256 of seed:reference — decides the order between them.
    expect(results[0]).toMatchObject({ reference: 'AV-2025-0001', tieBreak: null });
    const tied = results.slice(1);
    expect(tied.map((r) => r.reference).sort()).toEqual(['AV-2025-0002', 'AV-2025-0003']);
    expect(tied[0]!.tieBreak! < tied[1]!.tieBreak!).toBe(true);
    expect(ranking.input.seed).toBe('Algemene voorzieningen 2025, ronde 1');
  });

  it('shows the divergence of 3 points the chair resolved with a motivation', async () => {
    const [ranking] = (
      await get(officer, `/api/rounds/${roundOf(2025).id}/categories/living_room/rankings`)
    ).items;
    const heer = ranking.applicationIds['AV-2025-0003'];
    const overview = await get(officer, `/api/applications/${heer}/scores`);
    const samenwerking = overview.criteria.find(
      (c: { criterion: string }) => c.criterion === 'samenwerking',
    );
    expect(samenwerking.assessors.map((a: { score: number }) => a.score).sort()).toEqual([6, 9]);
    expect(samenwerking.divergent).toBe(true);
    expect(samenwerking.final).toEqual({ score: 8, motivation: DIVERGENCE_MOTIVATION });
    const others = overview.criteria.filter((c: { divergent: boolean }) => c.divergent);
    expect(others).toHaveLength(1);
  });

  it('registered one objection, in time, against the partial grant, heard and found unfounded', async () => {
    const objections = (await get(officer, '/api/objections')).items;
    expect(objections).toHaveLength(1);
    expect(objections[0]).toMatchObject({
      reference: 'BZ-2025-0001',
      decisionReference: 'BS-2025-0005',
      decisionSentDay: '2025-11-05',
      receivedDay: '2025-11-23',
      deadlineDay: '2025-12-17',
      inTime: true,
      hearingDay: '2025-12-07',
      outcome: 'unfounded',
    });
  });

  it('has this year in assessment: four in time, one late, assessor has 3 to score', async () => {
    const id = roundOf(2026).id;
    const overview = await get(officer, `/api/rounds/${id}/overview`);
    const count = (status: string) =>
      overview.categories.reduce(
        (n: number, c: { counts: Record<string, number> }) => n + c.counts[status]!,
        0,
      );
    expect([count('submitted'), count('late'), count('draft')]).toEqual([4, 1, 0]);
    const assessment = await get(officer, `/api/rounds/${id}/assessment`);
    const onTime = assessment.applications.filter(
      (a: { status: string }) => a.status === 'submitted',
    );
    const toDo = (name: string) =>
      onTime.filter((a: { assessors: { name: string; submitted: boolean }[] }) =>
        a.assessors.some((x) => x.name === name && !x.submitted),
      ).length;
    expect(onTime).toHaveLength(4);
    expect(toDo('Joost Meulenberg')).toBe(3);
    expect(toDo('Bram Hendriks')).toBe(1);
    // The late one is not in anyone's queue.
    const assessor = await loginAs(ctx.app, 'assessor@demo.example');
    const assigned = (await get(assessor, '/api/assessments')).items as {
      applicationId: string;
      roundName: string;
    }[];
    // Last year's six, all scored, and this year's four.
    expect(assigned).toHaveLength(10);
    const mine = assigned.filter((m) => m.roundName === roundOf(2026).name);
    expect(mine).toHaveLength(4);
    const waiting = [];
    for (const m of assigned) {
      const view = await get(assessor, `/api/assessments/${m.applicationId}`);
      if (view.mine.submittedAt === null) waiting.push(m.applicationId);
    }
    expect(waiting).toHaveLength(3);
  });

  it('has next year open, with a draft of the demo applicant', async () => {
    const applicant = await loginAs(ctx.app, 'applicant@demo.example');
    const own = (await get(applicant, '/api/applications')).items as {
      roundId: string;
      status: string;
      reference: string | null;
    }[];
    expect(own.filter((a) => a.roundId === roundOf(2027).id)).toEqual([
      expect.objectContaining({ status: 'draft', reference: null }),
    ]);
    expect(own.map((a) => a.status).sort()).toEqual(['draft', 'submitted', 'submitted']);
  });
});

describe('the demo year on another day', () => {
  it('loaded at 00:30 on New Year’s Day 2028 has 2027 decided, 2028 in assessment, 2029 open', async () => {
    const handle = await openMigratedDatabase();
    try {
      // 00:30 in Amsterdam is still 31 December in UTC.
      const now = new Date('2027-12-31T23:30:00Z');
      await loadDemo(handle.db, now);
      const rounds = await listRounds({ db: handle.db, actor: null, now });
      expect(rounds.map((r) => [r.year, r.status])).toEqual([
        [2029, 'open'],
        [2028, 'closed'],
        [2027, 'closed'],
      ]);
      const issued = await handle.db
        .select({ reference: decisions.reference, issuedAt: decisions.issuedAt })
        .from(decisions);
      expect(issued.map((d) => d.reference).sort()).toEqual([
        'BS-2027-0001',
        'BS-2027-0002',
        'BS-2027-0003',
        'BS-2027-0004',
        'BS-2027-0005',
        'BS-2027-0006',
      ]);
      expect(issued.every((d) => d.issuedAt!.getTime() < now.getTime())).toBe(true);
    } finally {
      await handle.close();
    }
  });
});
