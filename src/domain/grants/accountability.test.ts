import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ACCOUNTABILITY_LIMITS,
  DOCUMENTS_PER_TIER,
  accountabilityLimitsProblem,
  accountabilityTier,
  reportDueDay,
  reportReminderDays,
} from './accountability.ts';

describe('the accountability tier of a grant', () => {
  it('settles € 5,000.00 directly and asks an activity report from € 5,000.01', () => {
    expect(accountabilityTier(500_000)).toBe('direct');
    expect(accountabilityTier(500_001)).toBe('activity_report');
  });

  it('asks an activity report up to € 125,000.00 and the full set from € 125,000.01', () => {
    expect(accountabilityTier(12_500_000)).toBe('activity_report');
    expect(accountabilityTier(12_500_001)).toBe('full');
    expect(DOCUMENTS_PER_TIER.full).toEqual([
      'activity_report',
      'financial_report',
      'auditor_statement',
    ]);
    expect(DOCUMENTS_PER_TIER.direct).toEqual([]);
  });

  it("follows a scheme's own limits", () => {
    const limits = { directUpToCents: 250_000, activityReportUpToCents: 5_000_000 };
    expect(accountabilityTier(250_000, limits)).toBe('direct');
    expect(accountabilityTier(250_001, limits)).toBe('activity_report');
    expect(accountabilityTier(5_000_001, limits)).toBe('full');
  });

  it('refuses limits that overlap or are not whole cents', () => {
    expect(accountabilityLimitsProblem(DEFAULT_ACCOUNTABILITY_LIMITS)).toBeNull();
    expect(
      accountabilityLimitsProblem({ directUpToCents: 500_000, activityReportUpToCents: 500_000 }),
    ).toBe('activityReportUpToCents must be above directUpToCents');
    expect(
      accountabilityLimitsProblem({ directUpToCents: 0.5, activityReportUpToCents: 500_000 }),
    ).toBe('directUpToCents must be a whole number of cents, 0 or more');
  });
});

describe('the report due day and its reminders', () => {
  it('is due 13 weeks after the period, reminded 6 weeks and 1 week before', () => {
    // A grant for 2026: the report is due on Thursday 1 April 2027.
    expect(reportDueDay('2026-12-31')).toBe('2027-04-01');
    expect(reportReminderDays('2027-04-01')).toEqual({
      sixWeeksBefore: '2027-02-18',
      oneWeekBefore: '2027-03-25',
    });
  });
});
