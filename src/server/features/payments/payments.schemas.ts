/**
 * Payment runs of advances: requests and answers, shared with the web app
 * (docs/rules/grant-lifecycle.md, "Payment runs").
 */
import { z } from 'zod';
import { isValidDay } from '../../../domain/dates.ts';

/** prepared: waiting for approval; approved: ready to export; exported: paid and fixed. */
export const PAYMENT_RUN_STATUSES = ['prepared', 'approved', 'exported', 'cancelled'] as const;
export type PaymentRunStatus = (typeof PAYMENT_RUN_STATUSES)[number];

export const paymentRunParamsSchema = z.object({ runId: z.uuid() });

export const prepareRunBodySchema = z.object({
  upToDay: z
    .string({ message: 'Vul de dag in tot en met wanneer de termijnen vervallen.' })
    .refine(isValidDay, { message: 'Vul een geldige datum in, bijvoorbeeld 2027-03-01.' }),
});

export const paymentSchema = z.object({
  termId: z.uuid(),
  grantId: z.uuid(),
  grantReference: z.string(),
  termNumber: z.number().int(),
  dueDay: z.string(),
  organisationName: z.string(),
  iban: z.string(),
  amountCents: z.number().int(),
});

export const excludedTermSchema = z.object({
  grantReference: z.string(),
  organisationName: z.string(),
  terms: z.number().int(),
  amountCents: z.number().int(),
  reason: z.string(),
});
export type ExcludedTerms = z.infer<typeof excludedTermSchema>;

export const paymentRunSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  upToDay: z.string(),
  status: z.enum(PAYMENT_RUN_STATUSES),
  count: z.number().int(),
  totalCents: z.number().int(),
  preparedByName: z.string(),
  preparedAt: z.string(),
  approvedByName: z.string().nullable(),
  approvedAt: z.string().nullable(),
  exportedByName: z.string().nullable(),
  exportedAt: z.string().nullable(),
  executionDay: z.string().nullable(),
});
export type PaymentRunSummary = z.infer<typeof paymentRunSummarySchema>;

export const paymentRunListSchema = z.object({ items: z.array(paymentRunSummarySchema) });

export const paymentRunSchema = paymentRunSummarySchema.extend({
  /** Whether the asking user prepared it (and so may not approve it). */
  preparedByYou: z.boolean(),
  payments: z.array(paymentSchema),
  excluded: z.array(excludedTermSchema),
});
export type PaymentRun = z.infer<typeof paymentRunSchema>;
