/**
 * The tender of one category from submission to issued decisions, through the API:
 * conflicts of interest, independent scoring, general conditions, final scores, simulation,
 * a fixed and a revised ranking, decision letters by a job, and issuing them.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  completeContent,
  newApplicantOrganisation,
  openRound,
  scoreSheet,
  submitApplication,
} from '../../../../test/support/tender-fixtures.ts';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';

let ctx: TestContext;
let now = new Date('2026-12-01T10:00:00Z');
let officer: Session;
let assessor: Session;
let assessor2: Session;
let assessor3: Session;
let admin: Session;
let applicant: Session;
let roundId: string;
const apps: Record<
  'a' | 'b' | 'c' | 'late',
  { id: string; reference: string; organisationId: string }
> = {} as never;

const api = (session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: as(session), ...(payload ? { payload } : {}) });

const ALL_GOOD = { samenwerking: 8, resultaat: 8, inclusie: 7, duurzaamheid: 7 };

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  assessor = await loginAs(ctx.app, 'assessor@demo.example');
  assessor2 = await loginAs(ctx.app, 'assessor2@demo.example');
  admin = await loginAs(ctx.app, 'admin@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  await api(admin, 'POST', '/api/users', {
    email: 'assessor3@gemeente.example',
    name: 'Derde Beoordelaar',
    password: 'een-lang-wachtwoord',
    roles: ['assessor'],
  });
  assessor3 = await loginAs(ctx.app, 'assessor3@gemeente.example', 'een-lang-wachtwoord');
  // The policy officer cites the municipality's own article for the general conditions; the
  // round freezes it and the letters quote it.
  const scheme = (await api(officer, 'GET', '/api/schemes')).json().items[0];
  expect(scheme.definition.legalGrounds.generalConditions).toBe(
    'artikel 5 Subsidieregeling Algemene Voorzieningen 2020',
  );
  const edited = await api(officer, 'PUT', `/api/schemes/${scheme.id}`, {
    name: scheme.name,
    definition: {
      ...scheme.definition,
      legalGrounds: {
        ...scheme.definition.legalGrounds,
        generalConditions: 'artikel 5, eerste lid, Subsidieregeling Algemene Voorzieningen 2027',
      },
    },
  });
  expect(edited.statusCode).toBe(200);
  roundId = await openRound(ctx.app, officer, {
    opensLocal: '2027-01-05T09:00',
    deadlineLocal: '2027-03-01T12:00',
  });
  // The round's ceiling for living rooms is € 200.000; make it tight: € 30.000.
  const round = (await api(officer, 'GET', `/api/rounds/${roundId}`)).json();
  await api(officer, 'PUT', `/api/rounds/${roundId}/ceilings`, {
    ceilings: { ...round.ceilings, living_room: 3_000_000 },
    reason: 'Testplafond voor de huiskamers',
  });

  now = new Date('2027-02-01T10:00:00Z');
  const own = (await api(applicant, 'GET', '/api/provisions')).json().items[0];
  // A: € 16.000 fixed costs for 35 × 5 × 48 = 8.400 day parts → the lowest index: prijs 10.
  const a = await submitApplication(ctx.app, applicant, roundId, own.id, {
    ...completeContent(),
    requestedCents: 1_600_000,
  });
  apps.a = { ...a, organisationId: own.organisationId };
  const b = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Buurtkamer Wyck',
    email: 'b@wyck.example',
    category: 'living_room',
  });
  // B: € 20.000 for the same reach → index 1,25 × A → 10 × 1/1,25 = 8.
  const bApp = await submitApplication(ctx.app, b.session, roundId, b.provisionId, {
    ...completeContent(),
    requestedCents: 2_000_000,
    budgetLines: [{ kind: 'fixed_costs', description: 'Huur en energie', cents: 2_000_000 }],
  });
  apps.b = { ...bApp, organisationId: b.organisationId };
  const c = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Huiskamer Heer',
    email: 'c@heer.example',
    category: 'living_room',
  });
  const cApp = await submitApplication(
    ctx.app,
    c.session,
    roundId,
    c.provisionId,
    completeContent(),
  );
  apps.c = { ...cApp, organisationId: c.organisationId };
  const late = await newApplicantOrganisation(ctx.app, admin, {
    name: 'Stichting Te Laat',
    email: 'd@laat.example',
    category: 'living_room',
  });
  const lateApp = await submitApplication(
    ctx.app,
    late.session,
    roundId,
    late.provisionId,
    completeContent(),
    () => {
      now = new Date('2027-03-01T11:00:00Z');
    },
  );
  expect(lateApp.statusCode).toBe(409);
  apps.late = { ...lateApp, organisationId: late.organisationId };
  now = new Date('2027-03-02T09:00:00Z');
});
afterAll(() => ctx.close());

describe('conflicts of interest', () => {
  it('keep an assessor away from the organisation they declared', async () => {
    const declared = await api(assessor2, 'POST', `/api/rounds/${roundId}/conflicts`, {
      organisationId: apps.b.organisationId,
      reason: 'Ik ben penningmeester van deze stichting.',
    });
    expect(declared.statusCode).toBe(201);
    const seen = (await api(officer, 'GET', `/api/rounds/${roundId}/conflicts`)).json();
    expect(seen.items).toMatchObject([
      {
        assessorName: 'Bram Hendriks',
        organisationName: 'Stichting Buurtkamer Wyck',
        reason: 'Ik ben penningmeester van deze stichting.',
      },
    ]);
    const assign = await api(officer, 'PUT', `/api/applications/${apps.b.id}/assessors`, {
      assessorIds: [assessor.me.id, assessor2.me.id],
    });
    expect(assign.statusCode).toBe(403);
    expect(assign.json().code).toBe('CONFLICT_OF_INTEREST');
  });

  it('need at least two assessors per application', async () => {
    const one = await api(officer, 'PUT', `/api/applications/${apps.a.id}/assessors`, {
      assessorIds: [assessor.me.id],
    });
    expect(one.statusCode).toBe(400);
    expect(one.json().fields[0]).toEqual({
      path: 'assessorIds',
      message: 'Wijs minstens twee beoordelaars toe.',
    });
    for (const [key, ids] of [
      ['a', [assessor.me.id, assessor2.me.id]],
      ['b', [assessor.me.id, assessor3.me.id]],
      ['c', [assessor.me.id, assessor2.me.id]],
    ] as const) {
      expect(
        (
          await api(officer, 'PUT', `/api/applications/${apps[key].id}/assessors`, {
            assessorIds: ids,
          })
        ).statusCode,
      ).toBe(200);
    }
  });

  it('make the application unopenable by URL for the conflicted assessor', async () => {
    const response = await api(assessor2, 'GET', `/api/assessments/${apps.b.id}`);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('CONFLICT_OF_INTEREST');
    const mine = (await api(assessor2, 'GET', '/api/assessments')).json();
    // The demo's own rounds give assessor2 work too; this round's list is the one to check.
    const inThisRound = mine.items.filter(
      (i: { roundName: string }) => i.roundName === 'Testronde 2027',
    );
    expect(inThisRound.map((i: { reference: string }) => i.reference).sort()).toEqual(
      [apps.a.reference, apps.c.reference].sort(),
    );
  });

  it('leave unassigned applications invisible to an assessor', async () => {
    expect((await api(assessor3, 'GET', `/api/assessments/${apps.a.id}`)).statusCode).toBe(404);
    expect((await api(assessor, 'GET', `/api/applications/${apps.a.id}`)).statusCode).toBe(403);
  });
});

describe('independent scoring', () => {
  it('shows the computed price score with its calculation', async () => {
    const view = (await api(assessor, 'GET', `/api/assessments/${apps.b.id}`)).json();
    // Amounts are written with a no-break space after the euro sign, as Dutch typesetting wants.
    expect(JSON.parse(JSON.stringify(view.automatic).replaceAll('\u00a0', ' '))).toEqual([
      {
        criterion: 'prijs',
        score: 8,
        calculation:
          'Kosten voor de prijs € 20.000,00 ÷ bereik 8.400 (35 deelnemers × 5 dagdelen per week × 48 weken) = 238,0952 cent per deelnemer per dagdeel. De laagste in deze categorie is 190,4762 cent; 10 × laagste ÷ eigen, afgerond = 8.',
      },
    ]);
    expect(view.others).toBeNull();
  });

  it('refuses a score of 11, of 5.5, and a blank motivation', async () => {
    const eleven = await api(assessor, 'POST', `/api/assessments/${apps.a.id}/submit`, {
      scores: scoreSheet({ ...ALL_GOOD, samenwerking: 11 }),
    });
    expect(eleven.statusCode).toBe(400);
    expect(eleven.json().fields).toEqual([
      { path: 'scores.samenwerking.score', message: 'Een score is hoogstens 10.' },
    ]);
    const half = await api(assessor, 'POST', `/api/assessments/${apps.a.id}/submit`, {
      scores: scoreSheet({ ...ALL_GOOD, resultaat: 5.5 }),
    });
    expect(half.json().fields).toEqual([
      {
        path: 'scores.resultaat.score',
        message: 'Een score is een heel getal van 0 tot en met 10.',
      },
    ]);
    const blank = await api(assessor, 'POST', `/api/assessments/${apps.a.id}/submit`, {
      scores: scoreSheet(ALL_GOOD, ' '),
    });
    expect(blank.statusCode).toBe(400);
    expect(blank.json().fields).toHaveLength(4);
  });

  it("hides the other assessor's scores until one's own are submitted", async () => {
    await api(assessor2, 'POST', `/api/assessments/${apps.a.id}/submit`, {
      scores: scoreSheet({ ...ALL_GOOD, inclusie: 9 }),
    });
    const before = (await api(assessor, 'GET', `/api/assessments/${apps.a.id}`)).json();
    expect(before.others).toBeNull();
    const early = await api(officer, 'PUT', `/api/applications/${apps.a.id}/final-scores`, {
      scores: scoreSheet(ALL_GOOD),
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('RANKING_NOT_READY');

    const submitted = (
      await api(assessor, 'POST', `/api/assessments/${apps.a.id}/submit`, {
        scores: scoreSheet({ ...ALL_GOOD, inclusie: 6 }),
      })
    ).json();
    expect(submitted.others).toHaveLength(1);
    expect(submitted.others[0].scores.inclusie.score).toBe(9);
    const again = await api(assessor, 'PUT', `/api/assessments/${apps.a.id}`, {
      scores: scoreSheet(ALL_GOOD),
    });
    expect(again.json().code).toBe('ASSESSMENT_SUBMITTED');
  });
});

describe('the chair', () => {
  const allMet = [
    { code: 'not_professional', met: true },
    { code: 'board', met: true },
    { code: 'vog', met: true },
    { code: 'administration', met: true },
    { code: 'open_to_everyone', met: true },
  ];

  it('sees scores side by side, the proposal and a divergence of 3 points', async () => {
    await api(officer, 'PUT', `/api/applications/${apps.a.id}/conditions`, { checks: allMet });
    const overview = (await api(officer, 'GET', `/api/applications/${apps.a.id}/scores`)).json();
    const inclusie = overview.criteria.find(
      (c: { criterion: string }) => c.criterion === 'inclusie',
    );
    expect(inclusie.assessors.map((a: { score: number }) => a.score).sort()).toEqual([6, 9]);
    expect(inclusie.proposal).toBe(8);
    expect(inclusie.divergent).toBe(true);
    expect(overview.allSubmitted).toBe(true);
  });

  it('cannot fix scores while an assessor has not submitted', async () => {
    await api(officer, 'PUT', `/api/applications/${apps.b.id}/conditions`, { checks: allMet });
    await api(assessor, 'POST', `/api/assessments/${apps.b.id}/submit`, {
      scores: scoreSheet(ALL_GOOD),
    });
    const response = await api(officer, 'PUT', `/api/applications/${apps.b.id}/final-scores`, {
      scores: scoreSheet(ALL_GOOD),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('ASSESSMENTS_INCOMPLETE');
    await api(assessor3, 'POST', `/api/assessments/${apps.b.id}/submit`, {
      scores: scoreSheet(ALL_GOOD),
    });
  });

  it('ends the assessment of an application that fails a general condition, with a reason', async () => {
    const noReason = await api(officer, 'PUT', `/api/applications/${apps.c.id}/conditions`, {
      checks: [{ code: 'vog', met: false }],
    });
    expect(noReason.statusCode).toBe(400);
    await api(officer, 'PUT', `/api/applications/${apps.c.id}/conditions`, {
      checks: [
        ...allMet.filter((c) => c.code !== 'vog'),
        { code: 'vog', met: false, reason: 'Er is geen VOG voor de vrijwilligers.' },
      ],
    });
    const response = await api(officer, 'PUT', `/api/applications/${apps.c.id}/final-scores`, {
      scores: scoreSheet(ALL_GOOD),
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('CONDITIONS_NOT_MET');
  });

  it('fixes final scores with a motivation', async () => {
    const a = await api(officer, 'PUT', `/api/applications/${apps.a.id}/final-scores`, {
      scores: scoreSheet(
        { ...ALL_GOOD, inclusie: 8 },
        'Vastgesteld in het overleg van de beoordelaars.',
      ),
    });
    expect(a.statusCode).toBe(200);
    expect(
      a.json().criteria.find((c: { criterion: string }) => c.criterion === 'inclusie').final,
    ).toEqual({
      score: 8,
      motivation: 'Vastgesteld in het overleg van de beoordelaars.',
    });
    expect(
      (
        await api(officer, 'PUT', `/api/applications/${apps.b.id}/final-scores`, {
          scores: scoreSheet(ALL_GOOD),
        })
      ).statusCode,
    ).toBe(200);
  });
});

describe('ranking and decisions', () => {
  it('refuses letters before the ranking is fixed', async () => {
    const response = await api(officer, 'POST', `/api/rounds/${roundId}/decisions/generate`);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe('RANKING_NOT_FIXED');
  });

  it('simulates another ceiling without storing anything', async () => {
    const simulation = (
      await api(officer, 'POST', `/api/rounds/${roundId}/categories/living_room/simulation`, {
        ceilingCents: 10_000_000,
      })
    ).json();
    expect(simulation.allocatedCents).toBe(3_600_000);
    expect(simulation.applications.map((a: { outcome: string }) => a.outcome)).toEqual([
      'granted',
      'granted',
      'rejected_general_conditions',
      'late',
    ]);
    const rankings = (
      await api(officer, 'GET', `/api/rounds/${roundId}/categories/living_room/rankings`)
    ).json();
    expect(rankings.items).toEqual([]);
  });

  it('fixes the ranking under the ceiling, and a revision needs a reason', async () => {
    const fixed = await api(
      officer,
      'POST',
      `/api/rounds/${roundId}/categories/living_room/rankings`,
      {},
    );
    expect(fixed.statusCode).toBe(201);
    const output = fixed.json().output;
    // A: 8+8+10+8+7 = 41, B: 8+8+8+7+7 = 38; ceiling € 30.000: A € 16.000, B gets the remaining € 14.000.
    expect(
      output.applications.map(
        (a: { reference: string; outcome: string; grantedCents: number; total: number | null }) => [
          a.reference,
          a.outcome,
          a.grantedCents,
          a.total,
        ],
      ),
    ).toEqual([
      [apps.a.reference, 'granted', 1_600_000, 41],
      [apps.b.reference, 'partially_granted', 1_400_000, 38],
      [apps.c.reference, 'rejected_general_conditions', 0, null],
      [apps.late.reference, 'late', 0, null],
    ]);
    expect(fixed.json().version).toBe(1);

    const twice = await api(
      officer,
      'POST',
      `/api/rounds/${roundId}/categories/living_room/rankings`,
      {},
    );
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('RANKING_FIXED');
    const revised = await api(
      officer,
      'POST',
      `/api/rounds/${roundId}/categories/living_room/rankings`,
      {
        reason: 'Herziening na correctie van een eindscore',
      },
    );
    expect(revised.json()).toMatchObject({
      version: 2,
      reason: 'Herziening na correctie van een eindscore',
    });
    const versions = (
      await api(officer, 'GET', `/api/rounds/${roundId}/categories/living_room/rankings`)
    ).json();
    expect(versions.items.map((r: { version: number }) => r.version)).toEqual([2, 1]);
  });

  it('exports the ranked list (XLSX and a PDF annex) and every assessor score (XLSX)', async () => {
    const xlsx = await api(officer, 'GET', `/api/rounds/${roundId}/rankings/export?format=xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Huiskamer')!;
    expect(sheet.getRow(2).values).toEqual([
      undefined,
      1,
      apps.a.reference,
      8,
      8,
      10,
      8,
      7,
      41,
      16000,
      16000,
      'Subsidie verleend',
    ]);
    expect(sheet.getRow(3).getCell(11).value).toBe('Subsidie gedeeltelijk verleend');
    const pdf = await api(officer, 'GET', `/api/rounds/${roundId}/rankings/export?format=pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const scores = await api(officer, 'GET', `/api/rounds/${roundId}/scores/export`);
    const scoreBook = new ExcelJS.Workbook();
    await scoreBook.xlsx.load(scores.rawPayload as unknown as ArrayBuffer);
    // A and B were each scored by two assessors; C's assessors never submitted.
    expect(scoreBook.getWorksheet('Scores per beoordelaar')!.rowCount).toBe(5);
  });

  it('generates one letter per application in a job, and issues them with the sending date', async () => {
    const started = await api(officer, 'POST', `/api/rounds/${roundId}/decisions/generate`);
    expect(started.statusCode).toBe(202);
    await ctx.app.jobs.kick();
    const job = (await api(officer, 'GET', `/api/jobs/${started.json().jobId}`)).json();
    expect(job).toMatchObject({ status: 'done', done: 4, total: 4 });
    // Running the job again makes no second letter.
    const again = await api(officer, 'POST', `/api/rounds/${roundId}/decisions/generate`);
    await ctx.app.jobs.kick();
    expect((await api(officer, 'GET', `/api/jobs/${again.json().jobId}`)).json()).toMatchObject({
      status: 'done',
      done: 4,
      total: 4,
    });
    const letters = (await api(officer, 'GET', `/api/rounds/${roundId}/decisions`)).json().items;
    expect(letters).toHaveLength(4);
    expect(letters.map((l: { reference: string }) => l.reference).sort()).toEqual([
      'BS-2027-0001',
      'BS-2027-0002',
      'BS-2027-0003',
      'BS-2027-0004',
    ]);

    // Not visible to the applicant before it is issued.
    expect(
      (await api(applicant, 'GET', `/api/applications/${apps.a.id}/decision`)).statusCode,
    ).toBe(404);
    // Sent on 24 March 2027: six weeks end on 5 May (Liberation Day), and 6 May is Ascension
    // Day, so the Algemene termijnenwet moves the last day to Friday 7 May 2027.
    now = new Date('2027-03-24T08:00:00Z');
    const issued = await api(officer, 'POST', `/api/rounds/${roundId}/decisions/issue`);
    expect(issued.json()).toEqual({
      issued: 4,
      sentDay: '2027-03-24',
      objectionDeadline: '2027-05-07',
    });

    const decision = (
      await api(applicant, 'GET', `/api/applications/${apps.a.id}/decision`)
    ).json();
    expect(decision).toMatchObject({
      outcome: 'granted',
      grantedCents: 1_600_000,
      sentDay: '2027-03-24',
      objectionDeadline: '2027-05-07',
    });
    expect(decision.html.replaceAll('\u00a0', ' ')).toContain(
      'Wij verlenen u voor Huiskamer De Lindeboom een subsidie van € 16.000,00',
    );
    expect(decision.html).toContain(
      'binnen 6 weken na de dag waarop dit besluit is verzonden bezwaar maken',
    );
    const pdf = await api(applicant, 'GET', `/api/applications/${apps.a.id}/decision.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const outbox = (await api(admin, 'GET', '/api/outbox?to=applicant@demo.example')).json();
    expect(outbox.items[0].subject).toBe(
      `Beschikking ${decision.reference} op uw aanvraag in Testronde 2027`,
    );
    expect(outbox.items[0].text).toContain(
      'Bent u het er niet mee eens, dan kunt u tot en met 7 mei 2027 bezwaar maken; hoe staat in de beschikking.\nZes weken na verzending is 5 mei 2027. Omdat 5 mei 2027 Bevrijdingsdag (5 mei) en 6 mei 2027 Hemelvaartsdag zijn, loopt de termijn door tot en met 7 mei 2027 (Algemene termijnenwet).',
    );
    expect(decision.html).toContain(
      'dan loopt de termijn door tot en met de eerstvolgende dag die dat niet is (Algemene termijnenwet)',
    );

    const other = await loginAs(ctx.app, 'b@wyck.example', 'een-lang-wachtwoord');
    expect((await api(other, 'GET', `/api/applications/${apps.a.id}/decision`)).statusCode).toBe(
      404,
    );
    const partial = (await api(other, 'GET', `/api/applications/${apps.b.id}/decision`)).json();
    expect(partial.html).toContain('U krijgt daarom het restant van het plafond');
  });

  it('give the reasons of each decision with the rule it rests on (Awb 3:46)', async () => {
    const letter = async (id: string) =>
      (await api(officer, 'GET', `/api/applications/${id}/decision`))
        .json()
        .html.replaceAll('\u00a0', ' ')
        .replaceAll('&#39;', "'")
        .replaceAll('&quot;', '"') as string;
    const granted = await letter(apps.a.id);
    expect(granted).toContain(
      'Uw aanvraag haalt op elk criterium minstens 6 punten (artikel 7, tweede lid, Subsidieregeling Algemene Voorzieningen 2020). Uw aanvraag staat op plaats 1 van de 2 gerangschikte aanvragen, met 41 punten.',
    );
    const partial = await letter(apps.b.id);
    expect(partial).toContain(
      'Subsidie wordt geweigerd voor zover door verstrekking van de subsidie het subsidieplafond zou worden overschreden (artikel 4:25, tweede lid, Algemene wet bestuursrecht).',
    );
    // B's price score of 8, in numbers (A has the lowest index).
    expect(partial).toContain(
      'Prijs: 8 punten. De prijsscore is berekend volgens artikel 8 Subsidieregeling Algemene Voorzieningen 2020. Kosten voor de prijs € 20.000,00 ÷ bereik per jaar 8.400 (35 deelnemers × 5 dagdelen per week × 48 weken) = eigen index 238,0952 cent per deelnemer per dagdeel. De laagste index in deze categorie is 190,4762 cent. Score = round_half_up(10 × laagste ÷ eigen) = round_half_up(10 × 190,4762 ÷ 238,0952) = round_half_up(8,0000) = 8',
    );
    const conditions = await letter(apps.c.id);
    expect(conditions).toContain(
      'omdat uw organisatie niet voldoet aan de algemene voorwaarden (artikel 5, eerste lid, Subsidieregeling Algemene Voorzieningen 2027).',
    );
    expect(conditions).toContain('Er is geen VOG voor de vrijwilligers.');
    const late = await letter(apps.late.id);
    expect(late).toContain(
      'Een aanvraag moet vóór de deadline zijn ingediend (artikel 4, tweede lid, Subsidieregeling Algemene Voorzieningen 2020).',
    );
  });
});
