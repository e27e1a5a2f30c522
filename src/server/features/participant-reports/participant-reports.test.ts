import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import { HEALTH_DIMENSIONS } from '../../../domain/participants/positive-health.ts';
import {
  anonymousAttendance,
  attendance,
  measurements,
  participantConsents,
  participantOutflows,
  participants,
  provisions,
} from '../../platform/db/schema.ts';

let ctx: TestContext;
let coordinator: Session;
let applicant: Session;
let applicant2: Session;
let officer: Session;
let lindeboomId: string;
let klusteamId: string;
/** The ids of all participants inserted: no report may name one. */
let participantIds: string[];

/** The sheets of both spreadsheets: one per section. */
const SECTION_SHEETS = [
  'Deelnemers',
  'Aanwezigheid',
  'Positieve gezondheid',
  'Tevredenheid',
  'Uitstroom',
];

/** The period of most requests: the first half of 2026. */
const PERIOD = 'from=2026-01-01&to=2026-06-30';

type Scores = [number, number, number, number, number, number];

beforeAll(async () => {
  // Today is 30 November 2026 (noon in Amsterdam).
  ctx = await createTestApp({}, () => new Date('2026-11-30T11:00:00Z'));
  coordinator = await loginAs(ctx.app, 'coordinator@demo.example');
  applicant = await loginAs(ctx.app, 'applicant@demo.example');
  applicant2 = await loginAs(ctx.app, 'applicant2@demo.example');
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  const db = ctx.handle.db;
  const ids = Object.fromEntries(
    (await db.select({ id: provisions.id, name: provisions.name }).from(provisions)).map((p) => [
      p.name,
      p.id,
    ]),
  );
  lindeboomId = ids['Huiskamer De Lindeboom']!;
  klusteamId = ids['Klusteam Maas en Mergel']!;

  const person = (
    provisionId: string,
    name: string,
    startDate: string,
    clientRoute: string,
    more: Partial<typeof participants.$inferInsert> = {},
  ) => ({ provisionId, displayName: name, startDate, clientRoute, ...more });
  // De Lindeboom: 7 participants in the first half of 2026 (4 came themselves, 3 through
  // the social team; 5 started in the period; 1 has been erased), and 1 who left before.
  const lindeboom = await db
    .insert(participants)
    .values([
      person(lindeboomId, 'Anna Jansen', '2025-06-01', 'self'),
      person(lindeboomId, 'Bert', '2025-09-01', 'self', {
        displayName: null,
        erasedAt: new Date('2026-10-01T10:00:00Z'),
      }),
      person(lindeboomId, 'Carla Smeets', '2026-02-02', 'self'),
      person(lindeboomId, 'D.W.', '2026-02-02', 'self'),
      person(lindeboomId, 'Els Hermans', '2026-02-02', 'social_team'),
      person(lindeboomId, 'Frits Vos', '2026-02-02', 'social_team'),
      person(lindeboomId, 'Gerda Lemmens', '2026-02-02', 'social_team', { endDate: '2026-06-15' }),
      person(lindeboomId, 'Huub Dassen', '2025-01-01', 'other_organisation', {
        referringOrganisation: 'Trajectum',
        endDate: '2025-12-15',
      }),
    ])
    .returning({ id: participants.id });
  const [p1, p2, p3, p4, p5, p6, p7, p8] = lindeboom.map((p) => p.id);
  const klusteam = await db
    .insert(participants)
    .values([
      person(klusteamId, 'Karel', '2026-01-05', 'social_services'),
      person(klusteamId, 'Lies', '2026-01-05', 'social_services'),
      person(klusteamId, 'Mo', '2026-01-05', 'other_organisation', {
        referringOrganisation: 'Radar',
      }),
    ])
    .returning({ id: participants.id });
  const [k1, k2, k3] = klusteam.map((p) => p.id);
  const everyone = [...lindeboom, ...klusteam].map((p) => p.id);
  participantIds = everyone;
  await db.insert(participantConsents).values(
    everyone.map((participantId) => ({
      participantId,
      scope: 'registration',
      givenOn: '2025-01-01',
      method: 'written',
    })),
  );

  const present = (provisionId: string, day: string, dayPart: string, who: string[]) =>
    who.map((participantId) => ({ participantId, provisionId, day, dayPart }));
  await db.insert(attendance).values([
    // Week 10: monday, wednesday, friday; week 11: monday. Mornings 7, afternoons 6.
    ...present(lindeboomId, '2026-03-02', 'morning', [p1!, p3!, p4!]),
    ...present(lindeboomId, '2026-03-02', 'afternoon', [p1!]),
    ...present(lindeboomId, '2026-03-04', 'morning', [p5!, p6!]),
    ...present(lindeboomId, '2026-03-06', 'afternoon', [p1!, p3!, p5!, p6!, p7!]),
    ...present(lindeboomId, '2026-03-09', 'morning', [p1!, p2!]),
    // Before the period: not counted.
    ...present(lindeboomId, '2025-12-29', 'morning', [p1!, p8!]),
    ...present(klusteamId, '2026-03-03', 'morning', [k1!, k2!, k3!]),
    ...present(klusteamId, '2026-03-05', 'afternoon', [k1!]),
  ]);
  await db.insert(anonymousAttendance).values([
    { provisionId: lindeboomId, day: '2026-03-02', dayPart: 'morning', count: 2 },
    { provisionId: lindeboomId, day: '2026-03-06', dayPart: 'afternoon', count: 3 },
    { provisionId: lindeboomId, day: '2026-03-11', dayPart: 'morning', count: 4 },
  ]);

  const measured = (
    participantId: string,
    provisionId: string,
    respondent: 'participant' | 'coordinator',
    measuredOn: string,
    scores: Scores,
    satisfaction: number,
  ) => ({
    participantId,
    provisionId,
    respondent,
    measuredOn,
    bodilyFunctions: scores[0],
    mentalWellbeing: scores[1],
    meaning: scores[2],
    qualityOfLife: scores[3],
    participation: scores[4],
    dailyFunctioning: scores[5],
    satisfaction,
  });
  await db.insert(measurements).values([
    // Two measurements each: P1 and P3. P4 only one (not in the change).
    measured(p1!, lindeboomId, 'participant', '2026-01-10', [5, 5, 5, 5, 5, 5], 7),
    measured(p1!, lindeboomId, 'participant', '2026-05-10', [6, 7, 6, 6, 8, 5], 8),
    measured(p3!, lindeboomId, 'participant', '2026-02-10', [4, 4, 4, 4, 4, 4], 6),
    measured(p3!, lindeboomId, 'participant', '2026-06-01', [6, 5, 5, 6, 6, 5], 9),
    measured(p4!, lindeboomId, 'participant', '2026-03-01', [6, 6, 6, 6, 6, 6], 8),
    // The coordinator's view of P5: +2 on every dimension. Its satisfaction is not the
    // participant's own and does not count.
    measured(p5!, lindeboomId, 'coordinator', '2026-02-01', [5, 5, 5, 5, 5, 5], 10),
    measured(p5!, lindeboomId, 'coordinator', '2026-05-01', [7, 7, 7, 7, 7, 7], 10),
    ...[k1!, k2!, k3!].flatMap((k) => [
      measured(k, klusteamId, 'participant', '2026-01-10', [5, 5, 5, 5, 5, 5], 8),
      measured(k, klusteamId, 'participant', '2026-05-10', [6, 6, 6, 6, 6, 6], 8),
    ]),
  ]);
  await db.insert(participantOutflows).values([
    { participantId: p8!, provisionId: lindeboomId, kind: 'stopped', onDate: '2025-12-15' },
    { participantId: p7!, provisionId: lindeboomId, kind: 'paid_work', onDate: '2026-06-15' },
    { participantId: p6!, provisionId: lindeboomId, kind: 'volunteer_work', onDate: '2026-05-01' },
  ]);
});
afterAll(() => ctx.close());

const get = (session: Session, url: string) =>
  ctx.app.inject({ method: 'GET', url, headers: as(session) });

describe("a provision's own report", () => {
  it('shows its numbers as they are: participants, attendance, positive health, satisfaction, outflow', async () => {
    const response = await get(
      coordinator,
      `/api/provisions/${lindeboomId}/participant-report?${PERIOD}`,
    );
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.provision).toMatchObject({
      name: 'Huiskamer De Lindeboom',
      organisationName: 'Stichting Huiskamer De Lindeboom',
    });
    expect(report.period).toEqual({ from: '2026-01-01', to: '2026-06-30' });
    expect(report.participants).toEqual({
      active: 7,
      new: 5,
      erased: 1,
      byClientRoute: { self: 4, social_team: 3, social_services: 0, other_organisation: 0 },
    });

    const a = report.attendance;
    expect(a.byDayPart).toEqual([
      { dayPart: 'morning', registered: 7, anonymous: 6 },
      { dayPart: 'afternoon', registered: 6, anonymous: 3 },
      { dayPart: 'evening', registered: 0, anonymous: 0 },
    ]);
    expect(a).toMatchObject({
      registered: 13,
      anonymous: 9,
      openedDayParts: 6,
      // (13 + 9) / 6
      averagePerOpenedDayPart: 3.67,
    });
    expect(a.perWeek).toHaveLength(27);
    expect(
      a.perWeek.filter(
        (w: { registered: number; anonymous: number }) => w.registered + w.anonymous > 0,
      ),
    ).toEqual([
      { week: '2026-W10', registered: 11, anonymous: 5 },
      { week: '2026-W11', registered: 2, anonymous: 4 },
    ]);

    const own = report.health.participant;
    expect(own.participants).toBe(2);
    expect(own.suppressed).toBe(false);
    expect(own.dimensions).toEqual([
      { dimension: 'bodily_functions', first: 4.5, latest: 6, change: 1.5 },
      { dimension: 'mental_wellbeing', first: 4.5, latest: 6, change: 1.5 },
      { dimension: 'meaning', first: 4.5, latest: 5.5, change: 1 },
      { dimension: 'quality_of_life', first: 4.5, latest: 6, change: 1.5 },
      { dimension: 'participation', first: 4.5, latest: 7, change: 2.5 },
      { dimension: 'daily_functioning', first: 4.5, latest: 5, change: 0.5 },
    ]);
    expect(own.perQuarter).toEqual([
      {
        quarter: '2026-Q1',
        participants: 3,
        measurements: 3,
        suppressed: false,
        // (5 + 4 + 6) / 3 on every dimension
        averages: Object.fromEntries(HEALTH_DIMENSIONS.map((d) => [d, 5])),
      },
      {
        quarter: '2026-Q2',
        participants: 2,
        measurements: 2,
        suppressed: false,
        averages: {
          bodily_functions: 6,
          mental_wellbeing: 6,
          meaning: 5.5,
          quality_of_life: 6,
          participation: 7,
          daily_functioning: 5,
        },
      },
    ]);
    const theirs = report.health.coordinator;
    expect(theirs.participants).toBe(1);
    expect(theirs.dimensions.map((d: { change: number }) => d.change)).toEqual([2, 2, 2, 2, 2, 2]);

    // 7, 8, 6, 9 and 8, by 3 participants; the coordinator's 10s do not count.
    expect(report.satisfaction).toMatchObject({ answers: 5, people: 3, mean: 7.6 });
    expect(
      report.satisfaction.distribution
        .filter((d: { count: number }) => d.count > 0)
        .map((d: { score: number; count: number }) => [d.score, d.count]),
    ).toEqual([
      [6, 1],
      [7, 1],
      [8, 2],
      [9, 1],
    ]);
    expect(report.outflow).toEqual({
      total: 2,
      byKind: {
        paid_work: 1,
        education: 0,
        volunteer_work: 1,
        other_provision: 0,
        maatwerk: 0,
        stopped: 0,
        moved: 0,
      },
    });
    // No names of participants, and no ids, anywhere.
    for (const name of ['Anna', 'Carla', 'Gerda', 'Huub', 'Trajectum']) {
      expect(response.body).not.toContain(name);
    }
    for (const id of participantIds) expect(response.body).not.toContain(id);
  });

  it('covers the last twelve months up to today when no period is given', async () => {
    const report = (
      await get(applicant, `/api/provisions/${lindeboomId}/participant-report`)
    ).json();
    expect(report.period).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    // Now the monday of week 1 (29 December 2025) counts too.
    expect(report.attendance.registered).toBe(15);
    expect(report.outflow.total).toBe(3);
  });

  it('refuses an end before the start, with a Dutch message on the end', async () => {
    const response = await get(
      coordinator,
      `/api/provisions/${lindeboomId}/participant-report?from=2026-07-01&to=2026-06-30`,
    );
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'VALIDATION_FAILED',
      fields: [{ path: 'to', message: 'Kies een einddatum op of na de begindatum.' }],
    });
    const notADay = await get(
      coordinator,
      `/api/provisions/${lindeboomId}/participant-report?from=2026-02-30`,
    );
    expect(notADay.json().fields).toEqual([
      { path: 'from', message: 'Vul de begindatum in als een bestaande datum (jjjj-mm-dd).' },
    ]);
  });

  it('is for the organisation and the coordinator of that provision only', async () => {
    const url = (id: string) => `/api/provisions/${id}/participant-report?${PERIOD}`;
    expect((await get(officer, url(lindeboomId))).statusCode).toBe(403);
    expect((await get(coordinator, url(klusteamId))).statusCode).toBe(404);
    expect((await get(applicant, url(klusteamId))).statusCode).toBe(404);
    expect(
      (await get(coordinator, `${url(klusteamId).replace('report?', 'report.xlsx?')}`)).statusCode,
    ).toBe(404);
    const theirs = await get(applicant2, url(klusteamId));
    expect(theirs.statusCode).toBe(200);
    // Inside the provision a 3 is a 3.
    expect(theirs.json().participants.active).toBe(3);
  });

  it('downloads as a spreadsheet with the same numbers', async () => {
    const response = await get(
      coordinator,
      `/api/provisions/${lindeboomId}/participant-report.xlsx?${PERIOD}`,
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('spreadsheetml');
    expect(response.headers['content-disposition']).toBe(
      'attachment; filename=deelnemers-huiskamer-de-lindeboom-2026-01-01-2026-06-30.xlsx',
    );
    const workbook = await readWorkbook(response.rawPayload);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(SECTION_SHEETS);
    const people = rowsOf(workbook, 'Deelnemers');
    expect(people[0]).toEqual(['Rapportage deelnemers – Huiskamer De Lindeboom']);
    expect(people[1]).toEqual([
      'Periode van',
      new Date('2026-01-01T00:00:00Z'),
      'tot en met',
      new Date('2026-06-30T00:00:00Z'),
    ]);
    const periodRow = workbook.getWorksheet('Deelnemers')!.getRow(2);
    expect(periodRow.getCell(2).type).toBe(ExcelJS.ValueType.Date);
    expect(periodRow.getCell(2).numFmt).toBe('dd-mm-yyyy');
    expect(valueOf(people, 'Deelnemers in de periode')).toEqual([7]);
    expect(valueOf(people, 'Zelf aangemeld')).toEqual([4]);
    expect(valueOf(people, 'Via het sociaal team')).toEqual([3]);
    const presence = rowsOf(workbook, 'Aanwezigheid');
    expect(valueOf(presence, 'Ochtend')).toEqual([7, 6]);
    expect(valueOf(presence, '2026-W10')).toEqual([11, 5]);
    const health = rowsOf(workbook, 'Positieve gezondheid');
    expect(valueOf(health, 'Lichaamsfuncties')).toEqual([4.5, 6, 1.5]);
    expect(valueOf(rowsOf(workbook, 'Tevredenheid'), 'Gemiddeld cijfer')).toEqual([7.6]);
    expect(valueOf(rowsOf(workbook, 'Uitstroom'), 'Betaald werk')).toEqual([1]);
  });
});

/**
 * The municipality's report is over a fixed period that has ended: here the first quarter of
 * 2026, with its months and the year around it nested (docs/privacy/small-numbers.md).
 */
const QUARTER = 'period=2026-Q1';

describe("the municipality's report", () => {
  it('shows counts of 1 to 4 as "<5", and hides what would give them away', async () => {
    const response = await get(officer, `/api/participant-report?${QUARTER}`);
    expect(response.statusCode).toBe(200);
    const report = response.json();
    expect(report.period).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
      kind: 'quarter',
      key: '2026-Q1',
      label: '1e kwartaal 2026',
    });
    const row = (name: string) => report.byProvision.find((p: { name: string }) => p.name === name);
    expect(row('Huiskamer De Lindeboom')).toMatchObject({
      category: 'living_room',
      organisationName: 'Stichting Huiskamer De Lindeboom',
      // 7 took part in the quarter, but only 2 in January: 7 next to January's figure would
      // give those 2 away, so the 7 is hidden.
      active: null,
      // The 5 new ones all started in February: the months differ from the quarter by 0 or 5.
      new: 5,
      attendances: 13,
      anonymous: 9,
      outflow: 0,
    });
    expect(row('Klusteam Maas en Mergel')).toMatchObject({
      category: 'services',
      active: '<5',
      attendances: '<5',
      anonymous: 0,
    });
    // 17 = 13 + 4 would give Klusteam's 4 away: the total is hidden.
    expect(report.totals.attendance.registered).toBe(null);
    expect(report.totals.participants.active).toBe(null);
    expect(report.totals.participants.byClientRoute).toEqual({
      self: '<5',
      social_team: '<5',
      social_services: '<5',
      other_organisation: '<5',
    });
    expect(
      report.byCategory.map((c: { category: string; active: unknown }) => [c.category, c.active]),
    ).toEqual([
      ['living_room', null],
      ['day_activities', 0],
      ['information_advice', 0],
      ['services', '<5'],
    ]);
  });

  it('does not show a mean of fewer than 5 people', async () => {
    const report = (await get(officer, `/api/participant-report?${QUARTER}`)).json();
    const klusteam = report.byProvision.find(
      (p: { name: string }) => p.name === 'Klusteam Maas en Mergel',
    );
    // Three answers in January: no mean.
    expect(klusteam).toMatchObject({
      satisfactionAnswers: '<5',
      satisfactionMean: null,
      satisfactionSuppressed: true,
    });
    expect(report.totals.satisfaction).toMatchObject({ mean: null, suppressed: true });
    // Nobody had two measurements by the end of March: no change to show.
    expect(report.totals.health.participant.participants).toBe(0);
    expect(report.totals.health.coordinator.dimensions[0].change).toBe(null);
    const body = JSON.stringify(report);
    expect(body).not.toMatch(/Anna|Carla|Gerda|Karel|Trajectum|Radar/);
    for (const id of participantIds) expect(body).not.toContain(id);
  });

  it('shows one category as the whole report shows it', async () => {
    const report = (
      await get(officer, `/api/participant-report?${QUARTER}&category=living_room`)
    ).json();
    expect(report.category).toBe('living_room');
    expect(report.totals.participants).toMatchObject({ active: null, new: 5 });
    // The demo's other two living rooms register no participants here.
    expect(report.byProvision.map((p: { name: string }) => p.name)).toEqual([
      'Huiskamer De Lindeboom',
      'Huiskamer Het Trefpunt',
      'Ontmoetingshuis Heer',
    ]);
    expect(report.totals.attendance.byDayPart).toEqual([
      // Lindeboom's 9 anonymous = 6 + 3: the 6 goes, or the 3 could be computed.
      { dayPart: 'morning', registered: 7, anonymous: null },
      { dayPart: 'afternoon', registered: 6, anonymous: '<5' },
      { dayPart: 'evening', registered: 0, anonymous: 0 },
    ]);
    // The whole report shows the living room as this one does.
    const whole = (await get(officer, `/api/participant-report?${QUARTER}`)).json();
    expect(whole.byCategory[0]).toEqual(report.byCategory[0]);
  });

  it('is for the policy officer, and only over a fixed period that has ended', async () => {
    expect((await get(coordinator, `/api/participant-report?${QUARTER}`)).statusCode).toBe(403);
    expect((await get(applicant, `/api/participant-report.xlsx?${QUARTER}`)).statusCode).toBe(403);
    const dates = await get(officer, `/api/participant-report?${PERIOD}`);
    expect(dates.statusCode).toBe(400);
    expect(dates.json().fields).toEqual([
      {
        path: 'from',
        message:
          'De rapportage voor de gemeente gaat alleen over een vaste periode: een maand, een kwartaal of een jaar. Kies zo’n periode.',
      },
    ]);
    // Today is 30 November 2026: the fourth quarter has not ended.
    const running = await get(officer, '/api/participant-report?period=2026-Q4');
    expect(running.json().fields).toEqual([
      {
        path: 'period',
        message:
          'Deze periode is nog niet voorbij. Kies een maand, kwartaal of jaar dat al voorbij is.',
      },
    ]);
    // Without a period: the last quarter that has ended.
    expect((await get(officer, '/api/participant-report')).json().period.key).toBe('2026-Q3');
  });

  it('downloads as a spreadsheet with "<5" as text', async () => {
    const response = await get(officer, `/api/participant-report.xlsx?${QUARTER}`);
    expect(response.statusCode).toBe(200);
    const workbook = await readWorkbook(response.rawPayload);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      ...SECTION_SHEETS,
      'Per categorie',
      'Per voorziening',
      'Toelichting',
    ]);
    const perProvision = rowsOf(workbook, 'Per voorziening');
    expect(perProvision[0]).toEqual(['Rapportage deelnemers – alle voorzieningen']);
    expect(valueOf(perProvision, 'Huiskamer De Lindeboom').slice(0, 4)).toEqual([
      'Huiskamer',
      'Stichting Huiskamer De Lindeboom',
      'x',
      5,
    ]);
    expect(valueOf(perProvision, 'Klusteam Maas en Mergel').slice(2, 3)).toEqual(['<5']);
    expect(valueOf(rowsOf(workbook, 'Deelnemers'), 'Deelnemers in de periode')).toEqual(['x']);
  });
});

async function readWorkbook(payload: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(payload as unknown as ArrayBuffer);
  return workbook;
}

/** Every row of a sheet as a list of cell values (without the empty first slot of exceljs). */
function rowsOf(workbook: ExcelJS.Workbook, name: string): unknown[][] {
  const sheet = workbook.getWorksheet(name)!;
  const rows: unknown[][] = [];
  sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

/** The cells after the first one of the row that starts with `label`. */
function valueOf(rows: unknown[][], label: string): unknown[] {
  const row = rows.find((r) => r[0] === label);
  if (!row) throw new Error(`No row ${label}`);
  return row.slice(1);
}
