/**
 * Small numbers cannot be worked out by differencing. Two municipality reports over
 * overlapping periods used to give away one answer: January with 5 satisfaction answers and
 * mean 6.4, January and February with 6 answers and mean 6.5, so the sixth answer was 7
 * (6 × 6.5 − 5 × 6.4). Now the municipality gets only fixed periods that have ended, and a
 * figure that differs by 1 to 4 from a nested month, quarter or year is hidden.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  createTestApp,
  loginAs,
  type Session,
  type TestContext,
} from '../../../../test/support/test-app.ts';
import { measurements, participants, provisions } from '../../platform/db/schema.ts';
import type { MunicipalityReport } from './participant-reports.schemas.ts';

let ctx: TestContext;
let officer: Session;

beforeAll(async () => {
  // Today is 15 July 2026: the first two quarters have ended, the third has not.
  ctx = await createTestApp({}, () => new Date('2026-07-15T10:00:00Z'));
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  const db = ctx.handle.db;
  const [lindeboom] = await db
    .select({ id: provisions.id })
    .from(provisions)
    .where(eq(provisions.name, 'Huiskamer De Lindeboom'));
  // Satisfaction given by participants themselves: five in January (6, 6, 6, 7, 7: mean 6.4),
  // one in February (7), and ten in April (all 8).
  const answers: [string, number][] = [
    ['2026-01-12', 6],
    ['2026-01-13', 6],
    ['2026-01-14', 6],
    ['2026-01-15', 7],
    ['2026-01-16', 7],
    ['2026-02-10', 7],
    ...Array.from({ length: 10 }, (_, i): [string, number] => [`2026-04-${String(i + 10)}`, 8]),
  ];
  for (const [day, satisfaction] of answers) {
    const [participant] = await db
      .insert(participants)
      .values({ provisionId: lindeboom!.id, startDate: '2026-01-05', clientRoute: 'self' })
      .returning({ id: participants.id });
    await db.insert(measurements).values({
      participantId: participant!.id,
      provisionId: lindeboom!.id,
      respondent: 'participant',
      measuredOn: day,
      bodilyFunctions: 6,
      mentalWellbeing: 6,
      meaning: 6,
      qualityOfLife: 6,
      participation: 6,
      dailyFunctioning: 6,
      satisfaction,
    });
  }
});
afterAll(() => ctx.close());

const report = (query: string) =>
  ctx.app.inject({
    method: 'GET',
    url: `/api/participant-report${query}`,
    headers: as(officer),
  });

describe('differencing two municipality reports', () => {
  it('is refused with dates of its own choosing: only a month, quarter or year', async () => {
    for (const query of [
      '?from=2026-01-01&to=2026-01-31',
      '?from=2026-01-01&to=2026-02-28',
      '?to=2026-02-28',
    ]) {
      const response = await report(query);
      expect(response.statusCode, query).toBe(400);
      expect(response.json().fields, query).toEqual([
        {
          path: query.startsWith('?from') ? 'from' : 'to',
          message:
            'De rapportage voor de gemeente gaat alleen over een vaste periode: een maand, een kwartaal of een jaar. Kies zo’n periode.',
        },
      ]);
    }
    const xlsx = await ctx.app.inject({
      method: 'GET',
      url: '/api/participant-report.xlsx?from=2026-01-01&to=2026-01-31',
      headers: as(officer),
    });
    expect(xlsx.statusCode).toBe(400);
  });

  it('gives nothing away with nested fixed periods: January and the first quarter both hide the mean', async () => {
    const january = (await report('?period=2026-01')).json<MunicipalityReport>();
    expect(january.period).toEqual({
      from: '2026-01-01',
      to: '2026-01-31',
      kind: 'month',
      key: '2026-01',
      label: 'januari 2026',
    });
    const quarter = (await report('?period=2026-Q1')).json<MunicipalityReport>();
    expect(quarter.period.label).toBe('1e kwartaal 2026');
    // January alone would show 5 answers with mean 6.4; with the quarter (6 answers) next to
    // it, both would give away the February answer. Neither mean nor count is shown.
    for (const shown of [january, quarter]) {
      expect(shown.totals.satisfaction).toMatchObject({
        answers: null,
        mean: null,
        suppressed: true,
      });
      const lindeboom = shown.byProvision.find((p) => p.name === 'Huiskamer De Lindeboom')!;
      expect(lindeboom).toMatchObject({
        satisfactionAnswers: null,
        satisfactionMean: null,
        satisfactionSuppressed: true,
      });
    }
    // February alone: one answer, "<5" and no mean.
    const february = (await report('?period=2026-02')).json<MunicipalityReport>();
    expect(february.totals.satisfaction).toMatchObject({ answers: '<5', mean: null });
  });

  it('still shows a quarter whose nested periods differ from it by 0 or by 5 and more', async () => {
    const second = (await report('?period=2026-Q2')).json<MunicipalityReport>();
    // Ten answers in April, none in May or June; the year so far has 16.
    expect(second.totals.satisfaction).toMatchObject({
      answers: 10,
      mean: 8,
      suppressed: false,
    });
    const april = (await report('?period=2026-04')).json<MunicipalityReport>();
    expect(april.totals.satisfaction).toMatchObject({ answers: 10, mean: 8 });
  });

  it('offers only periods that have ended, by default the last quarter that ended', async () => {
    const byDefault = (await report('')).json<MunicipalityReport>();
    expect(byDefault.period.key).toBe('2026-Q2');
    for (const period of ['2026-Q3', '2026-07', '2026']) {
      const response = await report(`?period=${period}`);
      expect(response.statusCode, period).toBe(400);
      expect(response.json().fields).toEqual([
        {
          path: 'period',
          message:
            'Deze periode is nog niet voorbij. Kies een maand, kwartaal of jaar dat al voorbij is.',
        },
      ]);
    }
    const wrong = await report('?period=2026-13');
    expect(wrong.json().fields).toEqual([
      {
        path: 'period',
        message: 'Kies een maand (2026-03), een kwartaal (2026-Q1) of een jaar (2026).',
      },
    ]);
  });
});
