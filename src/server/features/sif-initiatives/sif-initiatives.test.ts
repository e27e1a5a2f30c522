/**
 * The Sociaal Investeringsfonds' rolling tender through the API, on the demo: an organisation
 * submits an initiative without a round, two assessors score it, the policy officer decides
 * against the fund's free balance. Twenty grants at the same moment on a fund with room for
 * five commit exactly five; bad decisions say why in Dutch and book nothing; a lowered grant
 * releases its commitment back into the fund.
 */
import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { TEMPLATE_MOMENT } from '../../../../test/support/template-moment.ts';
import { SYSTEM_ACTOR } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import { grantTerms } from '../../platform/db/schema.ts';
import type { Fund } from '../fund/fund.schemas.ts';
import { bookPayments } from '../fund/fund.service.ts';
import type { Initiative } from './sif-initiatives.schemas.ts';

let ctx: TestContext;
let now = new Date(TEMPLATE_MOMENT.getTime() + 3_600_000);
const sessions: Record<string, Session> = {};
const WHO = [
  'policy_officer',
  'assessor',
  'assessor2',
  'finance',
  'finance2',
  'applicant',
  'applicant2',
  'coordinator',
];

const call = (who: string, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(sessions[who]!), ...(payload ? { payload } : {}) });
const fund = async (): Promise<Fund> => (await call('finance', 'GET', '/api/fund')).json();
const count = async (table: string) =>
  Number(
    (
      (await ctx.handle.db.execute(sql.raw(`select count(*)::int as n from ${table}`))) as {
        rows: { n: number }[];
      }
    ).rows[0]!.n,
  );

let organisationId: string;
let provisionId: string;
let neighbourhoodCode: string;

const content = (requestedCents: number, title = 'Buurtkamer Malberg') => ({
  title,
  description: 'Een huiskamer in de buurt waar kwetsbare inwoners elkaar ontmoeten.',
  neighbourhoodCodes: [neighbourhoodCode],
  targetGroups: 'Ouderen en inwoners met een licht verstandelijke beperking',
  priorities: ['prevention', 'citizen_power'],
  impact: {
    reach: 'Via het sociaal team en huisbezoeken.',
    fewer_provisions: 'Minder dagbesteding via maatwerk.',
    structural_change: 'Bewoners nemen het beheer over.',
  },
  requestedCents,
  cofinancingCents: 500_000,
  periodStart: '2027-01-01',
  periodEnd: '2027-12-31',
  continuation: 'De woningcorporatie neemt de huur over.',
  registersParticipants: true,
});
const sheet = (score: number) => ({
  scores: Object.fromEntries(
    ['priorities', 'impact', 'feasibility', 'continuation'].map((c) => [
      c,
      { score, motivation: `Motivering ${c}` },
    ]),
  ),
});
const submit = async (requestedCents: number, title?: string) => {
  const response = await call('applicant', 'POST', '/api/sif-initiatives', {
    organisationId,
    provisionId,
    content: content(requestedCents, title),
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; reference: string; decisionDueDay: string }>();
};
const assessTwice = async (id: string, score = 7) => {
  for (const who of ['assessor', 'assessor2'])
    expect(
      (await call(who, 'POST', `/api/sif-initiatives/${id}/assessment`, sheet(score))).statusCode,
    ).toBe(200);
};
const decide = (id: string, body: object) =>
  call('policy_officer', 'POST', `/api/sif-initiatives/${id}/decision`, body);

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  for (const who of WHO) sessions[who] = await loginAs(ctx.app, `${who}@demo.example`);
  organisationId = sessions.applicant!.me.organisations[0]!.id;
  provisionId = (await call('applicant', 'GET', '/api/provisions')).json().items[0].id;
  neighbourhoodCode = (await call('applicant', 'GET', '/api/neighbourhoods')).json().districts[0]
    .neighbourhoods[0].code;
});
afterAll(() => ctx.close());

describe('an initiative without a round', () => {
  let id: string;
  it('is submitted at any time, gets its decision term, and is scored by two assessors', async () => {
    const submitted = await submit(2_000_000);
    id = submitted.id;
    expect(submitted.reference).toBe('SI-2026-0001');
    // Received Monday 30 November 2026: eight weeks is Monday 25 January 2027.
    expect(submitted.decisionDueDay).toBe('2027-01-25');
    const own = (await call('applicant', 'GET', `/api/sif-initiatives/${id}`)).json<Initiative>();
    expect(own).toMatchObject({
      status: 'under_assessment',
      daysLeft: 56,
      nearingTerm: false,
      assessment: null,
      fund: null,
    });
    // The ordinary lists of rounds and applications do not show the fund's rolling round.
    expect(
      (await call('applicant', 'GET', '/api/applications'))
        .json()
        .items.map((a: { id: string }) => a.id),
    ).not.toContain(id);
    expect(
      (await call('policy_officer', 'GET', '/api/rounds'))
        .json()
        .items.map((r: { name: string }) => r.name),
    ).not.toContain('Sociaal Investeringsfonds: doorlopende tender');

    const incomplete = await call('assessor', 'POST', `/api/sif-initiatives/${id}/assessment`, {
      scores: { impact: { score: 7, motivation: '' } },
    });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json().fields.map((f: { message: string }) => f.message)).toContain(
      'Schrijf een motivering bij de score voor Aannemelijkheid van de impact.',
    );
    const tooHigh = await call(
      'assessor',
      'POST',
      `/api/sif-initiatives/${id}/assessment`,
      sheet(11),
    );
    expect(tooHigh.statusCode).toBe(400);
    expect(
      (await call('policy_officer', 'GET', `/api/sif-initiatives/${id}`)).json<Initiative>().fund,
    ).toEqual({ freeCents: 50_000_000, allowedOutcomes: [] });
    await assessTwice(id);
    const again = await call('assessor', 'POST', `/api/sif-initiatives/${id}/assessment`, sheet(7));
    expect(again.json().message).toBe('U hebt dit initiatief al beoordeeld.');
    const seen = (
      await call('policy_officer', 'GET', `/api/sif-initiatives/${id}`)
    ).json<Initiative>();
    expect(seen.assessment).toEqual({
      verdict: 'meets_criteria',
      means: { priorities: 7, impact: 7, feasibility: 7, continuation: 7 },
    });
    expect(seen.fund).toEqual({
      freeCents: 50_000_000,
      allowedOutcomes: ['granted', 'partially_granted', 'refused'],
    });
  });

  it('refuses bad decisions in Dutch and books nothing; late needs a reason', async () => {
    const before = { bookings: await count('fund_bookings'), decisions: await count('decisions') };
    const tooMuch = await decide(id, {
      outcome: 'partially_granted',
      grantedCents: 60_000_000,
      reasons: 'x',
    });
    expect(tooMuch.statusCode).toBe(409);
    expect(tooMuch.json().message).toBe(
      'Gedeeltelijk verlenen is minder dan het gevraagde bedrag, € 20.000,00.',
    );
    const notExhausted = await decide(id, {
      outcome: 'refused',
      grantedCents: 0,
      refusalGround: 'fund_exhausted',
      reasons: 'x',
    });
    expect(notExhausted.json().fields).toEqual([
      {
        path: 'refusalGround',
        message:
          'Het fonds is niet uitgeput: er is nog € 500.000,00 vrij, genoeg voor het gevraagde bedrag.',
      },
    ]);
    now = new Date('2027-01-26T10:00:00Z');
    const late = await decide(id, { outcome: 'granted', grantedCents: 2_000_000 });
    expect(late.statusCode).toBe(409);
    expect(late.json().message).toBe(
      'De beslistermijn is op 2027-01-25 verstreken: vul de reden in waarom later wordt besloten.',
    );
    expect({ bookings: await count('fund_bookings'), decisions: await count('decisions') }).toEqual(
      before,
    );

    const granted = await decide(id, {
      outcome: 'granted',
      grantedCents: 2_000_000,
      lateReason: 'Het advies van de wijkraad liet op zich wachten.',
    });
    expect(granted.statusCode, granted.body).toBe(200);
    const decided = granted.json<Initiative>();
    expect(decided.decision).toMatchObject({
      outcome: 'granted',
      grantedCents: 2_000_000,
      lateReason: 'Het advies van de wijkraad liet op zich wachten.',
    });
    expect(decided.decision!.html).toContain(
      'wij beslissen later, omdat: Het advies van de wijkraad liet op zich wachten.',
    );
    expect(decided.decision!.html).toContain('Bezwaar');
    expect(decided.grant!.reference).toMatch(/^SB-2027-\d{4}$/);
    expect((await fund()).balances).toMatchObject({
      committedCents: 2_000_000,
      freeCents: 48_000_000,
    });
    const pdf = await call('applicant', 'GET', `/api/applications/${id}/decision.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    // The grant follows the ordinary lifecycle: category SIF, the initiative's own period.
    const grant = (await call('applicant', 'GET', `/api/grants/${decided.grant!.id}`)).json();
    expect(grant).toMatchObject({
      category: 'sif',
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      grantedCents: 2_000_000,
    });
    expect((await decide(id, { outcome: 'granted', grantedCents: 2_000_000 })).json().message).toBe(
      'Over dit initiatief is al besloten.',
    );
    // The open subsidy register lists it under the fund.
    const register = await ctx.app.inject({
      method: 'GET',
      url: '/api/public/subsidy-register?year=2027',
    });
    expect(register.statusCode, register.body).toBe(200);
    expect(register.json<{ rows: unknown[] }>().rows).toContainEqual(
      expect.objectContaining({
        scheme: 'Sociaal Investeringsfonds',
        category: 'sif',
        categoryName: 'Sociaal Investeringsfonds',
        grantedCents: 2_000_000,
      }),
    );

    // Lowering the grant releases the commitment above the new amount back into the fund.
    const lowered = await call(
      'policy_officer',
      'POST',
      `/api/grants/${decided.grant!.id}/lowering`,
      {
        kind: 'lowering',
        newCents: 1_500_000,
        ground: 'a',
        reasons: 'Het initiatief voert minder activiteiten uit dan begroot.',
      },
    );
    expect(lowered.statusCode, lowered.body).toBe(201);
    expect((await fund()).balances).toMatchObject({
      committedCents: 1_500_000,
      freeCents: 48_500_000,
    });
    now = new Date(TEMPLATE_MOMENT.getTime() + 7_200_000);
  });

  it('is public only with the text its organisation approved, until the policy officer withdraws it', async () => {
    const page = (url: string) => ctx.app.inject({ method: 'GET', url });
    const publicUrl = `/fonds-openbaar/initiatieven/${id}`;
    expect((await page(publicUrl)).statusCode).toBe(404);
    const text = {
      title: 'Buurtkamer <script>alert(1)</script> Malberg',
      summary: 'Een huiskamer voor de buurt & haar bewoners.',
    };
    const results = await call('applicant', 'PUT', `/api/sif-initiatives/${id}/public-text`, {
      ...text,
      results: 'Te vroeg',
    });
    expect(results.json().fields).toEqual([
      {
        path: 'results',
        message: 'De resultaten kunnen openbaar worden nadat het impactverslag is ingediend.',
      },
    ]);
    const empty = await call('applicant', 'PUT', `/api/sif-initiatives/${id}/public-text`, {
      title: 'x',
      summary: ' ',
    });
    expect(empty.statusCode).toBe(400);
    expect(
      (await call('applicant2', 'PUT', `/api/sif-initiatives/${id}/public-text`, text)).statusCode,
    ).toBe(404);
    expect(
      (await call('policy_officer', 'PUT', `/api/sif-initiatives/${id}/public-text`, text))
        .statusCode,
    ).toBe(403);
    const saved = await call('applicant', 'PUT', `/api/sif-initiatives/${id}/public-text`, text);
    expect(saved.json<Initiative>().publicPage).toMatchObject({
      draft: { ...text, results: '' },
      approved: null,
      isPublic: false,
      awaitsApproval: true,
    });
    // A draft is never public: neither the page nor the list shows it.
    expect((await page(publicUrl)).statusCode).toBe(404);
    expect((await page('/fonds-openbaar/initiatieven')).body).not.toContain('Buurtkamer');

    const approved = await call(
      'applicant',
      'POST',
      `/api/sif-initiatives/${id}/public-text/approve`,
    );
    expect(approved.json<Initiative>().publicPage).toMatchObject({
      isPublic: true,
      awaitsApproval: false,
    });
    const shown = await page(publicUrl);
    expect(shown.statusCode).toBe(200);
    expect(shown.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(shown.body).toContain('Buurtkamer &lt;script&gt;alert(1)&lt;/script&gt; Malberg');
    expect(shown.body).not.toContain('<script>alert');
    expect(shown.body).toContain('Een huiskamer voor de buurt &amp; haar bewoners.');
    expect(shown.body).toContain('Preventie, Burgerkracht');
    expect(shown.body).toContain('€\u00a015.000,00');
    expect(shown.body).toContain('De resultaten staan hier zodra de subsidie is vastgesteld.');
    // The organisation's own texts of the application are not public.
    expect(shown.body).not.toContain('Ouderen en inwoners met een licht verstandelijke beperking');
    const english = await page(`${publicUrl}?lang=en`);
    expect(english.body).toContain('<html lang="en">');
    expect(english.body).toContain('Prevention, Citizen power');
    expect(english.body).toContain('€15,000.00');
    expect((await page('/fonds-openbaar/initiatieven')).body).toContain(`href="${publicUrl}"`);

    // An edited draft leaves the approved text public until it is approved in turn.
    await call('applicant', 'PUT', `/api/sif-initiatives/${id}/public-text`, {
      title: 'Buurtkamer Malberg',
      summary: 'Nog niet goedgekeurd.',
    });
    expect((await page(publicUrl)).body).not.toContain('Nog niet goedgekeurd.');

    const noReason = await call(
      'policy_officer',
      'POST',
      `/api/sif-initiatives/${id}/public-text/withdraw`,
      { reason: '' },
    );
    expect(noReason.statusCode).toBe(400);
    expect(
      (
        await call('applicant', 'POST', `/api/sif-initiatives/${id}/public-text/withdraw`, {
          reason: 'x',
        })
      ).statusCode,
    ).toBe(403);
    const withdrawn = await call(
      'policy_officer',
      'POST',
      `/api/sif-initiatives/${id}/public-text/withdraw`,
      { reason: 'De tekst noemt een bewoner bij naam.' },
    );
    expect(withdrawn.json<Initiative>().publicPage).toMatchObject({
      approved: null,
      isPublic: false,
      withdrawnReason: 'De tekst noemt een bewoner bij naam.',
    });
    expect((await page(publicUrl)).statusCode).toBe(404);
    const audited = (await ctx.handle.db.execute(
      sql`select action from audit_events where entity_id = ${id} and action like 'sif.public%' order by at`,
    )) as { rows: { action: string }[] };
    expect(audited.rows.map((r) => r.action)).toEqual([
      'sif.public_text',
      'sif.public_approve',
      'sif.public_text',
      'sif.public_withdraw',
    ]);
    // Approved again (the edited text), it is public again.
    await call('applicant', 'POST', `/api/sif-initiatives/${id}/public-text/approve`);
    expect((await page(publicUrl)).body).toContain('Nog niet goedgekeurd.');
  });

  it('takes the impact report after the accountability report, and settles below the commitment: release, reclaim received', async () => {
    const grantId = (
      await call('applicant', 'GET', `/api/sif-initiatives/${id}`)
    ).json<Initiative>().grant!.id;
    const impactUrl = `/api/sif-initiatives/${id}/impact`;
    const early = await call('applicant', 'POST', impactUrl, { structuralChange: 'Beheer' });
    expect(early.statusCode).toBe(409);
    expect(early.json().message).toBe(
      'Het impactverslag kan worden ingediend nadat het verantwoordingsverslag van de subsidie is ingediend.',
    );
    // The report is due after the initiative's period, 2027.
    now = new Date('2028-01-10T10:00:00Z');
    const report = {
      activities: 'Wekelijkse inloop in de buurtkamer.',
      results: 'Twintig vaste bezoekers.',
      costs: [{ actualCents: 500_000 }],
    };
    expect(
      (await call('applicant', 'PUT', `/api/grants/${grantId}/report`, report)).statusCode,
    ).toBe(200);
    const submittedReport = await call('applicant', 'POST', `/api/grants/${grantId}/report/submit`);
    expect(submittedReport.statusCode, submittedReport.body).toBe(200);
    const blank = await call('applicant', 'POST', impactUrl, { structuralChange: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().fields[0]).toEqual({
      path: 'structuralChange',
      message: 'Beschrijf welke structurele verandering het initiatief heeft gebracht.',
    });
    expect(
      (await call('applicant', 'POST', impactUrl, { structuralChange: 'x'.repeat(10_001) }))
        .statusCode,
    ).toBe(400);
    const reported = await call('applicant', 'POST', impactUrl, {
      structuralChange: 'Bewoners beheren de buurtkamer zelf.',
    });
    expect(reported.statusCode, reported.body).toBe(200);
    // The initiative registers participants, none in the report's period; no referrals: not available.
    expect(reported.json<Initiative>().impact).toEqual({
      reach: { participants: 0, referredByTeams: 0 },
      fewerProvisions: null,
      structuralChange: 'Bewoners beheren de buurtkamer zelf.',
    });
    expect(
      (await call('applicant', 'POST', impactUrl, { structuralChange: 'y' })).json().message,
    ).toBe('Het impactverslag is al ingediend.');

    // Six advances of € 1,250.00 are paid (the payment run is another part of the product).
    const terms = await ctx.handle.db
      .select({ id: grantTerms.id, amountCents: grantTerms.amountCents })
      .from(grantTerms)
      .where(eq(grantTerms.grantId, grantId))
      .orderBy(asc(grantTerms.number));
    const paid = terms.slice(0, 6);
    expect(paid.map((t) => t.amountCents)).toEqual([
      125_000, 125_000, 125_000, 125_000, 125_000, 125_000,
    ]);
    for (const term of paid)
      await ctx.handle.db.update(grantTerms).set({ paidAt: now }).where(eq(grantTerms.id, term.id));
    await changeWithAudit(ctx.handle.db, SYSTEM_ACTOR, (tx, audit) =>
      bookPayments(tx, audit, SYSTEM_ACTOR, now, [{ grantId, amountCents: 750_000 }]),
    );
    // Deposited € 500,000.00; committed € 15,000.00, of which € 7,500.00 paid.
    expect((await fund()).balances).toEqual({
      depositedCents: 50_000_000,
      committedCents: 1_500_000,
      paidCents: 750_000,
      reclaimedCents: 0,
      freeCents: 48_500_000,
      openCents: 750_000,
    });

    const proposed = await call('policy_officer', 'PUT', `/api/grants/${grantId}/settlement`, {
      settledCents: 500_000,
      reasons: 'De helft van de activiteiten ging niet door.',
    });
    expect(proposed.statusCode, proposed.body).toBe(200);
    // The policy officer reads the impact report beside the settlement; the organisation does not get it there.
    expect(proposed.json().impact.structuralChange).toBe('Bewoners beheren de buurtkamer zelf.');
    expect(
      (await call('applicant', 'GET', `/api/grants/${grantId}/settlement`)).json().impact,
    ).toBeNull();
    const issue = await call('policy_officer', 'POST', '/api/settlements/issue', {
      grantIds: [grantId],
    });
    expect(issue.statusCode, issue.body).toBe(202);
    await ctx.app.jobs.kick();
    // Settled at € 5,000.00 with € 7,500.00 paid: the unpaid € 7,500.00 is released, the
    // commitment stays at what is paid, and € 2,500.00 is to be paid back.
    expect((await fund()).balances).toEqual({
      depositedCents: 50_000_000,
      committedCents: 750_000,
      paidCents: 750_000,
      reclaimedCents: 0,
      freeCents: 49_250_000,
      openCents: 0,
    });
    const back = await call('finance', 'POST', `/api/grants/${grantId}/settlement/reclaim-paid`, {
      paidDay: '2028-01-10',
    });
    expect(back.statusCode, back.body).toBe(200);
    expect((await fund()).balances).toEqual({
      depositedCents: 50_000_000,
      committedCents: 750_000,
      paidCents: 750_000,
      reclaimedCents: 250_000,
      freeCents: 49_500_000,
      openCents: 0,
    });

    // Settled, the public page shows the results: the figures and the approved text only.
    await call('applicant', 'PUT', `/api/sif-initiatives/${id}/public-text`, {
      title: 'Buurtkamer Malberg',
      summary: 'Een huiskamer voor de buurt.',
      results: 'De buurtkamer draait nu op vrijwilligers.',
    });
    const before = (
      await ctx.app.inject({ method: 'GET', url: `/fonds-openbaar/initiatieven/${id}` })
    ).body;
    expect(before).not.toContain('De buurtkamer draait nu op vrijwilligers.');
    expect(before).not.toContain('Bewoners beheren de buurtkamer zelf.');
    await call('applicant', 'POST', `/api/sif-initiatives/${id}/public-text/approve`);
    const after = (
      await ctx.app.inject({ method: 'GET', url: `/fonds-openbaar/initiatieven/${id}` })
    ).body;
    expect(after).toContain('De buurtkamer draait nu op vrijwilligers.');
    expect(after).toContain('€\u00a05.000,00');
    expect(after.match(/<dd>niet beschikbaar<\/dd>/g)).toHaveLength(1);
    expect(after.match(/<dd>0<\/dd>/g)).toHaveLength(2);
    expect(after).not.toContain('Bewoners beheren de buurtkamer zelf.');
    const fundPage = (await ctx.app.inject({ method: 'GET', url: '/fonds-openbaar' })).body;
    expect(fundPage).toContain('€\u00a0495.000,00');
    expect(fundPage).toContain('<svg');
    expect(fundPage).toContain('<th scope="row">');

    // The council report, for finance and the policy officer only.
    expect((await call('applicant', 'GET', '/api/fund/council-report.xlsx')).statusCode).toBe(403);
    const pdf = await call('policy_officer', 'GET', '/api/fund/council-report.pdf');
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const xlsx = await call('finance', 'GET', '/api/fund/council-report.xlsx');
    expect(xlsx.headers['content-disposition']).toContain('raadsrapportage-fonds-2028-01-10.xlsx');
    const { default: excel } = await import('exceljs');
    const book = new excel.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const rows = (name: string) =>
      book
        .getWorksheet(name)!
        .getSheetValues()
        .slice(1)
        .map((r) => (r as unknown[]).slice(1));
    expect(rows('Saldi')).toEqual([
      ['Saldo', 'Bedrag op 2028-01-10'],
      ['Gestort', 500_000],
      ['Vastgelegd', 7_500],
      ['Betaald', 7_500],
      ['Terugontvangen', 2_500],
      ['Vrij te besteden', 495_000],
    ]);
    // Per year of counting; amounts in euros.
    expect(rows('Boekingen per jaar')).toEqual([
      ['Jaar', 'Soort', 'Aantal', 'Bedrag'],
      [2026, 'Storting', 1, 500_000],
      [2027, 'Verplichting', 1, 20_000],
      [2027, 'Vrijval', 1, 5_000],
      [2028, 'Vrijval', 1, 7_500],
      [2028, 'Betaling', 1, 7_500],
      [2028, 'Terugontvangen', 1, 2_500],
    ]);
    expect(rows('Per prioriteit')).toEqual([
      ['Prioriteit', 'Initiatieven', 'Verleend'],
      ['Preventie', 1, 15_000],
      ['Burgerkracht', 1, 15_000],
      ['Eerste lijn', 0, 0],
      ['Algemeen toegankelijke voorzieningen', 0, 0],
      ['Totaal (elk initiatief één keer)', 1, 15_000],
    ]);
    expect(rows('Per buurt')).toEqual([
      ['Buurt', 'Initiatieven', 'Verleend'],
      ['Binnenstad', 1, 15_000],
      ['Totaal (elk initiatief één keer)', 1, 15_000],
    ]);
    expect(rows('Resultaten')).toEqual([
      [
        'Initiatief',
        'Organisatie',
        'Vastgesteld',
        'Deelnemers',
        'Via sociaal team',
        'Verwijzingen',
      ],
      [
        'SI-2026-0001 Buurtkamer Malberg',
        'Stichting Huiskamer De Lindeboom',
        5_000,
        0,
        0,
        'niet beschikbaar',
      ],
    ]);
    now = new Date(TEMPLATE_MOMENT.getTime() + 7_200_000);
  });
});

describe('deciding at the same moment', () => {
  it('grants exactly five of twenty on a fund with room for five; the rest can only be partial or refused', async () => {
    const free = (await fund()).balances.freeCents;
    const each = Math.floor(free / 5.5);
    const ids: string[] = [];
    for (let i = 0; i < 20; i += 1) {
      const { id } = await submit(each, `Initiatief ${i + 1}`);
      await assessTwice(id);
      ids.push(id);
    }
    const answers = await Promise.all(
      ids.map((id) => decide(id, { outcome: 'granted', grantedCents: each })),
    );
    expect(answers.filter((a) => a.statusCode === 200)).toHaveLength(5);
    const refusals = answers.filter((a) => a.statusCode === 409);
    expect(refusals).toHaveLength(15);
    expect(refusals[0]!.json().fields[0].path).toBe('outcome');
    const after = (await fund()).balances;
    expect(after.freeCents).toBe(free - 5 * each);
    expect(after.freeCents).toBeGreaterThanOrEqual(0);
    expect(after.freeCents).toBeLessThan(each);

    // Of the rest: full granting is no longer offered; refusing because the fund is exhausted is.
    const rest = ids.find((_, i) => answers[i]!.statusCode === 409)!;
    expect(
      (await call('policy_officer', 'GET', `/api/sif-initiatives/${rest}`)).json<Initiative>().fund!
        .allowedOutcomes,
    ).toEqual(['partially_granted', 'refused']);
    const refused = await decide(rest, {
      outcome: 'refused',
      grantedCents: 0,
      refusalGround: 'fund_exhausted',
      reasons: 'Het fonds is voor dit jaar besteed.',
    });
    expect(refused.statusCode).toBe(200);
    expect(refused.json<Initiative>().decision!.html).toContain(
      'artikel 4:25, tweede lid, Algemene wet bestuursrecht',
    );
    expect((await fund()).balances.freeCents).toBe(after.freeCents);
    // A refused initiative has no public page and cannot get one.
    expect(
      (
        await call('applicant', 'PUT', `/api/sif-initiatives/${rest}/public-text`, {
          title: 'a',
          summary: 'b',
        })
      ).json().message,
    ).toBe('Alleen een (gedeeltelijk) verleend initiatief heeft een openbare pagina.');
    expect(
      (await ctx.app.inject({ method: 'GET', url: `/fonds-openbaar/initiatieven/${rest}` }))
        .statusCode,
    ).toBe(404);
  });
});

describe('who may do what', () => {
  it('follows the access table on every new route', async () => {
    const id = (await call('applicant', 'GET', '/api/sif-initiatives')).json().items[0]
      .id as string;
    const matrix: Record<string, [string, string, object?][]> = {
      'GET /api/sif-initiatives': [
        ['policy_officer', '200'],
        ['assessor', '200'],
        ['applicant', '200'],
        ['applicant2', '200'],
        ['finance', '403'],
        ['coordinator', '403'],
      ],
      [`GET /api/sif-initiatives/${id}`]: [
        ['policy_officer', '200'],
        ['assessor', '200'],
        ['applicant', '200'],
        ['applicant2', '404'],
        ['finance', '403'],
        ['coordinator', '403'],
      ],
      'POST /api/sif-initiatives': [
        ['policy_officer', '403'],
        ['assessor', '403'],
        ['finance', '403'],
        ['applicant2', '404', { organisationId, provisionId, content: content(100) }],
      ],
      [`POST /api/sif-initiatives/${id}/assessment`]: [
        ['applicant', '403'],
        ['policy_officer', '403'],
        ['finance', '403'],
      ],
      [`POST /api/sif-initiatives/${id}/decision`]: [
        ['applicant', '403'],
        ['assessor', '403'],
        ['finance', '403'],
      ],
      [`POST /api/sif-initiatives/${id}/impact`]: [
        ['policy_officer', '403'],
        ['assessor', '403'],
        ['applicant2', '404'],
      ],
    };
    const seen: string[] = [];
    const want: string[] = [];
    for (const [route, rows] of Object.entries(matrix)) {
      const [method, url] = route.split(' ') as ['GET' | 'POST', string];
      for (const [who, status, payload] of rows) {
        const answer = await call(
          who,
          method,
          url,
          method === 'POST' ? (payload ?? { structuralChange: 'x' }) : undefined,
        );
        seen.push(`${who} ${route} ${answer.statusCode}`);
        want.push(`${who} ${route} ${status}`);
      }
    }
    expect(seen).toEqual(want);
    // The other organisation sees none of this organisation's initiatives.
    expect((await call('applicant2', 'GET', '/api/sif-initiatives')).json().items).toEqual([]);
    // The home pages count the work: fourteen of the twenty wait for a decision, all assessed.
    const officer = (await call('policy_officer', 'GET', '/api/home/tasks')).json();
    expect(officer.policyOfficer.sifInitiatives).toEqual({
      undecided: 14,
      nearing: 0,
      readyToDecide: 14,
    });
    expect(officer.policyOfficer.rounds.map((r: { name: string }) => r.name)).not.toContain(
      'Sociaal Investeringsfonds: doorlopende tender',
    );
    await submit(100_000, 'Nog te beoordelen');
    expect((await call('assessor', 'GET', '/api/home/tasks')).json().assessor.sifToAssess).toBe(1);
  });
});
