import { describe, expect, it } from 'vitest';
import {
  fixedPeriodLabel,
  lastEndedQuarter,
  nestedFixedPeriods,
  parseFixedPeriod,
  resolveFixedPeriod,
} from './fixed-periods.ts';
import {
  complementHidden,
  municipalityReport,
  type ReportProvision,
} from './report/municipality-report.ts';
import type { ReportPeriod } from './report/period.ts';
import { emptyFigures } from './report/provision-figures.ts';

describe('the fixed periods of the municipality’s report', () => {
  it('are a month, a quarter or a year, with Dutch labels', () => {
    expect(parseFixedPeriod('2026-02')).toEqual({
      kind: 'month',
      key: '2026-02',
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(parseFixedPeriod('2028-02')!.to).toBe('2028-02-29');
    expect(parseFixedPeriod('2026-Q4')).toMatchObject({ from: '2026-10-01', to: '2026-12-31' });
    expect(parseFixedPeriod('2026')).toMatchObject({ from: '2026-01-01', to: '2026-12-31' });
    for (const wrong of ['2026-13', '2026-Q5', '26', '2026-01-01', '']) {
      expect(parseFixedPeriod(wrong)).toBeNull();
    }
    expect(
      ['2026-03', '2026-Q1', '2026'].map((k) => fixedPeriodLabel(parseFixedPeriod(k)!)),
    ).toEqual(['maart 2026', '1e kwartaal 2026', '2026']);
  });

  it('nest: a year holds 4 quarters and 12 months; a month lies in its quarter and year', () => {
    const year = nestedFixedPeriods(parseFixedPeriod('2026')!);
    expect(year.inside.map((p) => p.key)).toHaveLength(16);
    expect(year.around).toEqual([]);
    const quarter = nestedFixedPeriods(parseFixedPeriod('2026-Q2')!);
    expect(quarter.inside.map((p) => p.key)).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(quarter.around.map((p) => p.key)).toEqual(['2026']);
    const month = nestedFixedPeriods(parseFixedPeriod('2026-11')!);
    expect(month).toMatchObject({ inside: [], around: [{ key: '2026-Q4' }, { key: '2026' }] });
  });

  it('refuse any from/to, and a period that has not ended', () => {
    const today = '2026-07-15';
    expect(lastEndedQuarter(today).key).toBe('2026-Q2');
    expect(lastEndedQuarter('2026-02-01').key).toBe('2025-Q4');
    expect(resolveFixedPeriod({}, today)).toMatchObject({ ok: true, period: { key: '2026-Q2' } });
    expect(resolveFixedPeriod({ from: '2026-01-01', to: '2026-01-31' }, today)).toMatchObject({
      ok: false,
      problems: [{ path: 'from' }],
    });
    expect(resolveFixedPeriod({ period: '2026-06' }, today)).toMatchObject({ ok: true });
    for (const running of ['2026-07', '2026-Q3', '2026']) {
      expect(resolveFixedPeriod({ period: running }, today)).toMatchObject({
        ok: false,
        problems: [{ path: 'period' }],
      });
    }
  });
});

function provisionWithAnswers(period: ReportPeriod, answers: number[]): ReportProvision {
  const figures = emptyFigures(period);
  figures.satisfaction = {
    answers: answers.length,
    people: answers.length,
    sum: answers.reduce((a, b) => a + b, 0),
    distribution: figures.satisfaction.distribution.map(
      (_, score) => answers.filter((a) => a === score).length,
    ),
  };
  return {
    id: '00000000-0000-4000-8000-000000000001',
    name: 'Huiskamer',
    category: 'living_room',
    organisationName: 'Stichting',
    figures,
  };
}

describe('differencing nested periods', () => {
  // January: five answers 6, 6, 6, 7, 7 (mean 6.4); February: one answer 7; March: none.
  const january = { from: '2026-01-01', to: '2026-01-31' };
  const february = { from: '2026-02-01', to: '2026-02-28' };
  const march = { from: '2026-03-01', to: '2026-03-31' };
  const quarter = { from: '2026-01-01', to: '2026-03-31' };
  const year = { from: '2026-01-01', to: '2026-12-31' };
  const JANUARY = [6, 6, 6, 7, 7];

  it('would give the sixth answer away without the check: 6 × 6.5 − 5 × 6.4 = 7', () => {
    const alone = (p: ReportPeriod, answers: number[]) =>
      municipalityReport(p, [provisionWithAnswers(p, answers)], null).totals.satisfaction;
    expect(alone(january, JANUARY)).toMatchObject({ answers: 5, mean: 6.4 });
    expect(alone(quarter, [...JANUARY, 7])).toMatchObject({ answers: 6, mean: 6.5 });
    expect(6 * 6.5 - 5 * 6.4).toBeCloseTo(7);
  });

  it('hides the mean and the count of both, once the nested periods are taken into account', () => {
    const nested = (p: ReportPeriod, answers: number[]) => ({
      period: p,
      provisions: [provisionWithAnswers(p, answers)],
    });
    const januaryReport = municipalityReport(
      january,
      [provisionWithAnswers(january, JANUARY)],
      null,
      { inside: [], around: [nested(quarter, [...JANUARY, 7]), nested(year, [...JANUARY, 7])] },
    );
    const quarterReport = municipalityReport(
      quarter,
      [provisionWithAnswers(quarter, [...JANUARY, 7])],
      null,
      {
        inside: [nested(january, JANUARY), nested(february, [7]), nested(march, [])],
        around: [nested(year, [...JANUARY, 7])],
      },
    );
    for (const report of [januaryReport, quarterReport]) {
      expect(report.totals.satisfaction).toMatchObject({
        answers: null,
        mean: null,
        suppressed: true,
      });
    }
  });

  it('hides a figure that differs from a nested one by 1 to 4, or holds a month of 1 to 4', () => {
    const own = new Map([
      ['a', [10]],
      ['b', [10]],
      ['c', [10]],
      ['d', [10]],
    ]);
    const inside = [
      new Map([
        ['a', [5]],
        ['b', [9]],
        ['c', [0]],
        ['d', [5]],
      ]),
      new Map([
        ['a', [5]],
        ['b', [1]],
        ['c', [10]],
        ['d', [5]],
      ]),
    ];
    const around = [new Map([['d', [12]]])];
    // a: 10 = 5 + 5, nothing small; b: 10 − 9 = 1; c: differs by 0 and 10; d: 12 − 10 = 2.
    expect([...complementHidden(own, inside, around)].sort()).toEqual(['b', 'd']);
  });
});
