/**
 * How much an organisation has to account for a grant, by the amount granted (the three tiers
 * of the VNG model subsidy regulation; docs/rules/grant-lifecycle.md). The limits are the
 * scheme's, with these defaults: up to € 5,000 the grant is settled on request without a
 * report (direct vaststelling, with a check sample); up to € 125,000 an activity report; above
 * it an activity report, a financial report and an auditor's statement.
 */
import { addDays } from '../dates.ts';

export const ACCOUNTABILITY_TIERS = ['direct', 'activity_report', 'full'] as const;
export type AccountabilityTier = (typeof ACCOUNTABILITY_TIERS)[number];

export interface AccountabilityLimits {
  /** Up to and including this amount: direct settlement. */
  directUpToCents: number;
  /** Up to and including this amount (above the direct limit): an activity report. */
  activityReportUpToCents: number;
}

export const DEFAULT_ACCOUNTABILITY_LIMITS: AccountabilityLimits = {
  directUpToCents: 500_000,
  activityReportUpToCents: 12_500_000,
};

/** Why a pair of limits cannot be used, or null when it can. */
export function accountabilityLimitsProblem(limits: AccountabilityLimits): string | null {
  const { directUpToCents, activityReportUpToCents } = limits;
  if (!Number.isSafeInteger(directUpToCents) || directUpToCents < 0)
    return 'directUpToCents must be a whole number of cents, 0 or more';
  if (!Number.isSafeInteger(activityReportUpToCents))
    return 'activityReportUpToCents must be a whole number of cents';
  if (activityReportUpToCents <= directUpToCents)
    return 'activityReportUpToCents must be above directUpToCents';
  return null;
}

export function accountabilityTier(
  grantedCents: number,
  limits: AccountabilityLimits = DEFAULT_ACCOUNTABILITY_LIMITS,
): AccountabilityTier {
  if (grantedCents <= limits.directUpToCents) return 'direct';
  if (grantedCents <= limits.activityReportUpToCents) return 'activity_report';
  return 'full';
}

export type AccountabilityDocument = 'activity_report' | 'financial_report' | 'auditor_statement';

/** What the organisation hands in for each tier; the direct tier hands in nothing. */
export const DOCUMENTS_PER_TIER: Record<AccountabilityTier, readonly AccountabilityDocument[]> = {
  direct: [],
  activity_report: ['activity_report'],
  full: ['activity_report', 'financial_report', 'auditor_statement'],
};

/** The tier as the granting letter and the grant page say it. */
export const TIER_IN_DUTCH: Record<AccountabilityTier, string> = {
  direct:
    'Directe vaststelling: u hoeft geen verantwoording in te dienen; de gemeente kan steekproefsgewijs controleren of de activiteiten zijn uitgevoerd.',
  activity_report:
    'Verantwoording met een activiteitenverslag: welke activiteiten zijn uitgevoerd en wat zij hebben opgeleverd.',
  full: 'Verantwoording met een activiteitenverslag, een financieel verslag en een controleverklaring van een accountant.',
};

/** Weeks after the end of the grant's period within which the report is due (default). */
export const REPORT_DUE_WEEKS = 13;

/** The last day to hand in the accountability report of a grant whose period ends on `periodEnd`. */
export function reportDueDay(periodEnd: string, weeksAfter = REPORT_DUE_WEEKS): string {
  return addDays(periodEnd, weeksAfter * 7);
}

/** The days the organisation is reminded: six weeks and one week before the report is due. */
export function reportReminderDays(dueDay: string): {
  sixWeeksBefore: string;
  oneWeekBefore: string;
} {
  return { sixWeeksBefore: addDays(dueDay, -42), oneWeekBefore: addDays(dueDay, -7) };
}
