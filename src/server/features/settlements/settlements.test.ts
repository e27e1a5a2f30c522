/**
 * Settling grants through the API, on the demo's grants of 2025 (eleven monthly advances
 * paid, December's not): who may do what, the status gate, refusals that change nothing, the
 * batch that issues the letters, the reclaim that finance records as paid back, and the extra
 * payment that the next payment run pays and that closes the grant.
 */
import { count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { auditEvents, grantChanges, grantTerms, grants, jobs } from '../../platform/db/schema.ts';
import { issueOne } from './settlements.service.ts';

// Monday 7 December 2026, 11:00 in Amsterdam.
const NOW = new Date('2026-12-07T10:00:00Z');

let ctx: TestContext;
let officer: Session;
let finance: Session;
let finance2: Session;
let applicant: Session;
let applicant2: Session;
let assessor: Session;

const request = (method: 'GET' | 'PUT' | 'POST', session: Session, url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

let ids: Record<'trefpunt' | 'jekerpad' | 'klusteam' | 'lindeboom' | 'heer', string>;

async function reportSubmitted(grantId: string) {
  // The accountability report is another part of the product; here it is simply submitted.
  await ctx.app.db.update(grants).set({ status: 'report_submitted' }).where(eq(grants.id, grantId));
}

async function issueAll(grantIds: string[]) {
  const started = await request('POST', officer, '/api/settlements/issue', { grantIds });
  expect(started.statusCode).toBe(202);
  await ctx.app.jobs.kick();
  const [job] = await ctx.app.db
    .select({ status: jobs.status, done: jobs.done, total: jobs.total })
    .from(jobs)
    .where(eq(jobs.id, started.json().jobId));
  expect(job).toEqual({ status: 'done', done: grantIds.length, total: grantIds.length });
}

beforeAll(async () => {
  // The clock moves a second each time it is read, so the timeline's steps keep their order.
  let ticks = 0;
  ctx = await createTestApp({}, () => new Date(NOW.getTime() + 1000 * ticks++));
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  finance = await loginAs(ctx.app, 'finance@demo.example');
  finance2 = await loginAs(ctx.app, 'finance2@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  applicant2 = await loginAs(ctx.app, 'applicant2@demo.example');
  assessor = await loginAs(ctx.app, 'assessor@demo.example');
  const all: { id: string; organisationName: string }[] = (
    await request('GET', officer, '/api/grants')
  ).json().items;
  const id = (name: string) => all.find((g) => g.organisationName.includes(name))!.id;
  ids = {
    trefpunt: id('Trefpunt'),
    jekerpad: id('Jekerpad'),
    klusteam: id('Klusteam'),
    lindeboom: id('Lindeboom'),
    heer: id('Heer'),
  };
});
afterAll(() => ctx.close());

describe('who may settle', () => {
  it('lets finance read a settlement but never propose or issue one', async () => {
    await reportSubmitted(ids.trefpunt);
    expect(
      (await request('GET', finance, `/api/grants/${ids.trefpunt}/settlement`)).statusCode,
    ).toBe(200);
    const put = await request('PUT', finance, `/api/grants/${ids.trefpunt}/settlement`, {
      settledCents: 1_200_000,
      reasons: 'Minder activiteiten.',
    });
    expect(put.statusCode).toBe(403);
    expect(
      (await request('POST', finance, '/api/settlements/issue', { grantIds: [ids.trefpunt] }))
        .statusCode,
    ).toBe(403);
    expect((await request('GET', finance, '/api/settlements/proposed')).statusCode).toBe(403);
  });

  it('lets no applicant, assessor or policy officer do what is not theirs', async () => {
    const url = `/api/grants/${ids.klusteam}/settlement`;
    expect((await request('PUT', applicant2, url, { settledCents: 1 })).statusCode).toBe(403);
    expect((await request('GET', assessor, url)).statusCode).toBe(403);
    // Another organisation's grant is absent for the applicant.
    expect((await request('GET', applicant, url)).statusCode).toBe(404);
    expect((await request('GET', applicant, '/api/reclaims')).statusCode).toBe(403);
    const paid = await request('POST', officer, `${url}/reclaim-paid`, { paidDay: '2026-12-07' });
    expect(paid.statusCode).toBe(403);
  });
});

describe('the grants awaiting settlement', () => {
  it('lists the two submitted reports for the policy officer, and the home page counts them', async () => {
    const awaiting = await request('GET', officer, '/api/settlements/awaiting');
    expect(awaiting.statusCode).toBe(200);
    expect(
      awaiting
        .json()
        .items.map((i: { grantReference: string; organisationName: string }) => [
          i.grantReference,
          i.organisationName,
        ]),
    ).toEqual([
      ['SB-2025-0002', 'Stichting Huiskamer Het Trefpunt'],
      ['SB-2025-0003', 'Stichting Huiskamer De Lindeboom'],
    ]);
    const home = (await request('GET', officer, '/api/home/tasks')).json();
    expect(home.policyOfficer.settlementsToPropose).toBe(2);
    expect((await request('GET', finance, '/api/settlements/awaiting')).statusCode).toBe(403);
  });
});

describe('proposing a settlement', () => {
  it('waits for the report of a grant above the direct tier', async () => {
    // Heer's report (of € 10,000.00 granted, an activity report) is not in.
    const response = await request('PUT', officer, `/api/grants/${ids.heer}/settlement`, {
      settledCents: 1_000_000,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({
      code: 'SETTLEMENT_NOT_POSSIBLE',
      message: 'Deze subsidie wordt vastgesteld na de verantwoording; die is nog niet ingediend.',
    });
  });

  it('refuses € 14,000.01 on a grant of € 14,000.00 naming settledCents, and changes nothing', async () => {
    const audits = async () => (await ctx.app.db.select({ n: count() }).from(auditEvents))[0]!.n;
    const before = await audits();
    const response = await request('PUT', officer, `/api/grants/${ids.trefpunt}/settlement`, {
      settledCents: 1_400_001,
      reasons: '',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [
        {
          path: 'settledCents',
          message: 'Het vastgestelde bedrag kan niet hoger zijn dan de verleende subsidie.',
        },
      ],
    });
    expect(await audits()).toBe(before);
    const review = (await request('GET', officer, `/api/grants/${ids.trefpunt}/settlement`)).json();
    expect(review.settlement).toBeNull();
    expect(review.grantStatus).toBe('report_submitted');
  });

  it('asks for reasons when less is settled than granted', async () => {
    const response = await request('PUT', officer, `/api/grants/${ids.trefpunt}/settlement`, {
      settledCents: 1_200_000,
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      {
        path: 'reasons',
        message:
          'Het vastgestelde bedrag is lager dan verleend: vul de redenen in (welke activiteiten of kosten niet zijn gerealiseerd).',
      },
    ]);
  });

  it('previews a reclaim of € 833.26 on € 12,000.00 settled after € 12,833.26 of advances', async () => {
    const response = await request('PUT', officer, `/api/grants/${ids.trefpunt}/settlement`, {
      settledCents: 1_200_000,
      reasons:
        'De zomerweken was de huiskamer gesloten; de huur van juli en augustus is terugbetaald.',
    });
    expect(response.statusCode).toBe(200);
    const review = response.json();
    expect(review).toMatchObject({
      grantedCents: 1_400_000,
      paidCents: 1_283_326,
      limitCents: 1_400_000,
      limitBecause: 'granted',
      budgetLines: [
        { kind: 'fixed_costs', description: 'Huur en energie', cents: 1_400_000 },
        { kind: 'refreshments', description: 'Koffie en thee', cents: 200_000 },
      ],
      settlement: {
        status: 'proposed',
        settledCents: 1_200_000,
        outcome: { kind: 'reclaim', amountCents: 83_326 },
        proposedByName: 'Sanne Willems',
        reference: null,
        html: null,
      },
    });
    const home = (await request('GET', officer, '/api/home/tasks')).json();
    expect(home.policyOfficer.settlementsToIssue).toBe(1);
    // Trefpunt has its proposal; Lindeboom is left to propose.
    expect(home.policyOfficer.settlementsToPropose).toBe(1);
  });
});

describe('the review beside the report', () => {
  it('shows the policy officer the submitted report next to the budget: € 16,000.00 planned, € 14,950.00 spent', async () => {
    const review = (await request('GET', officer, `/api/grants/${ids.trefpunt}/settlement`)).json();
    expect(review.report.comparison.costs).toMatchObject({
      budgetCents: 1_600_000,
      actualCents: 1_495_000,
      differenceCents: -105_000,
    });
    expect(review.report.comparison.reach.participants.promised).toBe(35);
    expect(review.report.activities.length).toBeGreaterThan(20);
  });

  it('shows the organisation its settlement without the review of its report', async () => {
    const own = await request('GET', applicant, `/api/grants/${ids.lindeboom}/settlement`);
    expect(own.statusCode).toBe(200);
    expect(own.json().report).toBeNull();
  });
});

describe('a granted budget shift', () => {
  it('is the budget a living room is settled against: at most its € 13,000.00 of fixed costs', async () => {
    // The organisation moved € 1,000.00 from rent to refreshments, and the policy officer agreed.
    const [shift] = await ctx.app.db
      .insert(grantChanges)
      .values({
        reference: 'WB-2026-9999',
        grantId: ids.trefpunt,
        kind: 'budget_shift',
        body: { budgetLines: [1_300_000, 300_000] },
        status: 'granted',
        decidedAt: NOW,
      })
      .returning({ id: grantChanges.id });
    const url = `/api/grants/${ids.trefpunt}/settlement`;
    const review = (await request('GET', officer, url)).json();
    expect(review).toMatchObject({
      limitCents: 1_300_000,
      limitBecause: 'fixed_costs',
      budgetLines: [
        { kind: 'fixed_costs', cents: 1_300_000 },
        { kind: 'refreshments', cents: 300_000 },
      ],
    });
    const above = await request('PUT', officer, url, {
      settledCents: 1_300_001,
      reasons: 'Minder huur betaald.',
    });
    expect(above.statusCode).toBe(400);
    expect(above.json().fields[0].message).toBe(
      'Een huiskamer krijgt alleen vaste lasten vergoed: het vastgestelde bedrag kan niet hoger zijn dan de vaste lasten in de begroting (€\u00a013.000,00).',
    );
    await ctx.app.db.delete(grantChanges).where(eq(grantChanges.id, shift!.id));
  });
});

describe('issuing the settlement letters', () => {
  it('refuses to issue while an advance of the grant is in a run not exported', async () => {
    const run = await request('POST', finance, '/api/payment-runs', { upToDay: '2025-12-31' });
    expect(run.statusCode).toBe(201);
    const refused = await request('POST', officer, '/api/settlements/issue', {
      grantIds: [ids.trefpunt],
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('SETTLEMENT_TERMS_IN_RUN');
    expect(refused.json().message).toContain('SB-2025-0002');
    // A batch started before the run was prepared leaves the grant proposed as well.
    const issued = await issueOne(
      { db: ctx.app.db, now: NOW },
      {
        grantId: ids.trefpunt,
        issuedBy: null,
        settings: {
          municipalityNameOverride: undefined,
          objectionAddress: 'Postbus 0000, 6200 AA Maastricht',
          mail: { smtpUrl: undefined, from: 'noreply@example.org' },
        },
      },
    );
    expect(issued).toBe(false);
    const review = (await request('GET', officer, `/api/grants/${ids.trefpunt}/settlement`)).json();
    expect(review.settlement.status).toBe('proposed');
    const cancelled = await request('POST', finance, `/api/payment-runs/${run.json().id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
  });

  it('issues a reclaim due six weeks later and drops the unpaid advance', async () => {
    await issueAll([ids.trefpunt]);
    const review = (await request('GET', finance, `/api/grants/${ids.trefpunt}/settlement`)).json();
    expect(review.grantStatus).toBe('settled');
    expect(review.settlement).toMatchObject({
      status: 'issued',
      reference: 'VS-2026-0001',
      outcome: { kind: 'reclaim', amountCents: 83_326 },
      // Sent Monday 7 December 2026: six weeks is Monday 18 January 2027.
      reclaimDueDay: '2027-01-18',
      reclaimPaidDay: null,
    });
    const html: string = review.settlement.html;
    expect(html).toContain('Wij stellen de subsidie SB-2025-0002 vast op €\u00a012.000,00.');
    expect(html).toContain('Terug te betalen: €\u00a0833,26');
    expect(html).toContain('uiterlijk op 18 januari 2027');
    expect(html).toContain('artikel 4:57, eerste lid, Algemene wet bestuursrecht');
    expect(html).toContain('tot en met 18 januari 2027, bezwaar maken');
    expect(html).toContain('De zomerweken was de huiskamer gesloten');
    // December's advance of € 1,166.74 is no longer due: only the eleven paid terms remain.
    const terms = await ctx.app.db
      .select({ paidAt: grantTerms.paidAt })
      .from(grantTerms)
      .where(eq(grantTerms.grantId, ids.trefpunt));
    expect(terms).toHaveLength(11);
    expect(terms.every((t) => t.paidAt !== null)).toBe(true);
    const pdf = await request('GET', officer, `/api/grants/${ids.trefpunt}/settlement.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('issues nothing twice and no longer lets the proposal change', async () => {
    const again = await request('POST', officer, '/api/settlements/issue', {
      grantIds: [ids.trefpunt],
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SETTLEMENT_NOTHING_TO_ISSUE');
    const change = await request('PUT', officer, `/api/grants/${ids.trefpunt}/settlement`, {
      settledCents: 1_400_000,
    });
    expect(change.statusCode).toBe(409);
    expect(change.json().message).toBe('De vaststellingsbeschikking is al verzonden.');
  });

  it('lists the reclaim for finance, who records it paid back once: the grant is closed', async () => {
    const open = (await request('GET', finance, '/api/reclaims')).json().items;
    expect(open).toEqual([
      expect.objectContaining({
        grantReference: 'SB-2025-0002',
        settlementReference: 'VS-2026-0001',
        amountCents: 83_326,
        reclaimDueDay: '2027-01-18',
        overdue: false,
      }),
    ]);
    const home = (await request('GET', finance, '/api/home/tasks')).json();
    expect(home.finance.openReclaims).toEqual({ count: 1, amountCents: 83_326, overdue: 0 });
    const url = `/api/grants/${ids.trefpunt}/settlement/reclaim-paid`;
    const future = await request('POST', finance, url, { paidDay: '2026-12-08' });
    expect(future.statusCode).toBe(400);
    expect(future.json().fields[0].path).toBe('paidDay');
    const paid = await request('POST', finance, url, { paidDay: '2026-12-07' });
    expect(paid.statusCode).toBe(200);
    expect(paid.json().grantStatus).toBe('closed');
    expect(paid.json().settlement.reclaimPaidDay).toBe('2026-12-07');
    const twice = await request('POST', finance, url, { paidDay: '2026-12-07' });
    expect(twice.statusCode).toBe(409);
    expect((await request('GET', finance, '/api/reclaims')).json().items).toEqual([]);
    const grant = (await request('GET', officer, `/api/grants/${ids.trefpunt}`)).json();
    expect(grant.timeline.slice(-4).map((e: { kind: string }) => e.kind)).toEqual([
      'settlement_proposed',
      'settled',
      'reclaim_paid',
      'closed',
    ]);
  });

  it('pays an extra € 2,916.74 in the next payment run and closes the grant; a balance closes at once', async () => {
    await reportSubmitted(ids.jekerpad);
    await reportSubmitted(ids.klusteam);
    const full = await request('PUT', officer, `/api/grants/${ids.jekerpad}/settlement`, {
      settledCents: 3_500_000,
      reasons: 'wordt niet bewaard: het volle bedrag',
    });
    expect(full.json().settlement.outcome).toEqual({ kind: 'extra_payment', amountCents: 291_674 });
    expect(full.json().settlement.reasons).toBe('');
    // Klusteam settled at the € 8,250.00 it received in advances.
    const balanced = await request('PUT', officer, `/api/grants/${ids.klusteam}/settlement`, {
      settledCents: 825_000,
      reasons: 'In december zijn geen klussen gedaan.',
    });
    expect(balanced.json().settlement.outcome).toEqual({ kind: 'balanced', amountCents: 0 });
    // The organisation sees no proposal, only the letter once it is sent.
    const before = await request('GET', applicant2, `/api/grants/${ids.klusteam}/settlement`);
    expect(before.json().settlement).toBeNull();
    const noLetter = await request('GET', applicant2, `/api/grants/${ids.klusteam}/settlement.pdf`);
    expect(noLetter.statusCode).toBe(404);
    const proposed = (await request('GET', officer, '/api/settlements/proposed')).json().items;
    expect(proposed.map((p: { grantReference: string }) => p.grantReference)).toEqual([
      'SB-2025-0001',
      'SB-2025-0005',
    ]);
    await issueAll([ids.jekerpad, ids.klusteam]);

    const klusteam = (
      await request('GET', applicant2, `/api/grants/${ids.klusteam}/settlement`)
    ).json();
    expect(klusteam.grantStatus).toBe('closed');
    expect(klusteam.settlement.html).toContain(
      'Er valt niets meer te betalen of terug te betalen.',
    );

    const [extra] = await ctx.app.db
      .select({ dueDay: grantTerms.dueDay, amountCents: grantTerms.amountCents })
      .from(grantTerms)
      .where(eq(grantTerms.grantId, ids.jekerpad))
      .orderBy(grantTerms.number)
      .then((rows) => rows.filter((r) => r.dueDay === '2026-12-07'));
    expect(extra).toEqual({ dueDay: '2026-12-07', amountCents: 291_674 });
    // The extra payment is no advance: the schedule of a settled grant stays as it is.
    const schedule = await request('PUT', officer, `/api/grants/${ids.jekerpad}/schedule`, {
      kind: 'single',
    });
    expect(schedule.statusCode).toBe(409);
    expect(schedule.json().code).toBe('GRANT_CLOSED');

    const run = (
      await request('POST', finance, '/api/payment-runs', { upToDay: '2026-12-07' })
    ).json();
    expect(
      (await request('POST', finance2, `/api/payment-runs/${run.id}/approve`)).statusCode,
    ).toBe(200);
    expect((await request('POST', finance2, `/api/payment-runs/${run.id}/export`)).statusCode).toBe(
      200,
    );
    const statuses = await ctx.app.db
      .select({ id: grants.id, status: grants.status })
      .from(grants)
      .where(inArray(grants.id, [ids.jekerpad, ids.lindeboom]));
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [ids.jekerpad]: 'closed',
      // Lindeboom's December advance was paid in the same run: its report stays submitted.
      [ids.lindeboom]: 'report_submitted',
    });
    const grant = (await request('GET', officer, `/api/grants/${ids.jekerpad}`)).json();
    expect(grant.timeline.slice(-3).map((e: { kind: string }) => e.kind)).toEqual([
      'settled',
      'extra_payment_paid',
      'closed',
    ]);
  });
});
