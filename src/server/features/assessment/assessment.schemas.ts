import { z } from 'zod';
import { scoreEntrySchema, scoreSheetSchema } from '../../../domain/tender/assessment.ts';
import { CATEGORY_CODES } from '../../../domain/tender/categories.ts';
import { GENERAL_CONDITION_CODES } from '../../../domain/tender/scheme-definition.ts';
import { applicationSchema } from '../applications/applications.schemas.ts';

export const assignAssessorsBodySchema = z.object({
  assessorIds: z
    .array(z.uuid())
    .min(2, { message: 'Wijs minstens twee beoordelaars toe.' })
    .max(10),
});

/** The same assessors for many applications of one round at once (the bulk action). */
export const bulkAssignBodySchema = z.object({
  applicationIds: z
    .array(z.uuid())
    .min(1, { message: 'Kies minstens één aanvraag.' })
    .max(500, { message: 'Kies hoogstens 500 aanvragen tegelijk.' }),
  assessorIds: assignAssessorsBodySchema.shape.assessorIds,
});

export const conflictBodySchema = z.object({
  organisationId: z.uuid({ message: 'Kies de organisatie.' }),
  reason: z
    .string()
    .trim()
    .min(3, { message: 'Beschrijf kort het belang (bijvoorbeeld: bestuurslid).' })
    .max(1000),
});

export const conflictSchema = z.object({
  roundId: z.uuid(),
  assessorId: z.uuid(),
  assessorName: z.string(),
  organisationId: z.uuid(),
  organisationName: z.string(),
  reason: z.string(),
  declaredAt: z.iso.datetime({ offset: true }),
});
export const conflictListSchema = z.object({ items: z.array(conflictSchema) });

export const conditionChecksBodySchema = z.object({
  checks: z
    .array(
      z.object({
        code: z.enum(GENERAL_CONDITION_CODES),
        met: z.boolean(),
        reason: z.string().trim().max(2000).default(''),
      }),
    )
    .min(1),
});
export type ConditionChecksBody = z.input<typeof conditionChecksBodySchema>;

export const scoreSheetBodySchema = z.object({ scores: scoreSheetSchema });

const assessorStatusSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  submitted: z.boolean(),
});

export const roundAssessmentSchema = z.object({
  assessors: z.array(z.object({ id: z.uuid(), name: z.string(), email: z.string() })),
  conflicts: z.array(conflictSchema),
  applications: z.array(
    z.object({
      applicationId: z.uuid(),
      reference: z.string(),
      category: z.enum(CATEGORY_CODES),
      organisationId: z.uuid(),
      organisationName: z.string(),
      provisionName: z.string(),
      status: z.enum(['submitted', 'late']),
      /** Assessors who may not be assigned: a declared interest or a member of the applicant. */
      excludedAssessorIds: z.array(z.uuid()),
      assessors: z.array(assessorStatusSchema),
      /** null: not yet checked; false: a condition fails and the assessment ends. */
      conditionsMet: z.boolean().nullable(),
      finalScoresFixed: z.boolean(),
    }),
  ),
});

export const automaticScoreSchema = z.object({
  criterion: z.enum(['prijs', 'tegenprestatie']),
  score: z.number().int().nullable(),
  /** How it was computed, in Dutch, so anyone can redo the sum. */
  calculation: z.string(),
});

export const assignmentSchema = z.object({
  applicationId: z.uuid(),
  reference: z.string(),
  roundName: z.string(),
  category: z.enum(CATEGORY_CODES),
  organisationName: z.string(),
  provisionName: z.string(),
  submittedAt: z.iso.datetime({ offset: true }).nullable(),
});
export const assignmentListSchema = z.object({ items: z.array(assignmentSchema) });

export const assessmentViewSchema = z.object({
  application: applicationSchema,
  automatic: z.array(automaticScoreSchema),
  mine: z.object({
    scores: scoreSheetSchema,
    submittedAt: z.iso.datetime({ offset: true }).nullable(),
  }),
  /** The other assessors' scores: only after the own scores were submitted. */
  others: z
    .array(z.object({ assessorName: z.string(), scores: scoreSheetSchema, submitted: z.boolean() }))
    .nullable(),
});

export const scoreOverviewSchema = z.object({
  applicationId: z.uuid(),
  reference: z.string(),
  conditions: z.array(
    z.object({
      code: z.string(),
      label: z.string(),
      met: z.boolean().nullable(),
      reason: z.string(),
    }),
  ),
  criteria: z.array(
    z.object({
      criterion: z.string(),
      label: z.string(),
      assessors: z.array(
        z.object({
          assessorName: z.string(),
          score: z.number().int().nullable(),
          motivation: z.string(),
          submitted: z.boolean(),
        }),
      ),
      proposal: z.number().int().nullable(),
      divergent: z.boolean(),
      final: scoreEntrySchema.nullable(),
    }),
  ),
  automatic: z.array(automaticScoreSchema),
  allSubmitted: z.boolean(),
});

export const roundParamsSchema = z.object({ roundId: z.uuid() });
export const applicationParamsSchema = z.object({ applicationId: z.uuid() });
