/**
 * The council report through the API, on the demo of 1 December 2026 (last year's round,
 * 2025: ceiling € 180,000, granted € 84,000) with participants of 2025 added here: 12 at
 * De Lindeboom (living room, living in Dommelsch BU09350201, 6 via the social team) and 3 at
 * the Klusteam (services, "<5").
 */
import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { auditEvents, participants, provisions } from '../../platform/db/schema.ts';

let ctx: TestContext;
let policy: Session;
const get = (session: Session | null, url: string) =>
  ctx.app.inject({ method: 'GET', url, headers: session ? as(session) : {} });
const start = (session: Session | null, body: unknown) =>
  ctx.app.inject({
    method: 'POST',
    url: '/api/council-reports',
    headers: session ? as(session) : {},
    payload: body as object,
  });

/** Every row of a sheet as plain values, the first column first. */
async function sheets(payload: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(payload as unknown as ArrayBuffer);
  const result = new Map<string, unknown[][]>();
  for (const sheet of book.worksheets) {
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    result.set(sheet.name, rows);
  }
  return result;
}

beforeAll(async () => {
  ctx = await createTestApp({}, () => new Date('2026-12-01T10:00:00Z'));
  policy = await loginAs(ctx.app, 'policy_officer@demo.example');
  const db = ctx.handle.db;
  const byName = async (name: string) =>
    (await db.select().from(provisions).where(eq(provisions.name, name)))[0]!;
  const lindeboom = await byName('Huiskamer De Lindeboom');
  const klusteam = await byName('Klusteam Maas en Mergel');
  const people = (provisionId: string, n: number, neighbourhoodCode: string) =>
    Array.from({ length: n }, (_, i) => ({
      provisionId,
      displayName: `P${i}`,
      neighbourhoodCode,
      startDate: '2025-02-01',
      endDate: '2025-11-30',
      clientRoute: i % 2 === 0 ? 'self' : 'social_team',
    }));
  await db
    .insert(participants)
    .values([...people(lindeboom.id, 12, 'BU09350201'), ...people(klusteam.id, 3, 'BU09350402')]);
});
afterAll(() => ctx.close());

describe('the council report', () => {
  it('is made by the job runner as a PDF and an XLSX with the same figures, audited', async () => {
    const started = await start(policy, { year: 2025, scenario: 'nota-2018' });
    expect(started.statusCode).toBe(202);
    await ctx.app.jobs.kick();
    const list = (await get(policy, '/api/council-reports')).json();
    expect(list.years[0]).toBe(2025);
    expect(list.scenarios[0]).toEqual({ id: 'nota-2018', name: 'Beleidsnota 2018 (standaard)' });
    const report = list.reports[0];
    expect(report).toMatchObject({
      id: started.json().id,
      year: 2025,
      version: 1,
      status: 'done',
      done: 9,
      total: 9,
      scenarioName: 'Beleidsnota 2018 (standaard)',
      requestedAt: '2026-12-01T10:00:00.000Z',
    });
    expect(report.requestedByName).toBeTruthy();

    const pdf = await get(policy, `/api/council-reports/${report.id}/report.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-disposition']).toContain('raadsrapportage-2025-versie-1.pdf');
    const bytes = pdf.rawPayload;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const digest = createHash('sha256').update(bytes).digest('hex');
    expect(pdf.headers['x-content-sha256']).toBe(digest);
    expect(report.pdfSha256).toBe(digest);
    expect(report.pdfPages).toBeGreaterThanOrEqual(4);
    const raw = bytes.toString('latin1');
    expect(raw).toContain('/Lang (nl-NL)');
    expect(raw).toContain('(Raadsrapportage 2025)');
    expect(raw).toContain('/DisplayDocTitle true');

    const xlsx = await get(policy, `/api/council-reports/${report.id}/report.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    expect(report.xlsxSha256).toBe(createHash('sha256').update(xlsx.rawPayload).digest('hex'));
    const book = await sheets(xlsx.rawPayload);
    expect([...book.keys()]).toEqual([
      'Over dit rapport',
      'Geld',
      'Bereik',
      'Wijken',
      'Positieve gezondheid',
      'Tevredenheid',
      'Uitstroom en terugval',
      'Uitstroom per soort',
      'Dubbele financiering',
      'Rendement',
      'Aannames',
      'Buurten',
    ]);
    const row = (sheet: string, first: string) =>
      book.get(sheet)!.find((r) => r[0] === first) ?? [];
    // Money: € 180,000 ceiling and € 84,000 granted in all.
    expect(row('Geld', 'Totaal').slice(1, 3)).toEqual([180_000, 84_000]);
    // Reach: 12 at the living rooms (6 self, 6 social team), the Klusteam's 3 as "<5".
    expect(row('Bereik', 'Huiskamer').slice(1, 6)).toEqual([3, 12, 12, 6, 6]);
    expect(row('Bereik', 'Inwonersondersteuning – diensten')[2]).toBe('<5');
    expect(row('Wijken', 'WK093502')[2]).toBe(12);
    expect(row('Buurten', 'BU09350402')[3]).toBe('<5');
    expect(row('Buurten', 'BU09350201').slice(3, 6)).toEqual([12, 1, 'Huiskamer']);
    expect(book.get('Buurten')!.filter((r) => String(r[0]).startsWith('BU'))).toHaveLength(44);
    expect(row('Aannames', 'Kosten per maatwerkplek per jaar').slice(1)).toEqual([
      // Intl writes a no-break space after the euro sign.
      '€\u00a016.632,00',
      'Beleidsnota algemene voorzieningen, §3.2.2 (cijfers 2018): 1 plek begeleiding groep kost € 16.632 per jaar',
    ]);
    expect(book.get('Rendement')![0]![0]).toBe(
      'Rendement per categorie, scenario Beleidsnota 2018 (standaard)',
    );
    expect(row('Over dit rapport', 'Scenario rendement')[1]).toBe('Beleidsnota 2018 (standaard)');

    const audits = await ctx.handle.db
      .select({ action: auditEvents.action, after: auditEvents.after })
      .from(auditEvents)
      .where(
        and(eq(auditEvents.entityId, report.id), like(auditEvents.action, 'council_report.%')),
      );
    expect(audits.map((a) => a.action).sort()).toEqual([
      'council_report.generate',
      'council_report.generated',
    ]);
    expect(audits.find((a) => a.action === 'council_report.generated')!.after).toMatchObject({
      pdfSha256: digest,
      pdfPages: report.pdfPages,
    });
  });

  it('makes a new version when generated again, keeping the old one downloadable', async () => {
    const again = await start(policy, { year: 2025, scenario: 'nota-2018' });
    expect(again.statusCode).toBe(202);
    await ctx.app.jobs.kick();
    const reports = (await get(policy, '/api/council-reports')).json().reports;
    expect(reports.map((r: { version: number }) => r.version)).toEqual([2, 1]);
    expect(reports[0].status).toBe('done');
    const first = await get(policy, `/api/council-reports/${reports[1].id}/report.xlsx`);
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-disposition']).toContain('raadsrapportage-2025-versie-1.xlsx');
  });

  it('refuses a year that has not ended or an unknown scenario, and is for the policy officer only', async () => {
    const current = await start(policy, { year: 2026, scenario: 'nota-2018' });
    expect(current.statusCode).toBe(400);
    expect(current.json().fields).toEqual([
      { path: 'year', message: 'Kies een jaar tot en met 2025.' },
    ]);
    const unknown = await start(policy, { year: 2025, scenario: 'bestaat-niet' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().fields).toEqual([
      { path: 'scenario', message: 'Kies een scenario uit de lijst.' },
    ]);
    const reportId = (await get(policy, '/api/council-reports')).json().reports[0].id;
    expect((await get(null, '/api/council-reports')).statusCode).toBe(401);
    expect((await start(null, { year: 2025, scenario: 'nota-2018' })).statusCode).toBe(401);
    for (const email of [
      'finance@demo.example',
      'applicant@demo.example',
      'coordinator@demo.example',
      'admin@demo.example',
    ]) {
      const other = await loginAs(ctx.app, email);
      expect((await get(other, '/api/council-reports')).statusCode).toBe(403);
      expect((await start(other, { year: 2025, scenario: 'nota-2018' })).statusCode).toBe(403);
      expect((await get(other, `/api/council-reports/${reportId}/report.pdf`)).statusCode).toBe(
        403,
      );
    }
  });
});
