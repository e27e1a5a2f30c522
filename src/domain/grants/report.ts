/**
 * The accountability report of a grant (verantwoording; docs/rules/grant-lifecycle.md): what
 * the organisation writes (activities, results, actual costs per budget line of its
 * application), what each tier needs before it can be submitted, when it may be submitted,
 * and the comparison of what the application promised with what was realised. The reach is
 * never typed in: it comes from the provision's registration (report-reach.ts).
 */
import { z } from 'zod';
import { MAX_AMOUNT_CENTS, MAX_BUDGET_LINES } from '../applications/application-content.ts';
import { formatDay } from '../dates.ts';
import type { AccountabilityTier } from './accountability.ts';
import type { ProtectedCount } from '../participants/report/protection.ts';

/** Longest activities or results text (characters). */
export const REPORT_TEXT_LIMIT = 20_000;

const reportText = (label: string) =>
  z
    .string({ message: `Vul ${label} in.` })
    .trim()
    .max(REPORT_TEXT_LIMIT, {
      message: `${label[0]!.toUpperCase()}${label.slice(1)} is hoogstens ${REPORT_TEXT_LIMIT.toLocaleString('nl-NL')} tekens.`,
    })
    .default('');

/** The actual costs of one budget line of the application, in whole cents. */
export const actualCentsSchema = z
  .number({ message: 'Vul een bedrag in.' })
  .int({ message: 'Een bedrag heeft hoogstens twee decimalen.' })
  .min(0, { message: 'Een bedrag kan niet negatief zijn.' })
  .max(MAX_AMOUNT_CENTS, { message: 'Dit bedrag is onwaarschijnlijk hoog.' });

/** What the organisation writes; a draft may be incomplete. */
export const reportContentSchema = z.object({
  activities: reportText('de uitgevoerde activiteiten'),
  results: reportText('de resultaten'),
  /** One per budget line of the application, in its order; null while not filled in. */
  costs: z
    .array(z.object({ actualCents: actualCentsSchema.nullable().default(null) }))
    .max(MAX_BUDGET_LINES, {
      message: `Een begroting heeft hoogstens ${MAX_BUDGET_LINES} regels.`,
    })
    .default([]),
});
export type ReportContent = z.output<typeof reportContentSchema>;
export type ReportContentInput = z.input<typeof reportContentSchema>;

export function emptyReportContent(): ReportContent {
  return reportContentSchema.parse({});
}

export const REPORT_ATTACHMENT_KINDS = ['annual_accounts', 'auditor_statement', 'other'] as const;
export type ReportAttachmentKind = (typeof REPORT_ATTACHMENT_KINDS)[number];

export const REPORT_ATTACHMENT_LABELS: Record<ReportAttachmentKind, string> = {
  annual_accounts: 'Jaarrekening',
  auditor_statement: 'Controleverklaring van een accountant',
  other: 'Overige bijlage',
};

/** The attachments a tier needs (the full tier: the annual accounts and the auditor's statement). */
export const REQUIRED_ATTACHMENTS: Record<AccountabilityTier, readonly ReportAttachmentKind[]> = {
  direct: [],
  activity_report: [],
  full: ['annual_accounts', 'auditor_statement'],
};

/** Whether the tier asks for the actual costs of every budget line (the financial report). */
export const COSTS_REQUIRED: Record<AccountabilityTier, boolean> = {
  direct: false,
  activity_report: false,
  full: true,
};

export interface ReportProblem {
  path: string;
  message: string;
}

/**
 * What is still missing before the report can be submitted, field by field, in the order of
 * the form. The direct tier hands in no report: it has nothing to miss.
 */
export function reportProblems(input: {
  tier: AccountabilityTier;
  content: ReportContent;
  budgetLines: number;
  attachmentKinds: readonly string[];
}): ReportProblem[] {
  const { tier, content, budgetLines, attachmentKinds } = input;
  if (tier === 'direct') return [];
  const problems: ReportProblem[] = [];
  if (content.activities.trim() === '') {
    problems.push({
      path: 'activities',
      message: 'Beschrijf welke activiteiten zijn uitgevoerd.',
    });
  }
  if (content.results.trim() === '') {
    problems.push({
      path: 'results',
      message: 'Beschrijf welke resultaten de activiteiten hebben opgeleverd.',
    });
  }
  if (COSTS_REQUIRED[tier]) {
    for (let i = 0; i < budgetLines; i++) {
      if ((content.costs[i]?.actualCents ?? null) === null) {
        problems.push({
          path: `costs.${i}.actualCents`,
          message: `Vul de werkelijke kosten in van begrotingsregel ${i + 1}.`,
        });
      }
    }
  }
  for (const kind of REQUIRED_ATTACHMENTS[tier]) {
    if (!attachmentKinds.includes(kind)) {
      problems.push({
        path: `attachments.${kind}`,
        message: `Voeg de bijlage toe: ${REPORT_ATTACHMENT_LABELS[kind].toLowerCase()}.`,
      });
    }
  }
  return problems;
}

/** Grant statuses after which the report is final: nothing about it changes any more. */
const CLOSED_STATUSES: Record<string, string> = {
  settled:
    'De subsidie is al vastgesteld. Een verantwoording kan daarna niet meer worden ingediend of gewijzigd.',
  closed:
    'De subsidie is al vastgesteld en afgerekend. Een verantwoording kan daarna niet meer worden ingediend of gewijzigd.',
  withdrawn:
    'De subsidie is ingetrokken. Voor een ingetrokken subsidie wordt geen verantwoording ingediend.',
};

export type ReportRefusal =
  'REPORT_NOT_REQUIRED' | 'REPORT_CLOSED' | 'REPORT_ALREADY_SUBMITTED' | 'REPORT_TOO_EARLY';

/** Why the report cannot be changed now (a draft saved, an attachment added), or null. */
export function reportEditRefusal(grant: {
  tier: AccountabilityTier;
  status: string;
}): { code: ReportRefusal; message: string } | null {
  if (grant.tier === 'direct') {
    return {
      code: 'REPORT_NOT_REQUIRED',
      message:
        'Voor deze subsidie hoeft u geen verantwoording in te dienen: zij wordt direct vastgesteld.',
    };
  }
  const closed = CLOSED_STATUSES[grant.status];
  if (closed) return { code: 'REPORT_CLOSED', message: closed };
  if (grant.status === 'report_submitted') {
    return {
      code: 'REPORT_ALREADY_SUBMITTED',
      message: 'De verantwoording is al ingediend en kan niet meer worden gewijzigd.',
    };
  }
  return null;
}

/**
 * Why the report cannot be submitted on `today`, or null. It may be submitted from the last
 * day of the grant's period (the reach is counted over the whole period) until the grant is
 * settled; after the due day it is late, but still welcome.
 */
export function reportSubmitRefusal(
  grant: { tier: AccountabilityTier; status: string; periodEnd: string },
  today: string,
): { code: ReportRefusal; message: string } | null {
  const edit = reportEditRefusal(grant);
  if (edit) return edit;
  if (today < grant.periodEnd) {
    return {
      code: 'REPORT_TOO_EARLY',
      message: `U kunt de verantwoording indienen vanaf ${formatDay(grant.periodEnd)}, de laatste dag van de subsidieperiode: het bereik wordt over de hele periode geteld.`,
    };
  }
  return null;
}

/** Whether the report is overdue: due before today and not submitted. */
export function reportOverdue(
  grant: { tier: AccountabilityTier; status: string; reportDueDay: string },
  today: string,
): boolean {
  return (
    grant.tier !== 'direct' &&
    (grant.status === 'granted' || grant.status === 'advanced') &&
    grant.reportDueDay < today
  );
}

export interface CostLineComparison {
  kind: string;
  description: string;
  budgetCents: number;
  actualCents: number | null;
  /** Actual minus budget; null while the actual costs are not filled in. */
  differenceCents: number | null;
}

export interface CostComparison {
  lines: CostLineComparison[];
  budgetCents: number;
  /** The actual costs filled in, added up; null while none is. */
  actualCents: number | null;
  differenceCents: number | null;
}

/** The budget of the application next to the actual costs, line by line and in total. */
export function costComparison(
  budgetLines: readonly { kind: string; description: string; cents: number }[],
  costs: ReportContent['costs'],
): CostComparison {
  const lines = budgetLines.map((line, i) => {
    const actual = costs[i]?.actualCents ?? null;
    return {
      kind: line.kind,
      description: line.description,
      budgetCents: line.cents,
      actualCents: actual,
      differenceCents: actual === null ? null : actual - line.cents,
    };
  });
  const budgetCents = lines.reduce((sum, l) => sum + l.budgetCents, 0);
  const filled = lines.filter((l) => l.actualCents !== null);
  const actualCents =
    filled.length === 0 ? null : filled.reduce((sum, l) => sum + l.actualCents!, 0);
  return {
    lines,
    budgetCents,
    actualCents,
    differenceCents: actualCents === null ? null : actualCents - budgetCents,
  };
}

export interface PromisedReach {
  participants: number | null;
  dayPartsPerWeek: number | null;
  weeksPerYear: number | null;
}

export interface ReachComparison {
  participants: { promised: number | null; registered: ProtectedCount };
  /** Day parts open in the period: promised per week times weeks, against registered. */
  dayParts: { promised: number | null; registered: ProtectedCount };
}

/**
 * What the application promised against what registration counted: participants against the
 * participants active in the period, day parts per week times weeks against the day parts on
 * which anyone was present.
 */
export function reachComparison(
  promised: PromisedReach,
  registered: { participants: ProtectedCount; openedDayParts: ProtectedCount },
): ReachComparison {
  return {
    participants: { promised: promised.participants, registered: registered.participants },
    dayParts: {
      promised:
        promised.dayPartsPerWeek !== null && promised.weeksPerYear !== null
          ? promised.dayPartsPerWeek * promised.weeksPerYear
          : null,
      registered: registered.openedDayParts,
    },
  };
}
