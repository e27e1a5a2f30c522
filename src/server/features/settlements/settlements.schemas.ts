/**
 * Settling grants (Awb 4:46) and reclaims (Awb 4:57): requests and answers, shared with the
 * web app (docs/rules/grant-lifecycle.md, "Settlement").
 */
import { z } from 'zod';
import { impactReportSchema } from '../../../domain/sif/impact.ts';
import { isValidDay } from '../../../domain/dates.ts';
import { ACCOUNTABILITY_TIERS } from '../../../domain/grants/accountability.ts';
import { BUDGET_KINDS, GRANT_CATEGORY_CODES } from '../../../domain/tender/categories.ts';
import { reportComparisonSchema } from '../grant-reports/grant-reports.schemas.ts';
import { GRANT_STATUSES } from '../grants/grants.schemas.ts';

const moment = z.iso.datetime({ offset: true });

export const SETTLEMENT_STATUSES = ['proposed', 'issued'] as const;
export const SETTLEMENT_OUTCOMES = ['reclaim', 'extra_payment', 'balanced'] as const;

export const settlementParamsSchema = z.object({ grantId: z.uuid() });

/** The policy officer's proposal: the settled amount, and reasons when lower than granted. */
export const settlementBodySchema = z.object({
  settledCents: z
    .number({ message: 'Vul het vastgestelde bedrag in.' })
    .int({ message: 'Een bedrag heeft hoogstens twee decimalen.' })
    .min(0, { message: 'Het vastgestelde bedrag kan niet negatief zijn.' })
    .max(1_000_000_000, { message: 'Dit bedrag is onwaarschijnlijk hoog.' }),
  reasons: z
    .string()
    .trim()
    .max(4000, { message: 'Gebruik hoogstens 4000 tekens voor de redenen.' })
    .default(''),
});
export type SettlementBody = z.input<typeof settlementBodySchema>;

export const settlementOutcomeSchema = z.object({
  kind: z.enum(SETTLEMENT_OUTCOMES),
  amountCents: z.number().int(),
});

/** A grant's settlement as far as it goes: proposed (not for the organisation) or issued. */
export const settlementSchema = z.object({
  status: z.enum(SETTLEMENT_STATUSES),
  settledCents: z.number().int(),
  reasons: z.string(),
  proposedAt: moment,
  proposedByName: z.string().nullable(),
  /** Proposed: what it would be against the advances paid now; issued: as the letter says. */
  outcome: settlementOutcomeSchema,
  reference: z.string().nullable(),
  issuedAt: moment.nullable(),
  reclaimDueDay: z.string().nullable(),
  reclaimPaidDay: z.string().nullable(),
  /** The accessible HTML of the letter, once issued. */
  html: z.string().nullable(),
});
export type Settlement = z.infer<typeof settlementSchema>;

/** What the review page shows beside the settlement: the grant's figures and its budget. */
export const settlementReviewSchema = z.object({
  grantId: z.uuid(),
  grantReference: z.string(),
  organisationName: z.string(),
  provisionName: z.string(),
  category: z.enum(GRANT_CATEGORY_CODES),
  grantStatus: z.enum(GRANT_STATUSES),
  accountabilityTier: z.enum(ACCOUNTABILITY_TIERS),
  periodStart: z.string(),
  periodEnd: z.string(),
  grantedCents: z.number().int(),
  paidCents: z.number().int(),
  /** The most that may be settled, and why: the grant, or a living room's fixed costs. */
  limitCents: z.number().int(),
  limitBecause: z.enum(['granted', 'fixed_costs']),
  budgetLines: z.array(
    z.object({ kind: z.enum(BUDGET_KINDS), description: z.string(), cents: z.number().int() }),
  ),
  /** Why the grant cannot be settled (or its settlement changed) now; null when it can. */
  notPossible: z.string().nullable(),
  settlement: settlementSchema.nullable(),
  /**
   * The submitted accountability report beside what the application promised, for the
   * municipality's review; null for the organisation and while nothing is submitted.
   */
  report: z
    .object({
      comparison: reportComparisonSchema,
      activities: z.string(),
      results: z.string(),
    })
    .nullable(),
  /**
   * For a grant of the Sociaal Investeringsfonds: the initiative's impact report, read beside
   * the settlement (docs/rules/sif-initiatives.md); null for other grants, for the
   * organisation, and while none is submitted.
   */
  impact: impactReportSchema.nullable(),
});
export type SettlementReview = z.infer<typeof settlementReviewSchema>;

/** The settlements the policy officer proposed and has not issued yet. */
export const proposedSettlementsSchema = z.object({
  items: z.array(
    z.object({
      grantId: z.uuid(),
      grantReference: z.string(),
      organisationName: z.string(),
      grantedCents: z.number().int(),
      settledCents: z.number().int(),
      paidCents: z.number().int(),
      outcome: settlementOutcomeSchema,
      proposedAt: moment,
    }),
  ),
});
export type ProposedSettlements = z.infer<typeof proposedSettlementsSchema>;

/**
 * The grants the policy officer can settle and has not proposed a settlement for yet: the
 * report is submitted, or a direct grant's period has ended (nothing to hand in).
 */
export const awaitingSettlementSchema = z.object({
  items: z.array(
    z.object({
      grantId: z.uuid(),
      grantReference: z.string(),
      organisationName: z.string(),
      grantedCents: z.number().int(),
      accountabilityTier: z.enum(ACCOUNTABILITY_TIERS),
      /** When the accountability report was submitted; null for a direct grant. */
      reportSubmittedAt: moment.nullable(),
    }),
  ),
});
export type AwaitingSettlement = z.infer<typeof awaitingSettlementSchema>;

export const issueSettlementsBodySchema = z.object({
  /** The grants whose proposed settlements to issue; all proposed ones when left out. */
  grantIds: z.array(z.uuid()).max(10_000).optional(),
});

export const issueStartedSchema = z.object({ jobId: z.uuid(), count: z.number().int() });

/** Issued reclaims, for finance: what is to be paid back, by when, and what was. */
export const reclaimListSchema = z.object({
  items: z.array(
    z.object({
      grantId: z.uuid(),
      grantReference: z.string(),
      settlementReference: z.string(),
      organisationName: z.string(),
      amountCents: z.number().int(),
      issuedAt: moment,
      reclaimDueDay: z.string(),
      reclaimPaidDay: z.string().nullable(),
      /** Not paid back and its last day has passed. */
      overdue: z.boolean(),
    }),
  ),
});
export type ReclaimList = z.infer<typeof reclaimListSchema>;

export const reclaimListQuerySchema = z.object({
  /** open: not yet paid back (default); all: paid back too. */
  show: z.enum(['open', 'all']).default('open'),
});

export const reclaimPaidBodySchema = z.object({
  paidDay: z
    .string({ message: 'Vul de datum in waarop het bedrag is ontvangen, bijvoorbeeld 2027-03-01.' })
    .refine(isValidDay, {
      message: 'Vul een geldige datum in, bijvoorbeeld 2027-03-01.',
    }),
});
export type ReclaimPaidBody = z.input<typeof reclaimPaidBodySchema>;
