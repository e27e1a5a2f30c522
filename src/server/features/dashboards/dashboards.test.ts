/**
 * The dashboards and the neighbourhood map through the API, on the demo of 1 December 2026
 * (last year's round, 2025, granted € 84,000) with participants of 2025 added here: 12 at
 * De Lindeboom (living in Dommelsch, BU09350201), 3 at the Klusteam ("<5") and 6 at Het
 * Trefpunt who live in a buurt code that the CBS reference data does not know.
 */
import ExcelJS from 'exceljs';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { neighbourhoods, participants, provisions } from '../../platform/db/schema.ts';

let ctx: TestContext;
let policy: Session;
const get = (session: Session | null, url: string) =>
  ctx.app.inject({ method: 'GET', url, headers: session ? as(session) : {} });
const UNKNOWN_BUURT = 'BU09359999';
let lindeboomOrganisation = '';

beforeAll(async () => {
  ctx = await createTestApp({}, () => new Date('2026-12-01T10:00:00Z'));
  policy = await loginAs(ctx.app, 'policy_officer@demo.example');
  const db = ctx.handle.db;
  const byName = async (name: string) =>
    (await db.select().from(provisions).where(eq(provisions.name, name)))[0]!;
  const lindeboom = await byName('Huiskamer De Lindeboom');
  const klusteam = await byName('Klusteam Maas en Mergel');
  const trefpunt = await byName('Huiskamer Het Trefpunt');
  lindeboomOrganisation = lindeboom.organisationId;
  // A buurt in the database that reference/maastricht does not have (an older indeling).
  await db
    .insert(neighbourhoods)
    .values({ code: UNKNOWN_BUURT, name: 'Oude buurt', districtCode: 'WK093500' });
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
    .values([
      ...people(lindeboom.id, 12, 'BU09350201'),
      ...people(klusteam.id, 3, 'BU09350402'),
      ...people(trefpunt.id, 6, UNKNOWN_BUURT),
    ]);
});
afterAll(() => ctx.close());

describe('the municipal dashboard', () => {
  it('shows a year that has ended, with money, reach and signals, small numbers as "<5"', async () => {
    const answer = await get(policy, '/api/dashboards?year=2025');
    expect(answer.statusCode).toBe(200);
    const view = answer.json();
    expect(view.year).toBe(2025);
    expect(view.years[0]).toBe(2025);
    expect(view.finance.total.grantedCents).toBe(8_400_000);
    expect(view.finance.total.ceilingCents).toBe(18_000_000);
    const reachOf = (name: string) =>
      view.reach.byProvision.find((p: { name: string }) => p.name === name);
    expect(reachOf('Klusteam Maas en Mergel').active).toBe('<5');
    expect(
      view.reach.byCategory.find((c: { category: string }) => c.category === 'day_activities')
        .active,
    ).toBe(0);
    // Living rooms: 12 + 6 = 18, of whom 9 came through the social team.
    const living = view.reach.byCategory.find(
      (c: { category: string }) => c.category === 'living_room',
    );
    expect(living.active).toBe(18);
    expect(view.signals.total).toEqual({ signals: 0, open: 0, relapse: 0 });
    expect(view.organisations.length).toBe(6);
  });

  it('narrows the lists by organisation, wijk and category without changing a figure', async () => {
    const all = (await get(policy, '/api/dashboards?year=2025')).json();
    const own = (
      await get(policy, `/api/dashboards?year=2025&organisation=${lindeboomOrganisation}`)
    ).json();
    expect(own.reach.byProvision.map((p: { name: string }) => p.name)).toEqual([
      'Huiskamer De Lindeboom',
    ]);
    expect(own.reach.byCategory).toEqual(all.reach.byCategory);
    // De Lindeboom's grant of 2025: € 16,000.
    expect(own.finance.total.grantedCents).toBe(1_600_000);
    const west = (await get(policy, '/api/dashboards?year=2025&wijk=WK093502')).json();
    expect(west.reach.byProvision.map((p: { name: string }) => p.name).sort()).toEqual([
      'Huiskamer De Lindeboom',
      'Huiskamer Het Trefpunt',
    ]);
    const services = (await get(policy, '/api/dashboards?year=2025&category=services')).json();
    expect(services.finance.rows.map((r: { category: string }) => r.category)).toEqual([
      'services',
    ]);
    expect(services.finance.total.grantedCents).toBe(900_000);
    expect(services.signals.byCategory).toHaveLength(1);
    expect(services.reach.byProvision.map((p: { name: string }) => p.name)).toEqual([
      'Klusteam Maas en Mergel',
    ]);
  });

  it('refuses a year that has not ended and is for the policy officer only', async () => {
    const thisYear = await get(policy, '/api/dashboards?year=2026');
    expect(thisYear.statusCode).toBe(400);
    expect(thisYear.json().fields).toEqual([
      { path: 'year', message: 'Kies een jaar tot en met 2025.' },
    ]);
    expect((await get(null, '/api/dashboards')).statusCode).toBe(401);
    for (const email of [
      'finance@demo.example',
      'applicant@demo.example',
      'coordinator@demo.example',
    ]) {
      const other = await loginAs(ctx.app, email);
      expect((await get(other, '/api/dashboards/map')).statusCode).toBe(403);
    }
  });
});

describe('the neighbourhood map', () => {
  it('counts participants per buurt and wijk, lists the categories, and reports unknown codes', async () => {
    const answer = await get(policy, '/api/dashboards/map?year=2025');
    expect(answer.statusCode).toBe(200);
    const map = answer.json();
    expect(map.attribution).toContain('Kadaster / Centraal Bureau voor de Statistiek (CBS), 2025');
    expect(map.buurten).toHaveLength(44);
    expect(map.wijken).toHaveLength(7);
    const buurt = (code: string) => map.buurten.find((b: { code: string }) => b.code === code);
    expect(buurt('BU09350201').participants).toBe(12);
    expect(buurt('BU09350402').participants).toBe('<5');
    expect(buurt('BU09350201').categoriesPresent).toEqual(['living_room']);
    expect(buurt('BU09350201').geometry.type).toBe('Polygon');
    expect(map.unknown).toEqual([{ code: UNKNOWN_BUURT, participants: 6, provisions: 0 }]);
    // 21 in all, with the living rooms' 18 shown, would give the Klusteam's "<5": hidden.
    expect(map.total).toBeNull();
    const living = (await get(policy, '/api/dashboards/map?year=2025&category=living_room')).json();
    expect(living.total).toBe(18);
    expect(map.provisions).toHaveLength(6);
    expect(map.provisions.every((p: { point: unknown }) => Array.isArray(p.point))).toBe(true);
    const services = (await get(policy, '/api/dashboards/map?year=2025&category=services')).json();
    expect(services.provisions.map((p: { name: string }) => p.name)).toEqual([
      'Klusteam Maas en Mergel',
    ]);
    // Narrowed to a wijk: its buurten and provisions, with the same figures as the whole map.
    const wijk = (await get(policy, '/api/dashboards/map?year=2025&wijk=WK093502')).json();
    expect(wijk.wijk).toBe('WK093502');
    expect(wijk.wijken).toEqual([map.wijken.find((w: { code: string }) => w.code === 'WK093502')]);
    expect(wijk.buurten.map((b: { districtCode: string }) => b.districtCode)).toEqual(
      Array.from({ length: wijk.buurten.length }, () => 'WK093502'),
    );
    expect(wijk.buurten.find((b: { code: string }) => b.code === 'BU09350201').participants).toBe(
      12,
    );
    expect(wijk.provisions.map((p: { name: string }) => p.name)).toEqual([
      'Huiskamer De Lindeboom',
      'Huiskamer Het Trefpunt',
    ]);
    expect(wijk.unknown).toEqual(map.unknown);
    expect(wijk.total).toBeNull();
  });

  it('downloads the map and each panel as a spreadsheet with the same numbers', async () => {
    const mapFile = await get(policy, '/api/dashboards/export.xlsx?panel=map&year=2025');
    expect(mapFile.statusCode).toBe(200);
    expect(mapFile.headers['content-disposition']).toContain('kloppend-hart-2025.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(mapFile.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows.find((r) => r[0] === 'BU09350402')?.[3]).toBe('<5');
    expect(rows.find((r) => r[0] === UNKNOWN_BUURT)?.[3]).toBe(6);
    const signals = await get(policy, '/api/dashboards/export.xlsx?panel=signals&year=2025');
    expect(signals.statusCode).toBe(200);
    expect(signals.headers['content-type']).toContain('spreadsheetml');
    const wrong = await get(policy, '/api/dashboards/export.xlsx?panel=everything');
    expect(wrong.statusCode).toBe(400);
    expect(
      (await get(policy, '/api/dashboards/export.xlsx?panel=reach&year=2025')).statusCode,
    ).toBe(200);
  });
});
