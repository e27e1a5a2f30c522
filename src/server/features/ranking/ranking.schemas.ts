/**
 * The ranking's requests and answers, shared with the web app: simulating with another
 * ceiling, fixing or revising a category's ranking, and the rankings stored with the exact
 * input and output of `rankAndAllocate` (src/domain/tender/rank-and-allocate.ts).
 */
import { z } from 'zod';
import {
  AUTOMATIC_CRITERIA,
  JUDGED_CRITERIA,
  budgetKindSchema,
  categorySchema,
  returnServiceSchema,
} from '../../../domain/tender/categories.ts';
import { TENDER_OUTCOMES } from '../../../domain/tender/outcomes.ts';

export const rankingParamsSchema = z.object({ roundId: z.uuid(), category: categorySchema });
export const roundParamsSchema = z.object({ roundId: z.uuid() });

export const simulationBodySchema = z.object({
  ceilingCents: z
    .number()
    .int()
    .positive({ message: 'Het plafond moet groter zijn dan € 0.' })
    .optional(),
  partialGrant: z.boolean().optional(),
});
export type SimulationBody = z.infer<typeof simulationBodySchema>;

export const fixRankingBodySchema = z.object({ reason: z.string().trim().max(1000).optional() });
export type FixRankingBody = z.infer<typeof fixRankingBodySchema>;

export const rankingExportQuerySchema = z.object({
  format: z.enum(['xlsx', 'pdf']).default('xlsx'),
});
export type RankingExportFormat = z.infer<typeof rankingExportQuerySchema>['format'];

const criterionSchema = z.enum([...JUDGED_CRITERIA, ...AUTOMATIC_CRITERIA]);

/** One application in the output of rankAndAllocate (TenderApplicationResult). */
export const rankedApplicationSchema = z.object({
  reference: z.string(),
  outcome: z.enum(TENDER_OUTCOMES),
  rank: z.int().nullable(),
  total: z.number().nullable(),
  /** Every criterion of the category; null where the application did not get that far. */
  scores: z.partialRecord(criterionSchema, z.number().nullable()),
  eligibleCents: z.int(),
  grantedCents: z.int(),
  /** SHA-256 hex of `seed:reference`, only where the total ties with another ranked one. */
  tieBreak: z.string().nullable(),
});

/** The output of rankAndAllocate (TenderRankOutput), as `tender rank` prints it too. */
export const rankOutputSchema = z
  .object({
    category: categorySchema,
    ceilingCents: z.int(),
    allocatedCents: z.int(),
    remainingCents: z.int(),
    seed: z.string(),
    applications: z.array(rankedApplicationSchema),
  })
  .describe('Uitvoer van rankAndAllocate (zie tender rank)');
export type RankOutput = z.infer<typeof rankOutputSchema>;

/** The input of rankAndAllocate (TenderRankInput) as a ranking stores it. */
export const rankInputSchema = z.object({
  category: categorySchema,
  ceilingCents: z.int(),
  seed: z.string(),
  partialGrant: z.boolean().optional(),
  eligibleKinds: z.array(budgetKindSchema).readonly().optional(),
  applications: z
    .array(
      z.object({
        reference: z.string(),
        submittedOnTime: z.boolean(),
        meetsGeneralConditions: z.boolean(),
        requestedCents: z.int(),
        budget: z.array(z.object({ kind: budgetKindSchema, cents: z.int() })).readonly(),
        reach: z.object({
          participants: z.int(),
          dayPartsPerWeek: z.int(),
          weeksPerYear: z.int(),
        }),
        returnService: returnServiceSchema.optional(),
        scores: z
          .object({
            samenwerking: z.int(),
            resultaat: z.int(),
            inclusie: z.int(),
            duurzaamheid: z.int(),
          })
          .optional(),
      }),
    )
    .readonly(),
});

/** A fixed ranking of a category: one version, immutable. */
export const rankingSchema = z.object({
  id: z.string(),
  roundId: z.string(),
  category: categorySchema,
  version: z.int(),
  /** Why this version revises the one before; null for the first. */
  reason: z.string().nullable(),
  input: rankInputSchema,
  output: rankOutputSchema,
  /** The application id of every reference in the input. */
  applicationIds: z.record(z.string(), z.string()),
  fixedByName: z.string().nullable(),
  fixedAt: z.string(),
});
export type Ranking = z.infer<typeof rankingSchema>;

export const rankingListSchema = z.object({ items: z.array(rankingSchema) });
