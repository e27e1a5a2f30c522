import { describe, expect, it } from 'vitest';
import { recentWholeWeeks, weeksWithoutAttendance } from './attendance-tasks.ts';

describe('weeks of attendance still to fill in', () => {
  it('looks at the four whole weeks before the current one', () => {
    // Thursday 10 December 2026: this week began on Monday 7 December.
    expect(recentWholeWeeks('2026-12-10')).toEqual([
      '2026-11-09',
      '2026-11-16',
      '2026-11-23',
      '2026-11-30',
    ]);
  });

  it('counts a week only when someone took part and nothing was saved', () => {
    const participants = [
      { startDate: '2026-11-18', endDate: null },
      { startDate: '2026-01-01', endDate: '2026-11-10' },
    ];
    // Week of 9 Nov: the second participant until the 10th, nothing saved → to fill in.
    // Week of 16 Nov: the first started on the 18th, attendance saved → done.
    // Weeks of 23 and 30 Nov: the first takes part, nothing saved → to fill in.
    expect(weeksWithoutAttendance('2026-12-10', participants, new Set(['2026-11-16']))).toEqual([
      '2026-11-09',
      '2026-11-23',
      '2026-11-30',
    ]);
  });

  it('asks nothing of a provision without participants in those weeks', () => {
    expect(
      weeksWithoutAttendance('2026-12-10', [{ startDate: '2026-12-07', endDate: null }], new Set()),
    ).toEqual([]);
  });
});
