import { describe, expect, it } from 'vitest';
import {
  defaultReportPeriod,
  quartersOfPeriod,
  resolveReportPeriod,
  weeksOfPeriod,
  type ReportPeriod,
} from './period.ts';

const PERIOD: ReportPeriod = { from: '2025-12-01', to: '2026-11-30' };

describe('the period of a report', () => {
  it('is by default the twelve months up to and including today', () => {
    expect(defaultReportPeriod('2026-11-30')).toEqual({ from: '2025-12-01', to: '2026-11-30' });
    expect(defaultReportPeriod('2028-02-29')).toEqual({ from: '2027-03-01', to: '2028-02-29' });
  });

  it('fills in what is left out, and refuses an end before the start with a message on the end', () => {
    expect(resolveReportPeriod({}, '2026-11-30')).toEqual({ ok: true, period: PERIOD });
    expect(resolveReportPeriod({ from: '2026-01-01' }, '2026-11-30')).toEqual({
      ok: true,
      period: { from: '2026-01-01', to: '2026-11-30' },
    });
    expect(resolveReportPeriod({ to: '2026-06-30' }, '2026-11-30')).toEqual({
      ok: true,
      period: { from: '2025-07-01', to: '2026-06-30' },
    });
    expect(resolveReportPeriod({ from: '2026-12-01', to: '2026-11-30' }, '2026-11-30')).toEqual({
      ok: false,
      problems: [{ path: 'to', message: 'Kies een einddatum op of na de begindatum.' }],
    });
    expect(resolveReportPeriod({ from: '2020-01-01', to: '2026-11-30' }, '2026-11-30')).toEqual({
      ok: false,
      problems: [{ path: 'from', message: 'Kies een periode van hoogstens 5 jaar.' }],
    });
    expect(resolveReportPeriod({ from: '2026-02-30' }, '2026-11-30')).toMatchObject({
      ok: false,
      problems: [{ path: 'from' }],
    });
  });

  it('has ISO weeks and quarters, also across the turn of a year', () => {
    expect(weeksOfPeriod({ from: '2026-12-30', to: '2027-01-10' })).toEqual([
      '2026-W53',
      '2027-W01',
    ]);
    expect(weeksOfPeriod(PERIOD)).toHaveLength(53);
    expect(quartersOfPeriod(PERIOD)).toEqual([
      '2025-Q4',
      '2026-Q1',
      '2026-Q2',
      '2026-Q3',
      '2026-Q4',
    ]);
  });
});
