/**
 * The finance overview through the API, on the demo of 1 December 2026: last year's round
 * (2025) granted five grants in three categories and paid their advances up to November in
 * run BT-2025-0001; Heer has no IBAN and is paid nothing yet. This year's round is still in
 * assessment: its ceilings, nothing granted.
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
let finance: Session;
const get = (session: Session, url: string) =>
  ctx.app.inject({ method: 'GET', url, headers: as(session) });

beforeAll(async () => {
  ctx = await createTestApp({}, () => new Date('2026-12-01T10:00:00Z'));
  finance = await loginAs(ctx.app, 'finance@demo.example');
});
afterAll(() => ctx.close());

const nothingSettled = { settledCents: 0, reclaimedCents: 0 };

describe('the finance overview of a year', () => {
  it('shows last year, the newest with grants, when no year is asked', async () => {
    const answer = await get(finance, '/api/finance/overview');
    expect(answer.statusCode).toBe(200);
    const overview = answer.json();
    expect(overview.year).toBe(2025);
    expect(overview.years).toEqual([2027, 2026, 2025]);
    expect(overview.rows).toEqual([
      {
        category: 'living_room',
        // € 14,000 Trefpunt + € 16,000 Lindeboom + € 10,000 Heer (the rest of the ceiling)
        ceilingCents: 4_000_000,
        grantedCents: 4_000_000,
        // 11 × € 1,166.66 + 11 × € 1,333.33, the last cents in December; Heer nothing
        paidCents: 2_749_989,
        ...nothingSettled,
        stillToPayCents: 1_250_011,
        ceilingUsePercent: 100,
      },
      {
        category: 'day_activities',
        ceilingCents: 8_000_000,
        grantedCents: 3_500_000,
        paidCents: 3_208_326,
        ...nothingSettled,
        stillToPayCents: 291_674,
        // € 35,000 of € 80,000 is 43.75 %
        ceilingUsePercent: 43.8,
      },
      {
        category: 'information_advice',
        ceilingCents: 1_000_000,
        grantedCents: 0,
        paidCents: 0,
        ...nothingSettled,
        stillToPayCents: 0,
        ceilingUsePercent: 0,
      },
      {
        category: 'services',
        ceilingCents: 5_000_000,
        grantedCents: 900_000,
        paidCents: 825_000,
        ...nothingSettled,
        stillToPayCents: 75_000,
        ceilingUsePercent: 18,
      },
    ]);
    expect(overview.total).toEqual({
      ceilingCents: 18_000_000,
      grantedCents: 8_400_000,
      // The same € 67,833.15 the demo's payment run paid.
      paidCents: 6_783_315,
      ...nothingSettled,
      stillToPayCents: 1_616_685,
      ceilingUsePercent: 46.7,
    });
  });

  it('shows a year in assessment with its ceilings and nothing granted', async () => {
    const overview = (await get(finance, '/api/finance/overview?year=2026')).json();
    expect(overview.total).toMatchObject({
      ceilingCents: 115_000_000,
      grantedCents: 0,
      paidCents: 0,
      stillToPayCents: 0,
      ceilingUsePercent: 0,
    });
  });

  it('answers a year that is not a year with a Dutch message', async () => {
    const answer = await get(finance, '/api/finance/overview?year=twintig');
    expect(answer.statusCode).toBe(400);
    expect(answer.json().fields).toEqual([
      { path: 'year', message: expect.stringMatching(/jaar/) },
    ]);
  });

  it('is for finance and the policy officer, not for the applicant or the assessor', async () => {
    const officer = await loginAs(ctx.app, 'policy_officer@demo.example');
    expect((await get(officer, '/api/finance/overview?year=2025')).json().total.grantedCents).toBe(
      8_400_000,
    );
    for (const email of ['applicant@demo.example', 'assessor@demo.example']) {
      const session = await loginAs(ctx.app, email);
      expect((await get(session, '/api/finance/overview')).statusCode).toBe(403);
    }
  });

  it('downloads as a spreadsheet: euros as numbers, a totals row, no organisation', async () => {
    const file = await get(finance, '/api/finance/overview.xlsx?year=2025');
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain('financieel-overzicht-2025.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Financieel overzicht 2025')!;
    const values = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
    expect(values(1)).toEqual([
      'Categorie',
      'Plafond',
      'Verleend',
      'Betaald (voorschotten)',
      'Vastgesteld',
      'Teruggevorderd',
      'Nog te betalen',
      'Benutting plafond (%)',
    ]);
    expect(values(2)).toEqual(['Huiskamer', 40_000, 40_000, 27_499.89, 0, 0, 12_500.11, 100]);
    expect(values(6)).toEqual(['Totaal', 180_000, 84_000, 67_833.15, 0, 0, 16_166.85, 46.7]);
    expect(sheet.getRow(6).getCell(1).font?.bold).toBe(true);
    expect(sheet.getRow(6).getCell(3).font?.bold).toBe(true);
    expect(sheet.getRow(6).getCell(3).numFmt).toBe('"€" #,##0.00;"€" -#,##0.00');
    expect(sheet.getRow(2).getCell(1).font?.bold).toBeFalsy();
    expect(sheet.getRow(2).getCell(3).numFmt).toBe('"€" #,##0.00;"€" -#,##0.00');
    expect(sheet.rowCount).toBe(6);
    const text = JSON.stringify([1, 2, 3, 4, 5, 6].map(values));
    expect(text).not.toMatch(/Stichting|Vereniging|NL\d\d/);
  });

  it('counts a withdrawn grant with nothing granted and nothing to pay, its advances reclaimed', async () => {
    const officer = await loginAs(ctx.app, 'policy_officer@demo.example');
    const jekerpad = (await get(officer, '/api/grants'))
      .json()
      .items.find((g: { reference: string }) => g.reference === 'SB-2025-0001');
    const withdrawn = await ctx.app.inject({
      method: 'POST',
      url: `/api/grants/${jekerpad.id}/lowering`,
      headers: as(officer),
      payload: {
        kind: 'withdrawal',
        ground: 'c',
        reasons: 'De opgegeven deelnemersaantallen bleken niet te kloppen.',
      },
    });
    expect(withdrawn.statusCode, withdrawn.body).toBe(201);
    const overview = (await get(finance, '/api/finance/overview?year=2025')).json();
    expect(overview.rows[1]).toEqual({
      category: 'day_activities',
      ceilingCents: 8_000_000,
      grantedCents: 0,
      // The eleven terms of € 2,916.66 paid stay paid, and are reclaimed at once.
      paidCents: 3_208_326,
      settledCents: 0,
      reclaimedCents: 3_208_326,
      stillToPayCents: 0,
      ceilingUsePercent: 0,
    });
    expect(overview.total).toMatchObject({
      grantedCents: 4_900_000,
      paidCents: 6_783_315,
      reclaimedCents: 3_208_326,
      stillToPayCents: 1_325_011,
    });
  });

  it('counts an issued settlement: € 12,000.00 settled, € 833.26 reclaimed, nothing left to pay', async () => {
    const officer = await loginAs(ctx.app, 'policy_officer@demo.example');
    const trefpunt = (await get(officer, '/api/grants'))
      .json()
      .items.find((g: { organisationName: string }) => g.organisationName.includes('Trefpunt'));
    const proposed = await ctx.app.inject({
      method: 'PUT',
      url: `/api/grants/${trefpunt.id}/settlement`,
      headers: as(officer),
      payload: {
        settledCents: 1_200_000,
        reasons: 'De zomerweken was de huiskamer gesloten; de huur is terugbetaald.',
      },
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    const issued = await ctx.app.inject({
      method: 'POST',
      url: '/api/settlements/issue',
      headers: as(officer),
      payload: { grantIds: [trefpunt.id] },
    });
    expect(issued.statusCode, issued.body).toBe(202);
    await ctx.app.jobs.kick();
    const overview = (await get(finance, '/api/finance/overview?year=2025')).json();
    expect(overview.rows[0]).toEqual({
      category: 'living_room',
      ceilingCents: 4_000_000,
      grantedCents: 4_000_000,
      paidCents: 2_749_989,
      settledCents: 1_200_000,
      // 11 × € 1,166.66 paid = € 12,833.26; settled € 12,000.00
      reclaimedCents: 83_326,
      // Trefpunt's € 1,166.74 of December is no longer to pay: € 12,500.11 − € 1,166.74
      stillToPayCents: 1_133_337,
      ceilingUsePercent: 100,
    });
  });
});
