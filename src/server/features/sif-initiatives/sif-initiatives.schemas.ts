/**
 * The Sociaal Investeringsfonds' rolling tender: requests and answers, shared with the web app
 * (docs/rules/sif-initiatives.md).
 */
import { z } from 'zod';
import { impactBodySchema, impactReportSchema } from '../../../domain/sif/impact.ts';
import { publicTextBodySchema, withdrawBodySchema } from '../../../domain/sif/public-text.ts';
import {
  REFUSAL_GROUNDS,
  SIF_OUTCOMES,
  initiativeContentSchema,
  sifScoreSheetSchema,
} from '../../../domain/sif/initiative.ts';

export const initiativeParamsSchema = z.object({ applicationId: z.uuid() });

export const submitInitiativeBodySchema = z.object({
  organisationId: z.uuid({ message: 'Kies de organisatie die het initiatief indient.' }),
  provisionId: z.uuid({ message: 'Kies de voorziening of activiteit van het initiatief.' }),
  content: initiativeContentSchema,
});
export type SubmitInitiativeBody = z.input<typeof submitInitiativeBodySchema>;

export const assessmentBodySchema = z.object({ scores: sifScoreSheetSchema });
export type AssessmentBody = z.input<typeof assessmentBodySchema>;

export const decisionBodySchema = z.object({
  outcome: z.enum(SIF_OUTCOMES, { message: 'Kies het besluit.' }),
  grantedCents: z
    .number({ message: 'Vul het verleende bedrag in.' })
    .int({ message: 'Het verleende bedrag is een bedrag in hele centen.' })
    .min(0, { message: 'Het verleende bedrag is niet negatief.' }),
  refusalGround: z.enum(REFUSAL_GROUNDS).nullable().default(null),
  reasons: z
    .string()
    .trim()
    .max(10_000, { message: 'De motivering is hoogstens 10.000 tekens.' })
    .default(''),
  lateReason: z
    .string()
    .trim()
    .max(2000, { message: 'De reden van de late beslissing is hoogstens 2000 tekens.' })
    .default(''),
});
export type DecisionBody = z.input<typeof decisionBodySchema>;

export { impactBodySchema, publicTextBodySchema, withdrawBodySchema };

const publicTextSchema = z.object({ title: z.string(), summary: z.string(), results: z.string() });

const verdictSchema = z.enum(['pending', 'meets_criteria', 'fails_criteria']);

export const initiativeSummarySchema = z.object({
  id: z.uuid(),
  reference: z.string(),
  title: z.string(),
  organisationName: z.string(),
  requestedCents: z.number().int(),
  status: z.enum(['under_assessment', 'decided']),
  receivedDay: z.string(),
  decisionDueDay: z.string(),
  daysLeft: z.number().int(),
  nearingTerm: z.boolean(),
  assessmentsSubmitted: z.number().int(),
  /** For an assessor: whether they submitted theirs. */
  assessedByYou: z.boolean(),
  outcome: z.enum(SIF_OUTCOMES).nullable(),
  grantedCents: z.number().int().nullable(),
});
export type InitiativeSummary = z.infer<typeof initiativeSummarySchema>;
export const initiativeListSchema = z.object({ items: z.array(initiativeSummarySchema) });

export const initiativeSchema = initiativeSummarySchema.extend({
  organisationId: z.uuid(),
  provisionName: z.string(),
  content: initiativeContentSchema,
  neighbourhoodNames: z.array(z.string()),
  /** The assessor's own submitted sheet. */
  yourScores: sifScoreSheetSchema.nullable(),
  /** For the policy officer: the verdict and the mean score per criterion. */
  assessment: z
    .object({ verdict: verdictSchema, means: z.record(z.string(), z.number().int()) })
    .nullable(),
  /** For the policy officer while undecided: the fund's free balance and what may be decided. */
  fund: z
    .object({ freeCents: z.number().int(), allowedOutcomes: z.array(z.enum(SIF_OUTCOMES)) })
    .nullable(),
  decision: z
    .object({
      reference: z.string(),
      outcome: z.enum(SIF_OUTCOMES),
      grantedCents: z.number().int(),
      refusalGround: z.enum(REFUSAL_GROUNDS).nullable(),
      lateReason: z.string().nullable(),
      issuedAt: z.string(),
      html: z.string(),
    })
    .nullable(),
  grant: z.object({ id: z.uuid(), reference: z.string(), status: z.string() }).nullable(),
  /** The grant's accountability report is submitted, so the impact report can be. */
  impactOpen: z.boolean(),
  impact: impactReportSchema.nullable(),
  /** The public page of an honoured initiative: the draft, what is approved, and a withdrawal. */
  publicPage: z
    .object({
      draft: publicTextSchema.nullable(),
      approved: publicTextSchema.nullable(),
      approvedAt: z.string().nullable(),
      withdrawnAt: z.string().nullable(),
      withdrawnReason: z.string().nullable(),
      isPublic: z.boolean(),
      /** The draft differs from the approved text (or none is approved yet). */
      awaitsApproval: z.boolean(),
    })
    .nullable(),
});
export type Initiative = z.infer<typeof initiativeSchema>;
