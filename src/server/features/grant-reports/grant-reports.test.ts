/**
 * Accountability reports through the API, on the demo (loaded on 30 November 2026): last
 * year's grants had their period in 2025 and their report due on 1 April 2026. The demo
 * submitted Het Trefpunt's and De Lindeboom's; Het Jekerpad, Heer and the Klusteam are
 * overdue. The Klusteam (applicant2@demo.example) writes and submits its report here.
 */
import { and, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { PDF_BYTES } from '../../../../test/support/tender-fixtures.ts';
import {
  auditEvents,
  grantReports,
  grants,
  mailMessages,
  organisationMembers,
  participants,
  users,
} from '../../platform/db/schema.ts';
import { systemContext } from '../../platform/use-case.ts';
import { mailSettings } from '../../platform/config.ts';
import { sendReportReminders } from './report-reminders.ts';

let ctx: TestContext;
let now = new Date('2026-11-30T10:00:00Z');
let officer: Session;
let finance: Session;
let applicant: Session;
let klusteam: Session;

interface Summary {
  id: string;
  reference: string;
  organisationName: string;
  provisionName: string;
  status: string;
}
let all: Summary[];
const grantOf = (reference: string) => all.find((g) => g.reference === reference)!;
const JEKERPAD = 'SB-2025-0001';
const TREFPUNT = 'SB-2025-0002';
const HEER = 'SB-2025-0004';
const KLUSTEAM = 'SB-2025-0005';

const api = (session: Session, method: 'GET' | 'PUT' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });
const reportUrl = (reference: string) => `/api/grants/${grantOf(reference).id}/report`;

function upload(session: Session, reference: string, kind: string, filename: string) {
  const boundary = '----verantwoording';
  const body = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`),
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`,
    ),
    PDF_BYTES,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return ctx.app.inject({
    method: 'POST',
    url: `${reportUrl(reference)}/attachments`,
    headers: { ...as(session), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
}

/** Registers participants of the Klusteam who took part in 2025, directly in the database. */
async function registerIn2025(count: number, startDate = '2025-03-03') {
  const [row] = await ctx.app.db
    .select({ provisionId: grants.provisionId })
    .from(grants)
    .where(eq(grants.reference, KLUSTEAM));
  await ctx.app.db.insert(participants).values(
    Array.from({ length: count }, (_, i) => ({
      provisionId: row!.provisionId,
      displayName: `Deelnemer ${i + 1}`,
      startDate,
      clientRoute: 'self',
    })),
  );
}

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  finance = await loginAs(ctx.app, 'finance@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  klusteam = await loginAs(ctx.app, 'applicant2@demo.example');
  all = (await api(officer, 'GET', '/api/grants')).json().items;
});
afterAll(() => ctx.close());

describe('reminders of the report', () => {
  it('go six weeks and one week before the due day of 1 April 2026, each once', async () => {
    const mail = mailSettings(ctx.app.config);
    const remind = (iso: string) =>
      sendReportReminders(systemContext(ctx.app.db, new Date(iso)), { mail });
    // Three reports are awaited (Het Jekerpad, Heer, the Klusteam); each organisation has a
    // contact address.
    expect(await remind('2026-02-17T12:00:00Z')).toBe(0);
    expect(await remind('2026-02-18T06:00:00Z')).toBe(3);
    expect(await remind('2026-02-19T06:00:00Z')).toBe(0);
    expect(await remind('2026-03-24T12:00:00Z')).toBe(0);
    expect(await remind('2026-03-25T06:00:00Z')).toBe(3);
    expect(await remind('2026-03-31T06:00:00Z')).toBe(0);
    expect(await remind('2026-04-02T06:00:00Z')).toBe(0);
    const sent = await ctx.app.db
      .select({ to: mailMessages.to, subject: mailMessages.subject, text: mailMessages.text })
      .from(mailMessages)
      .where(like(mailMessages.subject, 'Herinnering: de verantwoording%'));
    expect(sent.map((m) => m.subject).sort()).toEqual([
      'Herinnering: de verantwoording van subsidie SB-2025-0001 is uiterlijk 1 april 2026 nodig',
      'Herinnering: de verantwoording van subsidie SB-2025-0001 is uiterlijk 1 april 2026 nodig',
      'Herinnering: de verantwoording van subsidie SB-2025-0004 is uiterlijk 1 april 2026 nodig',
      'Herinnering: de verantwoording van subsidie SB-2025-0004 is uiterlijk 1 april 2026 nodig',
      'Herinnering: de verantwoording van subsidie SB-2025-0005 is uiterlijk 1 april 2026 nodig',
      'Herinnering: de verantwoording van subsidie SB-2025-0005 is uiterlijk 1 april 2026 nodig',
    ]);
    expect(sent.filter((m) => m.text.includes('Dat is over een week.'))).toHaveLength(3);
  });
});

describe('the demo year', () => {
  it('has Het Trefpunt’s report submitted, with its costs next to the budget', async () => {
    const report = (await api(officer, 'GET', reportUrl(TREFPUNT))).json();
    expect(report.status).toBe('submitted');
    expect(report.grantStatus).toBe('report_submitted');
    expect(report.reachFrozen).toBe(true);
    expect(report.submittedAt).toBe('2026-03-18T09:00:00.000Z');
    expect(report.comparison.costs).toEqual({
      lines: [
        {
          kind: 'fixed_costs',
          description: 'Huur en energie',
          budgetCents: 1_400_000,
          actualCents: 1_310_000,
          differenceCents: -90_000,
        },
        {
          kind: 'refreshments',
          description: 'Koffie en thee',
          budgetCents: 200_000,
          actualCents: 185_000,
          differenceCents: -15_000,
        },
      ],
      budgetCents: 1_600_000,
      actualCents: 1_495_000,
      differenceCents: -105_000,
    });
    expect(report.comparison.reach.participants.promised).toBe(35);
    expect(report.comparison.reach.dayParts.promised).toBe(240);
    const grant = (await api(finance, 'GET', `/api/grants/${grantOf(TREFPUNT).id}`)).json();
    expect(grant.timeline.map((e: { kind: string }) => e.kind)).toContain('report_submitted');
  });

  it('lists the three reports not submitted as overdue for the policy officer', async () => {
    const overdue = (await api(officer, 'GET', '/api/grant-reports/overdue')).json();
    // From 1 April to 30 November 2026: 243 days.
    expect(
      overdue.items.map((i: { reference: string; daysOverdue: number }) => [
        i.reference,
        i.daysOverdue,
      ]),
    ).toEqual([
      ['SB-2025-0001', 243],
      [HEER, 243],
      [KLUSTEAM, 243],
    ]);
    const home = (await api(officer, 'GET', '/api/home/tasks')).json();
    expect(home.policyOfficer.reportsOverdue).toBe(3);
    const own = (await api(klusteam, 'GET', '/api/home/tasks')).json();
    expect(own.applicant.reportsToHandIn).toEqual([
      {
        grantId: grantOf(KLUSTEAM).id,
        reference: KLUSTEAM,
        dueDay: '2026-04-01',
        overdue: true,
      },
    ]);
  });
});

describe('who reads and writes a report', () => {
  it('lets an organisation read and write only its own', async () => {
    expect((await api(applicant, 'GET', reportUrl(KLUSTEAM))).statusCode).toBe(404);
    expect(
      (await api(applicant, 'PUT', reportUrl(KLUSTEAM), { activities: 'Niet van ons' })).statusCode,
    ).toBe(404);
    expect((await api(klusteam, 'GET', reportUrl(KLUSTEAM))).statusCode).toBe(200);
  });

  it('lets the policy officer and finance read every report and write none', async () => {
    expect((await api(finance, 'GET', reportUrl(KLUSTEAM))).statusCode).toBe(200);
    expect((await api(officer, 'PUT', reportUrl(KLUSTEAM), {})).statusCode).toBe(403);
    expect((await api(finance, 'POST', `${reportUrl(KLUSTEAM)}/submit`)).statusCode).toBe(403);
    expect((await api(klusteam, 'GET', '/api/grant-reports/overdue')).statusCode).toBe(403);
  });
});

describe('the Klusteam accounts for 2025', () => {
  it('sees the reach pulled from registration, protected as outside the provision', async () => {
    await registerIn2025(6);
    const report = (await api(klusteam, 'GET', reportUrl(KLUSTEAM))).json();
    expect(report.status).toBe('draft');
    expect(report.overdue).toBe(true);
    expect(report.reachFrozen).toBe(false);
    expect(report.reach.period).toEqual({ from: '2025-01-01', to: '2025-12-31' });
    expect(report.reach.participants.active).toBe(6);
    expect(report.reach.participants.byClientRoute.self).toBe(6);
    expect(report.comparison.reach.participants).toEqual({ promised: 60, registered: 6 });
  });

  it('is told per field what the activity-report tier still misses', async () => {
    const response = await api(klusteam, 'POST', `${reportUrl(KLUSTEAM)}/submit`);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('REPORT_INCOMPLETE');
    expect(response.json().fields).toEqual([
      { path: 'activities', message: 'Beschrijf welke activiteiten zijn uitgevoerd.' },
      { path: 'results', message: 'Beschrijf welke resultaten de activiteiten hebben opgeleverd.' },
    ]);
  });

  it('is told per field what the full tier misses: every cost line and two documents', async () => {
    await ctx.app.db
      .update(grants)
      .set({ accountabilityTier: 'full' })
      .where(eq(grants.reference, KLUSTEAM));
    const saved = await api(klusteam, 'PUT', reportUrl(KLUSTEAM), {
      activities: 'Kleine klussen bij 58 huishoudens, elke week op vier dagdelen.',
      results: 'Bewoners konden langer thuis wonen; vier vrijwilligers kwamen erbij.',
      costs: [{ actualCents: 310_000 }],
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().comparison.costs.lines[0]).toMatchObject({
      budgetCents: 300_000,
      actualCents: 310_000,
      differenceCents: 10_000,
    });
    const response = await api(klusteam, 'POST', `${reportUrl(KLUSTEAM)}/submit`);
    expect(response.statusCode).toBe(400);
    expect(response.json().fields).toEqual([
      {
        path: 'costs.1.actualCents',
        message: 'Vul de werkelijke kosten in van begrotingsregel 2.',
      },
      {
        path: 'costs.2.actualCents',
        message: 'Vul de werkelijke kosten in van begrotingsregel 3.',
      },
      {
        path: 'attachments.annual_accounts',
        message: 'Voeg de bijlage toe: jaarrekening.',
      },
      {
        path: 'attachments.auditor_statement',
        message: 'Voeg de bijlage toe: controleverklaring van een accountant.',
      },
    ]);
  });

  it('refuses a negative amount and more cost lines than the budget has, changing nothing', async () => {
    const negative = await api(klusteam, 'PUT', reportUrl(KLUSTEAM), {
      costs: [{ actualCents: -5 }],
    });
    expect(negative.statusCode).toBe(400);
    const tooMany = await api(klusteam, 'PUT', reportUrl(KLUSTEAM), {
      activities: 'x',
      results: 'y',
      costs: [{ actualCents: 1 }, { actualCents: 1 }, { actualCents: 1 }, { actualCents: 1 }],
    });
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().fields[0].path).toBe('costs');
    const report = (await api(klusteam, 'GET', reportUrl(KLUSTEAM))).json();
    expect(report.content.costs).toEqual([{ actualCents: 310_000 }]);
  });

  it('submits once the report is complete, and freezes the reach', async () => {
    expect(
      (await upload(klusteam, KLUSTEAM, 'annual_accounts', 'jaarrekening-2025.pdf')).statusCode,
    ).toBe(201);
    expect(
      (await upload(klusteam, KLUSTEAM, 'auditor_statement', 'controleverklaring.pdf')).statusCode,
    ).toBe(201);
    await api(klusteam, 'PUT', reportUrl(KLUSTEAM), {
      activities: 'Kleine klussen bij 58 huishoudens, elke week op vier dagdelen.',
      results: 'Bewoners konden langer thuis wonen; vier vrijwilligers kwamen erbij.',
      costs: [{ actualCents: 310_000 }, { actualCents: 480_000 }, { actualCents: 95_000 }],
    });
    now = new Date('2026-12-01T10:00:00Z');
    const submitted = await api(klusteam, 'POST', `${reportUrl(KLUSTEAM)}/submit`);
    expect(submitted.statusCode).toBe(200);
    expect(submitted.json()).toMatchObject({
      status: 'submitted',
      grantStatus: 'report_submitted',
      reachFrozen: true,
      overdue: false,
      problems: [],
    });
    expect(submitted.json().comparison.costs).toMatchObject({
      budgetCents: 900_000,
      actualCents: 885_000,
      differenceCents: -15_000,
    });

    const again = await api(klusteam, 'POST', `${reportUrl(KLUSTEAM)}/submit`);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({
      code: 'REPORT_ALREADY_SUBMITTED',
      message: 'De verantwoording is al ingediend en kan niet meer worden gewijzigd.',
    });
    expect((await api(klusteam, 'PUT', reportUrl(KLUSTEAM), {})).statusCode).toBe(409);

    // A participant registered afterwards counts in the provision's own report, not in the
    // report that was submitted.
    await registerIn2025(1, '2025-09-01');
    const frozen = (await api(officer, 'GET', reportUrl(KLUSTEAM))).json();
    expect(frozen.reach.participants.active).toBe(6);
    const [provision] = await ctx.app.db
      .select({ id: grants.provisionId })
      .from(grants)
      .where(eq(grants.reference, KLUSTEAM));
    const live = await api(
      klusteam,
      'GET',
      `/api/provisions/${provision!.id}/participant-report?from=2025-01-01&to=2025-12-31`,
    );
    expect(live.json().participants.active).toBe(7);

    const overdue = (await api(officer, 'GET', '/api/grant-reports/overdue')).json();
    expect(overdue.items.map((i: { reference: string }) => i.reference)).toEqual([
      'SB-2025-0001',
      HEER,
    ]);
    const submissions = await ctx.app.db
      .select({ id: auditEvents.id })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'grant_report.submit'));
    // The demo's two and this one.
    expect(submissions).toHaveLength(3);
  });
});

describe('the order of the process', () => {
  beforeAll(async () => {
    // Applicant2 also becomes a board member of Heer and of Het Jekerpad, which have no demo
    // account.
    const others = await ctx.app.db
      .select({ organisationId: grants.organisationId })
      .from(grants)
      .where(inArray(grants.reference, [HEER, JEKERPAD]));
    const [user] = await ctx.app.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'applicant2@demo.example'));
    await ctx.app.db
      .insert(organisationMembers)
      .values(others.map((o) => ({ userId: user!.id, organisationId: o.organisationId })));
    klusteam = await loginAs(ctx.app, 'applicant2@demo.example');
  });

  it('refuses a report before the last day of the period', async () => {
    now = new Date('2025-12-30T10:00:00Z');
    await api(klusteam, 'PUT', reportUrl(HEER), { activities: 'Open', results: 'Bezoekers' });
    const early = await api(klusteam, 'POST', `${reportUrl(HEER)}/submit`);
    now = new Date('2026-12-01T10:00:00Z');
    expect(early.statusCode).toBe(409);
    expect(early.json()).toMatchObject({
      code: 'REPORT_TOO_EARLY',
      message:
        'U kunt de verantwoording indienen vanaf 31 december 2025, de laatste dag van de subsidieperiode: het bereik wordt over de hele periode geteld.',
    });
  });

  it('takes one of two submissions at the same moment', async () => {
    await api(klusteam, 'PUT', reportUrl(JEKERPAD), {
      activities: 'Negen dagdelen per week open.',
      results: 'Achttien vaste deelnemers.',
    });
    const both = await Promise.all([
      api(klusteam, 'POST', `${reportUrl(JEKERPAD)}/submit`),
      api(klusteam, 'POST', `${reportUrl(JEKERPAD)}/submit`),
    ]);
    expect(both.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const grant = (await api(officer, 'GET', `/api/grants/${grantOf(JEKERPAD).id}`)).json();
    expect(
      grant.timeline.filter((e: { kind: string }) => e.kind === 'report_submitted'),
    ).toHaveLength(1);
  });

  it('refuses a report after settlement with a Dutch message, and changes nothing', async () => {
    await ctx.app.db.update(grants).set({ status: 'settled' }).where(eq(grants.reference, HEER));
    const before = await ctx.app.db
      .select({ status: grantReports.status, content: grantReports.content })
      .from(grantReports)
      .innerJoin(grants, eq(grants.id, grantReports.grantId))
      .where(eq(grants.reference, HEER));
    const submit = await api(klusteam, 'POST', `${reportUrl(HEER)}/submit`);
    expect(submit.statusCode).toBe(409);
    expect(submit.json()).toMatchObject({
      code: 'REPORT_CLOSED',
      message:
        'De subsidie is al vastgesteld. Een verantwoording kan daarna niet meer worden ingediend of gewijzigd.',
    });
    const save = await api(klusteam, 'PUT', reportUrl(HEER), { activities: 'Later nog iets' });
    expect(save.statusCode).toBe(409);
    const after = await ctx.app.db
      .select({ status: grantReports.status, content: grantReports.content })
      .from(grantReports)
      .innerJoin(grants, eq(grants.id, grantReports.grantId))
      .where(and(eq(grants.reference, HEER)));
    expect(after).toEqual(before);
    expect(after[0]!.status).toBe('draft');
    const [grant] = await ctx.app.db
      .select({ status: grants.status })
      .from(grants)
      .where(eq(grants.reference, HEER));
    expect(grant!.status).toBe('settled');
  });
});
