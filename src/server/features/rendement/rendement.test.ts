/**
 * The return through the API, on the demo with its participants (their client routes, outflows,
 * Wmo allocations and first matching run): only the policy officer reads it and keeps
 * scenarios; the figures come from the registration; scenarios are checked, named once and
 * audited; the default scenario of the note cannot be changed.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  TEST_PSEUDONYM_KEY,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { TEMPLATE_MOMENT } from '../../../../test/support/template-moment.ts';
import { loadDemoParticipants } from '../../demo/demo-participants.ts';
import { DEMO_SCENARIO_NAME } from '../../demo/demo-rendement.ts';
import type { BusinessCasesView, ScenarioBody, ScenarioView } from './rendement.schemas.ts';

let ctx: TestContext;
const now = new Date(TEMPLATE_MOMENT.getTime() + 3_600_000);
const sessions: Record<string, Session> = {};
const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(sessions[who]!), ...(payload ? { payload } : {}) });
const view = async (query = ''): Promise<BusinessCasesView> =>
  (await call('policy_officer', 'GET', `/api/rendement${query}`)).json();

const SCENARIO: ScenarioBody = {
  name: 'Ruim',
  shareWouldQualify: { numerator: 3, denominator: 4 },
  personsPerPlace: 2.5,
  costPerPlaceCents: 2_000_000,
  hoursPerApplication: 4,
  productiveHoursPerFte: 1200,
  monthlyContributionCents: 2000,
  sources: {
    shareWouldQualify: 'Onderzoek 2026',
    personsPerPlace: 'Onderzoek 2026',
    costPerPlaceCents: 'Tarief 2026',
    hoursPerApplication: 'Wmo-team',
    productiveHoursPerFte: 'HR',
    monthlyContributionCents: 'CAK',
  },
};

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  await loadDemoParticipants(ctx.handle.db, TEMPLATE_MOMENT, TEST_PSEUDONYM_KEY);
  for (const who of ['policy_officer', 'finance', 'applicant'])
    sessions[who] = await loginAs(ctx.app, `${who}@demo.example`);
});
afterAll(() => ctx.close());

describe('the return and its business cases', () => {
  it('are for the policy officer only', async () => {
    expect((await call('policy_officer', 'GET', '/api/rendement')).statusCode).toBe(200);
    for (const who of ['finance', 'applicant']) {
      expect((await call(who, 'GET', '/api/rendement')).statusCode).toBe(403);
      expect((await call(who, 'GET', '/api/rendement.xlsx')).statusCode).toBe(403);
      expect((await call(who, 'POST', '/api/rendement/scenarios', SCENARIO)).statusCode).toBe(403);
    }
    const xlsx = await call('policy_officer', 'GET', '/api/rendement.xlsx?year=2026');
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-disposition']).toContain('rendement-2026.xlsx');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('come from the registration: route participants without maatwerk, "<5", no route no return', async () => {
    const cases = await view('?year=2026');
    expect(cases.scenario.name).toBe('Beleidsnota 2018 (standaard)');
    expect(cases.scenarios.map((s) => [s.name, s.readOnly])).toEqual([
      ['Beleidsnota 2018 (standaard)', true],
      [DEMO_SCENARIO_NAME, false],
    ]);
    expect(cases.years).toEqual([2026, 2025]);
    const byName = Object.fromEntries(cases.rows.map((r) => [r.label, r.figures]));
    // Het Jekerpad: 9 participants, 6 via the social team or Sociale Zaken without maatwerk:
    // 6 × 2/3 = 4 would qualify, 4 ÷ 4 = 1 place of € 16,632; no grant in 2026.
    expect(byName['Dagactiviteit Het Jekerpad']).toMatchObject({
      participants: 9,
      counted: 6,
      relapse: 0,
      subsidyCents: 0,
      subsidyBasis: 'none',
      claim: {
        kind: 'computed',
        result: { wouldQualify: 4, placesAvoided: 1, avoidedCostCents: 1_663_200, hoursSaved: 14 },
      },
    });
    // De Lindeboom: 14 participants, fewer than 5 counted (one has a matched allocation).
    expect(byName['Huiskamer De Lindeboom']).toMatchObject({
      participants: 14,
      counted: '<5',
      signalsOpen: '<5',
      claim: { kind: 'none', reason: 'small_number' },
    });
    expect(byName['Klusteam Maas en Mergel']).toMatchObject({
      participants: '<5',
      counted: 0,
      claim: { kind: 'none', reason: 'no_route_participants' },
    });
    // Per year the groups together pass the "<5" rule.
    const perYear = await view('?groupBy=year');
    const year2025 = perYear.rows.find((r) => r.year === 2025)!;
    expect(year2025.figures).toMatchObject({
      participants: 9,
      outflow: 9,
      subsidyBasis: 'granted',
    });
    expect(perYear.rows.find((r) => r.year === 2026)!.figures.counted).toBeGreaterThanOrEqual(6);

    // The demo's cautious scenario: 6 × 1/2 = 3 would qualify, 3 ÷ 5 × € 18,120 = € 10,872.
    const cautious = cases.scenarios.find((s) => s.name === DEMO_SCENARIO_NAME)!;
    const other = await view(`?year=2026&scenario=${cautious.id}`);
    expect(other.scenario.sources.personsPerPlace).toBe('Eigen aanname beleid: groepen van 1 op 5');
    expect(
      other.rows.find((r) => r.label === 'Dagactiviteit Het Jekerpad')!.figures.claim,
    ).toMatchObject({
      kind: 'computed',
      result: {
        wouldQualify: 3,
        placesAvoided: 0.6,
        avoidedCostCents: 1_087_200,
        hoursSaved: 9,
        fteSaved: 0.01,
      },
    });
    expect(
      (await call('policy_officer', 'GET', '/api/rendement?scenario=onbekend')).statusCode,
    ).toBe(404);
  });

  it('keeps named scenarios: checked, each name once, audited; the note’s scenario stays as it is', async () => {
    const refused = await call('policy_officer', 'POST', '/api/rendement/scenarios', {
      ...SCENARIO,
      shareWouldQualify: { numerator: 5, denominator: 4 },
      personsPerPlace: 0,
      costPerPlaceCents: -1,
      sources: { ...SCENARIO.sources, hoursPerApplication: ' ' },
    });
    expect(refused.statusCode).toBe(400);
    const { fields } = refused.json<{ fields: { path: string; message: string }[] }>();
    expect(fields).toEqual(
      expect.arrayContaining([
        {
          path: 'shareWouldQualify.numerator',
          message: 'Het deel is hoogstens 1: de teller mag niet groter zijn dan de noemer.',
        },
        { path: 'personsPerPlace', message: 'Het aantal personen per plek is minstens 1.' },
        {
          path: 'costPerPlaceCents',
          message: 'Vul voor de kosten per plek een bedrag van € 0,00 of meer in.',
        },
        { path: 'sources.hoursPerApplication', message: 'Vul de bron van deze aanname in.' },
      ]),
    );
    const created = await call('policy_officer', 'POST', '/api/rendement/scenarios', SCENARIO);
    expect(created.statusCode).toBe(201);
    const { id } = created.json<{ id: string }>();
    for (const name of ['ruim', DEMO_SCENARIO_NAME, 'Beleidsnota 2018 (standaard)']) {
      const taken = await call('policy_officer', 'POST', '/api/rendement/scenarios', {
        ...SCENARIO,
        name,
      });
      expect(taken.statusCode).toBe(409);
      expect(taken.json()).toMatchObject({ code: 'RENDEMENT_SCENARIO_NAME_TAKEN' });
    }
    const changed = await call('policy_officer', 'PUT', `/api/rendement/scenarios/${id}`, {
      ...SCENARIO,
      personsPerPlace: 3,
    });
    expect(changed.statusCode).toBe(200);
    const scenarios: ScenarioView[] = (
      await call('policy_officer', 'GET', '/api/rendement/scenarios')
    ).json();
    expect(scenarios.find((s) => s.id === id)).toMatchObject({
      name: 'Ruim',
      assumptions: {
        personsPerPlace: 3,
        hoursPerApplication: 4,
        shareWouldQualify: { numerator: 3, denominator: 4 },
      },
      updatedByName: expect.any(String),
    });
    const audit = (await ctx.handle.db.execute(
      sql`select action from audit_events where entity_id = ${id} order by id`,
    )) as { rows: { action: string }[] };
    expect(audit.rows.map((r) => r.action)).toEqual([
      'rendement.scenario.create',
      'rendement.scenario.update',
    ]);
    expect(
      (await call('policy_officer', 'PUT', '/api/rendement/scenarios/nota-2018', SCENARIO))
        .statusCode,
    ).toBe(400);
  });
});
