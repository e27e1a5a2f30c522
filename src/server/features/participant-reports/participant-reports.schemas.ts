/**
 * Reports on participants: per provision (numbers as they are) and for the municipality
 * (small numbers protected). Shared with the web app. No names or ids of participants.
 */
import { z } from 'zod';
import { DAY_PARTS } from '../../../domain/day-parts.ts';
import { HEALTH_DIMENSIONS } from '../../../domain/participants/positive-health.ts';
import { CLIENT_ROUTES, OUTFLOW_KINDS } from '../../../domain/participants/registration.ts';
import { categorySchema } from '../../../domain/tender/categories.ts';

const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

/** Days are checked by the service, so that each field gets its own Dutch message. */
export const reportPeriodQuerySchema = z.object({
  from: z.preprocess(emptyToUndefined, z.string().max(10).optional()),
  to: z.preprocess(emptyToUndefined, z.string().max(10).optional()),
});
export type ReportPeriodQuery = z.infer<typeof reportPeriodQuerySchema>;

/**
 * The municipality's report is only over a fixed period ("2026", "2026-Q1", "2026-03"); a
 * from/to is accepted here only to be refused with a message that says why.
 */
export const municipalityReportQuerySchema = reportPeriodQuerySchema.extend({
  period: z.preprocess(emptyToUndefined, z.string().max(10).optional()),
  category: z.preprocess(emptyToUndefined, categorySchema.optional()),
});
export type MunicipalityReportQuery = z.infer<typeof municipalityReportQuerySchema>;

export const provisionReportParamsSchema = z.object({ provisionId: z.uuid() });

const periodSchema = z.object({ from: z.iso.date(), to: z.iso.date() });

/** A count inside the provision. */
const plainCountSchema = z.number().int().min(0);

/**
 * A count outside the provision: a number, "<5" for 1 to 4, or null where it is hidden so
 * that no "<5" can be computed back from the numbers shown.
 */
export const protectedCountSchema = z.union([z.number().int().min(0), z.literal('<5')]).nullable();

const dimensionsOf = <T extends z.ZodType>(value: T) => z.record(z.enum(HEALTH_DIMENSIONS), value);
const mean = z.number().nullable();

function healthSectionSchema<C extends z.ZodType>(count: C) {
  return z.object({
    participants: count,
    suppressed: z.boolean(),
    dimensions: z.array(
      z.object({
        dimension: z.enum(HEALTH_DIMENSIONS),
        first: mean,
        latest: mean,
        change: mean,
      }),
    ),
    perQuarter: z.array(
      z.object({
        quarter: z.string(),
        participants: count,
        measurements: count,
        suppressed: z.boolean(),
        averages: dimensionsOf(mean),
      }),
    ),
  });
}

function sectionsSchema<C extends z.ZodType>(count: C) {
  return z.object({
    period: periodSchema,
    participants: z.object({
      active: count,
      new: count,
      erased: count,
      byClientRoute: z.record(z.enum(CLIENT_ROUTES), count),
    }),
    attendance: z.object({
      registered: count,
      anonymous: count,
      openedDayParts: count,
      averagePerOpenedDayPart: mean,
      averageSuppressed: z.boolean(),
      byDayPart: z.array(
        z.object({ dayPart: z.enum(DAY_PARTS), registered: count, anonymous: count }),
      ),
      perWeek: z.array(z.object({ week: z.string(), registered: count, anonymous: count })),
    }),
    health: z.object({
      participant: healthSectionSchema(count),
      coordinator: healthSectionSchema(count),
    }),
    satisfaction: z.object({
      answers: count,
      people: count,
      mean,
      suppressed: z.boolean(),
      distribution: z.array(z.object({ score: z.number().int(), count })),
    }),
    outflow: z.object({ total: count, byKind: z.record(z.enum(OUTFLOW_KINDS), count) }),
  });
}

export const provisionReportSchema = sectionsSchema(plainCountSchema).extend({
  provision: z.object({
    id: z.uuid(),
    name: z.string(),
    category: categorySchema,
    organisationName: z.string(),
  }),
});
export type ProvisionReport = z.infer<typeof provisionReportSchema>;

const reportRowSchema = z.object({
  active: protectedCountSchema,
  new: protectedCountSchema,
  attendances: protectedCountSchema,
  anonymous: protectedCountSchema,
  outflow: protectedCountSchema,
  satisfactionAnswers: protectedCountSchema,
  satisfactionMean: mean,
  satisfactionSuppressed: z.boolean(),
  healthParticipants: protectedCountSchema,
  healthSuppressed: z.boolean(),
  healthChange: dimensionsOf(mean),
});
export type ReportRow = z.infer<typeof reportRowSchema>;

export const municipalityReportSchema = z.object({
  period: periodSchema.extend({
    kind: z.enum(['month', 'quarter', 'year']),
    key: z.string(),
    /** "maart 2026", "1e kwartaal 2026", "2026". */
    label: z.string(),
  }),
  category: categorySchema.nullable(),
  totals: sectionsSchema(protectedCountSchema).omit({ period: true }),
  byCategory: z.array(
    reportRowSchema.extend({ category: categorySchema, provisions: z.number().int() }),
  ),
  byProvision: z.array(
    reportRowSchema.extend({
      provisionId: z.uuid(),
      name: z.string(),
      category: categorySchema,
      organisationName: z.string(),
    }),
  ),
});
export type MunicipalityReport = z.infer<typeof municipalityReportSchema>;

/** What both reports have: the sections (a provision's plain counts fit as well). */
export type ReportSectionsView = MunicipalityReport['totals'];
