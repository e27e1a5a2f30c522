/**
 * The return and business cases (docs/rules/rendement.md): requests and answers, shared with
 * the web app. The scenario's bounds are those of the `rendement` command (RENDEMENT_BOUNDS).
 */
import { z } from 'zod';
import { ASSUMPTION_KEYS } from '../../../domain/return/business-case.ts';
import { RENDEMENT_BOUNDS, toHundredths } from '../../../domain/return/rendement.ts';
import { CATEGORY_CODES } from '../../../domain/tender/categories.ts';
import { financeOverviewQuerySchema } from '../finance-overview/finance-overview.schemas.ts';

const B = RENDEMENT_BOUNDS;

/** A number with at most two decimals within bounds, as the command accepts it. */
function decimal(label: string, { min, max }: { min: number; max: number }) {
  return z
    .number({ message: `Vul ${label} in.` })
    .min(min, { message: `${capital(label)} is minstens ${min}.` })
    .max(max, { message: `${capital(label)} is hoogstens ${max}.` })
    .refine((value) => toHundredths(value) !== null, {
      message: `${capital(label)} heeft hoogstens twee decimalen.`,
    });
}

function wholeCents(label: string, { max }: { max: number }) {
  return z
    .number({ message: `Vul ${label} in.` })
    .int({ message: `Vul voor ${label} een bedrag in hele centen in.` })
    .min(0, { message: `Vul voor ${label} een bedrag van € 0,00 of meer in.` })
    .max(max, { message: `Het bedrag voor ${label} is te groot.` });
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const sourceText = z
  .string({ message: 'Vul de bron van deze aanname in.' })
  .trim()
  .min(1, { message: 'Vul de bron van deze aanname in.' })
  .max(500, { message: 'De bron is hoogstens 500 tekens.' });

/** A named scenario: the six assumptions and, for each, where it comes from. */
export const scenarioBodySchema = z.object({
  name: z
    .string({ message: 'Vul een naam voor het scenario in.' })
    .trim()
    .min(1, { message: 'Vul een naam voor het scenario in.' })
    .max(100, { message: 'De naam is hoogstens 100 tekens.' }),
  shareWouldQualify: z
    .object({
      numerator: z
        .number({ message: 'Vul de teller van het deel in.' })
        .int({ message: 'De teller is een heel getal.' })
        .min(0, { message: 'De teller mag niet negatief zijn.' }),
      denominator: z
        .number({ message: 'Vul de noemer van het deel in.' })
        .int({ message: 'De noemer is een heel getal.' })
        .min(B.shareDenominator.min, { message: 'De noemer is minstens 1.' })
        .max(B.shareDenominator.max, { message: 'De noemer is hoogstens 1000.' }),
    })
    .refine((share) => share.numerator <= share.denominator, {
      path: ['numerator'],
      message: 'Het deel is hoogstens 1: de teller mag niet groter zijn dan de noemer.',
    }),
  personsPerPlace: decimal('het aantal personen per plek', B.personsPerPlace),
  costPerPlaceCents: wholeCents('de kosten per plek', B.costPerPlaceCents),
  hoursPerApplication: decimal('het aantal uren per aanvraag', B.hoursPerApplication),
  productiveHoursPerFte: decimal('het aantal productieve uren per fte', B.productiveHoursPerFte),
  monthlyContributionCents: wholeCents('de eigen bijdrage', B.monthlyContributionCents),
  sources: z.object(
    Object.fromEntries(ASSUMPTION_KEYS.map((key) => [key, sourceText])) as Record<
      (typeof ASSUMPTION_KEYS)[number],
      typeof sourceText
    >,
  ),
});
export type ScenarioBody = z.input<typeof scenarioBodySchema>;

export const scenarioParamsSchema = z.object({ scenarioId: z.uuid() });

const assumptionsSchema = z.object({
  shareWouldQualify: z.object({ numerator: z.number().int(), denominator: z.number().int() }),
  personsPerPlace: z.number(),
  costPerPlaceCents: z.number().int(),
  hoursPerApplication: z.number(),
  productiveHoursPerFte: z.number(),
  monthlyContributionCents: z.number().int(),
});

export const scenarioSchema = z.object({
  /** A uuid, or `nota-2018` for the default scenario. */
  id: z.string(),
  name: z.string(),
  assumptions: assumptionsSchema,
  sources: z.record(z.enum(ASSUMPTION_KEYS), z.string()),
  readOnly: z.boolean(),
  updatedByName: z.string().nullable(),
  updatedAt: z.string().nullable(),
});
export type ScenarioView = z.infer<typeof scenarioSchema>;

export const GROUPINGS = ['provision', 'organisation', 'category', 'year'] as const;
export const groupingSchema = z.enum(GROUPINGS);
export type Grouping = z.infer<typeof groupingSchema>;

export const businessCaseQuerySchema = z.object({
  scenario: z.string().max(100).optional(),
  groupBy: groupingSchema.default('provision'),
  /** One year; all years when left out. */
  year: financeOverviewQuerySchema.shape.year,
});
export type BusinessCaseQuery = z.input<typeof businessCaseQuerySchema>;

const reportedCount = z.union([z.number().int(), z.literal('<5')]);

const rendementInputSchema = assumptionsSchema.extend({
  participants: z.number().int(),
  subsidyCents: z.number().int(),
});
const rendementOutputSchema = z.object({
  wouldQualify: z.number().int(),
  placesAvoided: z.number(),
  avoidedCostCents: z.number().int(),
  savingCents: z.number().int(),
  hoursSaved: z.number(),
  fteSaved: z.number(),
  contributionForgoneCents: z.number().int(),
  contributionForgoneAllCents: z.number().int(),
});

export const businessCaseSchema = z.object({
  participants: reportedCount,
  counted: reportedCount,
  relapse: reportedCount,
  outflow: reportedCount,
  signalsOpen: reportedCount,
  signalsResolved: reportedCount,
  subsidyCents: z.number().int(),
  subsidyBasis: z.enum(['settled', 'granted', 'mixed', 'none']),
  claim: z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('none'),
      reason: z.enum(['no_route_participants', 'all_with_maatwerk', 'small_number']),
    }),
    z.object({
      kind: z.literal('computed'),
      input: rendementInputSchema,
      result: rendementOutputSchema,
    }),
  ]),
});
export type BusinessCaseView = z.infer<typeof businessCaseSchema>;

export const businessCaseRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  organisationName: z.string().nullable(),
  category: z.enum(CATEGORY_CODES).nullable(),
  year: z.number().int().nullable(),
  figures: businessCaseSchema,
});
export type BusinessCaseRow = z.infer<typeof businessCaseRowSchema>;

export const businessCasesSchema = z.object({
  scenario: scenarioSchema,
  scenarios: z.array(scenarioSchema),
  groupBy: groupingSchema,
  /** The chosen year; null for all years. */
  year: z.number().int().nullable(),
  /** The years with registration or grants, newest first. */
  years: z.array(z.number().int()),
  rows: z.array(businessCaseRowSchema),
  total: businessCaseSchema,
  /** When the figures were read from the registration (ISO). */
  computedAt: z.string(),
});
export type BusinessCasesView = z.infer<typeof businessCasesSchema>;
