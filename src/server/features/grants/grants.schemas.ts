/**
 * The grants after the decision: requests and answers, shared with the web app
 * (docs/rules/grant-lifecycle.md).
 */
import { z } from 'zod';
import { isValidDay } from '../../../domain/dates.ts';
import { ACCOUNTABILITY_TIERS } from '../../../domain/grants/accountability.ts';
import { SCHEDULE_KINDS } from '../../../domain/grants/payment-schedule.ts';
import { GRANT_CATEGORY_CODES } from '../../../domain/tender/categories.ts';

/**
 * The grant's steps (docs/rules/grant-lifecycle.md): granted (verleend), advanced (at least one
 * advance paid: bevoorschot), report_submitted (verantwoording ingediend), settled (vastgesteld:
 * the settlement letter is issued), closed (afgerekend: the reclaim is paid back or the last
 * payment made, or nothing was left to pay), withdrawn (ingetrokken, Awb 4:48).
 */
export const GRANT_STATUSES = [
  'granted',
  'advanced',
  'report_submitted',
  'settled',
  'closed',
  'withdrawn',
] as const;
export type GrantStatus = (typeof GRANT_STATUSES)[number];

/** The steps a grant's timeline records. */
export const GRANT_EVENT_KINDS = [
  'granted',
  'schedule_changed',
  'advanced',
  'report_submitted',
  'settlement_proposed',
  'settled',
  'extra_payment_paid',
  'reclaim_paid',
  'closed',
  'change_requested',
  'change_decided',
  'lowered',
  'withdrawn',
] as const;
export type GrantEventKind = (typeof GRANT_EVENT_KINDS)[number];

export const grantParamsSchema = z.object({ grantId: z.uuid() });

export const grantListQuerySchema = z.object({
  roundId: z.uuid().optional(),
  category: z.enum(GRANT_CATEGORY_CODES).optional(),
});

export const grantSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  applicationId: z.uuid(),
  organisationName: z.string(),
  provisionName: z.string(),
  roundId: z.uuid(),
  roundName: z.string(),
  category: z.enum(GRANT_CATEGORY_CODES),
  periodStart: z.string(),
  periodEnd: z.string(),
  grantedCents: z.number().int(),
  paidCents: z.number().int(),
  status: z.enum(GRANT_STATUSES),
});
export type GrantSummary = z.infer<typeof grantSummarySchema>;

export const grantListSchema = z.object({ items: z.array(grantSummarySchema) });

export const grantTermSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  dueDay: z.string(),
  amountCents: z.number().int(),
  paid: z.boolean(),
  paidAt: z.string().nullable(),
  /** The payment run the term is in (prepared, approved or exported), if any. */
  paymentRunReference: z.string().nullable(),
});

export const grantEventSchema = z.object({
  kind: z.enum(GRANT_EVENT_KINDS),
  at: z.string(),
  actorName: z.string(),
  detail: z.string().nullable(),
});

export const grantSchema = grantSummarySchema.extend({
  decisionReference: z.string(),
  accountabilityTier: z.enum(ACCOUNTABILITY_TIERS),
  reportDueDay: z.string(),
  scheduleKind: z.enum(SCHEDULE_KINDS),
  /** Until the first term is paid or taken into a payment run. */
  scheduleChangeable: z.boolean(),
  terms: z.array(grantTermSchema),
  timeline: z.array(grantEventSchema),
});
export type Grant = z.infer<typeof grantSchema>;

const dayField = z
  .string({ message: 'Vul een datum in, bijvoorbeeld 2027-03-01.' })
  .refine(isValidDay, { message: 'Vul een geldige datum in, bijvoorbeeld 2027-03-01.' });

export const scheduleBodySchema = z.object({
  kind: z.enum(SCHEDULE_KINDS, {
    message: 'Kies maandelijks, per kwartaal, in één keer of een eigen schema.',
  }),
  /** Only for a schedule of its own. */
  terms: z
    .array(
      z.object({
        dueDay: dayField,
        amountCents: z
          .number({ message: 'Vul een bedrag in.' })
          .int({ message: 'Een termijn is een bedrag in hele centen.' }),
      }),
    )
    .max(120, { message: 'Een schema heeft hoogstens 120 termijnen.' })
    .default([]),
});
export type ScheduleBody = z.input<typeof scheduleBodySchema>;
