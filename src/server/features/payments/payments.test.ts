/**
 * Payment runs through the API, on the demo: last year's advances before December were paid
 * in run BT-2025-0001; finance prepares the next run, a colleague approves it (never the
 * preparer, and of two approvals at once one counts), exporting pays the terms once, and an
 * exported run never changes. An organisation without an IBAN stays out with its reason.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';

let ctx: TestContext;
const now = new Date('2026-12-01T10:00:00Z');
let finance: Session;
let finance2: Session;
let officer: Session;
let applicant: Session;

const call = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

interface GrantSummary {
  id: string;
  reference: string;
  organisationName: string;
  status: string;
  paidCents: number;
}
const grantOf = async (organisation: string): Promise<GrantSummary> =>
  (await call(officer, 'GET', '/api/grants'))
    .json()
    .items.find((g: GrantSummary) => g.organisationName === organisation);

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  finance = await loginAs(ctx.app, 'finance@demo.example');
  finance2 = await loginAs(ctx.app, 'finance2@demo.example');
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
});
afterAll(() => ctx.close());

describe("the demo's exported run", () => {
  it('paid eleven terms of each of the four grants with an IBAN', async () => {
    const runs = (await call(finance, 'GET', '/api/payment-runs')).json().items;
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({
      reference: 'BT-2025-0001',
      status: 'exported',
      upToDay: '2025-11-07',
      count: 44,
      // 11 × (€ 2,916.66 + € 1,166.66 + € 1,333.33 + € 750.00)
      totalCents: 6_783_315,
      preparedByName: 'Petra Lemmens',
      approvedByName: 'Ruud Vroemen',
    });
    const lindeboom = await grantOf('Stichting Huiskamer De Lindeboom');
    // Paid, and since then accounted for: De Lindeboom handed in its report in the demo.
    expect(lindeboom).toMatchObject({ status: 'report_submitted', paidCents: 1_466_663 });
    const grant = (await call(officer, 'GET', `/api/grants/${lindeboom.id}`)).json();
    expect(
      grant.timeline.map((e: { kind: string; actorName: string; detail: string | null }) => [
        e.kind,
        e.actorName,
        e.detail,
      ]),
    ).toEqual([
      ['granted', 'Sanne Willems', null],
      ['advanced', 'Ruud Vroemen', 'BT-2025-0001'],
      ['report_submitted', 'Karin Dassen', null],
      // The demo's change request of De Lindeboom, waiting for the policy officer.
      [
        'change_requested',
        'Karin Dassen',
        'WB-2026-0001: bedragen verschuiven tussen begrotingsposten',
      ],
    ]);
    expect(grant.terms.filter((t: { paid: boolean }) => t.paid)).toHaveLength(11);
    expect(await grantOf('Stichting Ontmoetingshuis Heer')).toMatchObject({
      status: 'granted',
      paidCents: 0,
    });
  });

  it('fixes the schedule of a grant once an advance is paid', async () => {
    const lindeboom = await grantOf('Stichting Huiskamer De Lindeboom');
    const refused = await call(officer, 'PUT', `/api/grants/${lindeboom.id}/schedule`, {
      kind: 'single',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('SCHEDULE_LOCKED');
  });
});

describe('who may do what with payment runs', () => {
  it('is for finance only', async () => {
    for (const session of [officer, applicant]) {
      expect((await call(session, 'GET', '/api/payment-runs')).statusCode).toBe(403);
      expect(
        (await call(session, 'POST', '/api/payment-runs', { upToDay: '2026-12-01' })).statusCode,
      ).toBe(403);
    }
  });
});

describe('a run from preparation to export', () => {
  let runId: string;

  it('takes the December terms of the four grants and leaves Heer out with the reason', async () => {
    const prepared = await call(finance, 'POST', '/api/payment-runs', { upToDay: '2026-12-01' });
    expect(prepared.statusCode).toBe(201);
    runId = prepared.json().id;
    // The review list: every payment with its account, and what stays out.
    const run = (await call(finance, 'GET', `/api/payment-runs/${runId}`)).json();
    expect(run).toMatchObject({ reference: 'BT-2026-0001', status: 'prepared', count: 4 });
    // € 2,916.74 + € 1,166.74 + € 1,333.37 + € 750.00: the last terms hold the rest.
    expect(run.totalCents).toBe(616_685);
    expect(
      run.payments.map((p: { grantReference: string; iban: string; amountCents: number }) => [
        p.grantReference,
        p.iban,
        p.amountCents,
      ]),
    ).toEqual([
      ['SB-2025-0001', 'NL91ABNA0417164300', 291_674],
      ['SB-2025-0003', 'NL85INGB0001234561', 133_337],
      ['SB-2025-0002', 'NL61SNSB0987654321', 116_674],
      ['SB-2025-0005', 'NL39RABO0123456782', 75_000],
    ]);
    expect(run.excluded).toEqual([
      {
        grantReference: 'SB-2025-0004',
        organisationName: 'Stichting Ontmoetingshuis Heer',
        terms: 12,
        amountCents: 1_000_000,
        reason: 'De organisatie heeft geen rekeningnummer (IBAN) opgegeven.',
      },
    ]);
  });

  it('does not select a term that is already in a run', async () => {
    const again = await call(finance2, 'POST', '/api/payment-runs', { upToDay: '2026-12-01' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PAYMENT_RUN_EMPTY');
    expect(again.json().message).toContain('Stichting Ontmoetingshuis Heer');
  });

  it('shows the preparer that a colleague has to approve', async () => {
    const home = (await call(finance2, 'GET', '/api/home/tasks')).json();
    expect(home.finance.runsToApprove).toEqual([{ id: runId, reference: 'BT-2026-0001' }]);
    expect((await call(finance, 'GET', '/api/home/tasks')).json().finance.runsToApprove).toEqual(
      [],
    );
    const own = await call(finance, 'POST', `/api/payment-runs/${runId}/approve`);
    expect(own.statusCode).toBe(403);
    expect(own.json()).toMatchObject({
      code: 'PAYMENT_RUN_OWN_APPROVAL',
      message:
        'U hebt deze betaalrun zelf voorbereid. Een andere financieel medewerker moet haar goedkeuren (vier ogen).',
    });
  });

  it('refuses to export before approval', async () => {
    const early = await call(finance2, 'POST', `/api/payment-runs/${runId}/export`);
    expect(early.statusCode).toBe(409);
    expect((await call(finance, 'GET', `/api/payment-runs/${runId}/sepa.xml`)).statusCode).toBe(
      409,
    );
  });

  it('approves once when two approvals arrive at the same moment', async () => {
    const answers = await Promise.all([
      call(finance2, 'POST', `/api/payment-runs/${runId}/approve`),
      call(finance2, 'POST', `/api/payment-runs/${runId}/approve`),
    ]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 409]);
    const run = (await call(finance, 'GET', `/api/payment-runs/${runId}`)).json();
    expect(run).toMatchObject({ status: 'approved', approvedByName: 'Ruud Vroemen' });
  });

  it('pays the terms on export, once, and keeps the run as it was exported', async () => {
    const exported = await call(finance, 'POST', `/api/payment-runs/${runId}/export`);
    expect(exported.statusCode).toBe(200);
    // 1 December 2026 is both the last due day and the day of export.
    expect(exported.json()).toMatchObject({ status: 'exported', executionDay: '2026-12-01' });
    const jekerpad = await grantOf('Stichting Dagbesteding Het Jekerpad');
    expect(jekerpad).toMatchObject({ status: 'advanced', paidCents: 3_500_000 });
    // Het Trefpunt handed in its accountability report in the demo: paying its last advance
    // does not take it back to "bevoorschot".
    expect(await grantOf('Stichting Huiskamer Het Trefpunt')).toMatchObject({
      status: 'report_submitted',
      paidCents: 1_400_000,
    });

    const xml = await call(finance, 'GET', `/api/payment-runs/${runId}/sepa.xml`);
    expect(xml.statusCode).toBe(200);
    expect(xml.headers['content-type']).toContain('application/xml');
    const csv = await call(finance, 'GET', `/api/payment-runs/${runId}/ledger.csv`);
    const lines = csv.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(1 + 4);
    expect(lines[0]).toBe(
      'Betaalrun;End-to-end-id;Subsidie;Termijn;Vervaldag;Organisatie;IBAN;Bedrag;Omschrijving;Uitvoeringsdatum',
    );
    expect(lines[1]).toBe(
      'BT-2026-0001;BT-2026-0001-00001;SB-2025-0001;12;01-12-2025;Stichting Dagbesteding Het Jekerpad;NL91ABNA0417164300;2916,74;SB-2025-0001 voorschot termijn 12 2025-12-01;01-12-2026',
    );

    // The same ledger as a spreadsheet: the amount a number in euros, the days date cells.
    const xlsx = await call(finance, 'GET', `/api/payment-runs/${runId}/ledger.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('BT-2026-0001.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Betaalrun')!;
    expect(sheet.rowCount).toBe(1 + 4);
    expect(sheet.getRow(1).getCell(8).value).toBe('Bedrag');
    const first = sheet.getRow(2);
    expect(first.getCell(2).value).toBe('BT-2026-0001-00001');
    expect(first.getCell(6).value).toBe('Stichting Dagbesteding Het Jekerpad');
    expect(first.getCell(8).value).toBe(2916.74);
    expect(first.getCell(8).numFmt).toBe('"€" #,##0.00;"€" -#,##0.00');
    expect(first.getCell(5).numFmt).toBe('dd-mm-yyyy');
    expect(first.getCell(5).value).toEqual(new Date('2025-12-01T00:00:00Z'));
    expect(first.getCell(10).value).toEqual(new Date('2026-12-01T00:00:00Z'));

    const twice = await call(finance2, 'POST', `/api/payment-runs/${runId}/export`);
    expect(twice.statusCode).toBe(409);
    expect((await call(finance2, 'POST', `/api/payment-runs/${runId}/approve`)).statusCode).toBe(
      409,
    );
    expect((await call(finance, 'GET', `/api/payment-runs/${runId}/sepa.xml`)).body).toBe(xml.body);
    // Nothing left to pay but Heer's terms, which wait for an IBAN.
    const next = await call(finance, 'POST', '/api/payment-runs', { upToDay: '2026-12-31' });
    expect(next.json().code).toBe('PAYMENT_RUN_EMPTY');
    expect((await call(finance, 'GET', '/api/home/tasks')).json().finance.dueTerms).toBe(12);
  });
});

describe('cancelling a run before it is exported', () => {
  let fresh: TestContext;
  const post = (session: Session, url: string, payload?: object) =>
    fresh.app.inject({
      method: 'POST',
      url,
      headers: as(session),
      ...(payload ? { payload } : {}),
    });

  beforeAll(async () => {
    fresh = await createTestApp({}, () => now);
  });
  afterAll(() => fresh.close());

  it('frees its terms for a new run, and an exported run cannot be cancelled', async () => {
    const [one, two, policy] = [
      await loginAs(fresh.app, 'finance@demo.example'),
      await loginAs(fresh.app, 'finance2@demo.example'),
      await loginAs(fresh.app, 'policy_officer@demo.example'),
    ];
    const first = (await post(one, '/api/payment-runs', { upToDay: '2026-12-01' })).json();
    expect(first).toMatchObject({ reference: 'BT-2026-0001', count: 4, totalCents: 616_685 });

    expect((await post(policy, `/api/payment-runs/${first.id}/cancel`)).statusCode).toBe(403);
    const cancelled = await post(two, `/api/payment-runs/${first.id}/cancel`);
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ reference: 'BT-2026-0001', status: 'cancelled' });
    const again = await post(one, `/api/payment-runs/${first.id}/cancel`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('PAYMENT_RUN_STATE');

    // The same four December terms go into the next run.
    const second = (await post(one, '/api/payment-runs', { upToDay: '2026-12-01' })).json();
    expect(second).toMatchObject({ reference: 'BT-2026-0002', count: 4, totalCents: 616_685 });
    expect((await post(two, `/api/payment-runs/${second.id}/approve`)).statusCode).toBe(200);
    expect((await post(two, `/api/payment-runs/${second.id}/export`)).statusCode).toBe(200);
    const late = await post(one, `/api/payment-runs/${second.id}/cancel`);
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('PAYMENT_RUN_STATE');
  });
});
