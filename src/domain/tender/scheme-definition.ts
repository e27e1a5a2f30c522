/**
 * The form of a scheme: general conditions, and per category its criteria and eligible
 * budget kinds. A round freezes a copy when it opens, and every application keeps the copy
 * it was made with, so changing the scheme never changes what someone already submitted.
 */
import { z } from 'zod';
import {
  AUTOMATIC_CRITERIA,
  CATEGORY_CODES,
  CRITERION_LABELS,
  type Category,
  DEFAULT_ELIGIBLE_KINDS,
  budgetKindSchema,
  criteriaFor,
  criterionExplanation,
} from './categories.ts';

export const GENERAL_CONDITION_CODES = [
  'not_professional',
  'board',
  'vog',
  'administration',
  'open_to_everyone',
] as const;
export type GeneralConditionCode = (typeof GENERAL_CONDITION_CODES)[number];

/**
 * The documents an application includes. No copies of volunteers' VOGs: the board declares
 * that they have one (general condition `vog`), so the municipality holds no such personal
 * data (data minimisation, docs/rules/scope-of-the-regulation.md).
 */
export const ATTACHMENT_KINDS = ['statutes', 'budget', 'annual_accounts'] as const;
export const attachmentKindSchema = z.enum(ATTACHMENT_KINDS);
export type AttachmentKind = z.infer<typeof attachmentKindSchema>;

export const ATTACHMENT_LABELS: Record<AttachmentKind, string> = {
  statutes: 'Statuten',
  budget: 'Begroting',
  annual_accounts: 'Jaarrekening',
};

/** Longest answer to one criterion, in characters (about one page). */
export const TEXT_LIMIT = 3000;

const criterionDefinitionSchema = z.object({
  code: z.string(),
  label: z.string().min(1),
  explanation: z.string(),
  /** false for criteria the software computes (prijs, tegenprestatie). */
  judged: z.boolean(),
});

export const categoryDefinitionSchema = z.object({
  criteria: z.array(criterionDefinitionSchema),
  eligibleKinds: z.array(budgetKindSchema).refine((kinds) => !kinds.includes('refreshments'), {
    message: 'Consumpties zijn nooit subsidiabel.',
  }),
});

export const schemeDefinitionSchema = z.object({
  generalConditions: z.array(
    z.object({
      code: z.enum(GENERAL_CONDITION_CODES),
      label: z.string().min(1),
      explanation: z.string(),
    }),
  ),
  categories: z.object(
    Object.fromEntries(CATEGORY_CODES.map((c) => [c, categoryDefinitionSchema])) as Record<
      Category,
      typeof categoryDefinitionSchema
    >,
  ),
  textLimit: z.number().int().positive(),
});
export type SchemeDefinition = z.infer<typeof schemeDefinitionSchema>;
export type CategoryDefinition = z.infer<typeof categoryDefinitionSchema>;

const AUTOMATIC = new Set<string>(AUTOMATIC_CRITERIA);

/** The definition the regulation gives (DOMAIN.md §3–§5). */
export function defaultSchemeDefinition(): SchemeDefinition {
  return {
    generalConditions: [
      {
        code: 'not_professional',
        label: 'Initiatief van vrijwilligers of inwoners',
        explanation:
          'Het initiatief is ontstaan vanuit een vrijwilligersorganisatie of inwoners en wordt niet uitgevoerd door een professionele organisatie, zoals het welzijnswerk. Betaalde krachten mogen meewerken waar de categorie dat toelaat.',
      },
      {
        code: 'board',
        label: 'Behoorlijke bestuurssamenstelling',
        explanation:
          'Het bestuur bestaat uit ten minste drie personen die geen familie van elkaar zijn.',
      },
      {
        code: 'vog',
        label: 'Verklaring omtrent het gedrag (VOG) van vrijwilligers',
        explanation:
          'Het bestuur verklaart dat de vrijwilligers die met kwetsbare mensen werken een VOG hebben. Stuur geen kopieën van VOG’s mee: de gemeente verzamelt die niet.',
      },
      {
        code: 'administration',
        label: 'Deugdelijke administratie',
        explanation:
          'De organisatie voert een administratie waaruit inkomsten en uitgaven blijken.',
      },
      {
        code: 'open_to_everyone',
        label: 'Algemeen toegankelijk',
        explanation: 'De voorziening staat open voor iedereen, zonder indicatie.',
      },
    ],
    categories: Object.fromEntries(
      CATEGORY_CODES.map((category) => [
        category,
        {
          criteria: criteriaFor(category).map((code) => ({
            code,
            label: CRITERION_LABELS[code],
            explanation: criterionExplanation(category, code),
            judged: !AUTOMATIC.has(code),
          })),
          eligibleKinds: [...DEFAULT_ELIGIBLE_KINDS[category]],
        },
      ]),
    ) as Record<Category, CategoryDefinition>,
    textLimit: TEXT_LIMIT,
  };
}

/** The criteria an applicant answers in writing (the judged ones). */
export function judgedCriteria(definition: SchemeDefinition, category: Category) {
  return definition.categories[category].criteria.filter((c) => c.judged);
}
