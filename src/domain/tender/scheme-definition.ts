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

/**
 * The grounds a decision can rest on. Each names the article of the subsidy regulation that a
 * letter cites for it (Awb 3:46: a decision states the rule it rests on). The policy officer
 * edits them on the scheme; a round freezes them with the rest of the form, so a letter cites
 * the regulation under which the application was made (docs/rules/decision-grounds.md).
 */
export const LEGAL_GROUNDS = [
  'generalConditions',
  'criteria',
  'minimumScore',
  'price',
  'rankingAndCeiling',
  'lot',
  'lateSubmission',
  'eligibleCosts',
] as const;
export type LegalGround = (typeof LEGAL_GROUNDS)[number];

const REGULATION = 'Subsidieregeling Algemene Voorzieningen 2020';

/** Demo defaults: the article layout of docs/rules/decision-grounds.md. */
export const DEFAULT_LEGAL_GROUNDS: Record<LegalGround, string> = {
  generalConditions: `artikel 5 ${REGULATION}`,
  criteria: `artikel 7, eerste lid, ${REGULATION}`,
  minimumScore: `artikel 7, tweede lid, ${REGULATION}`,
  price: `artikel 8 ${REGULATION}`,
  rankingAndCeiling: `artikel 9, eerste en tweede lid, ${REGULATION}`,
  lot: `artikel 9, derde lid, ${REGULATION}`,
  lateSubmission: `artikel 4, tweede lid, ${REGULATION}`,
  eligibleCosts: `artikel 6 ${REGULATION}`,
};

/** What each ground covers, in the words of the scheme form. */
export const LEGAL_GROUND_LABELS: Record<LegalGround, string> = {
  generalConditions: 'Algemene voorwaarden',
  criteria: 'Beoordelingscriteria en puntentelling (0–10)',
  minimumScore: 'Minimaal 6 punten op elk criterium',
  price: 'Berekening van het criterium prijs',
  rankingAndCeiling: 'Rangschikking op totaal en verdeling tot het subsidieplafond',
  lot: 'Loting bij een gelijk totaal',
  lateSubmission: 'Aanvraagtermijn (te laat ingediend)',
  eligibleCosts: 'Subsidiabele kosten',
};

const legalGroundText = z
  .string()
  .trim()
  .min(1, { message: 'Vul het artikel in waarop deze grond berust.' })
  .max(300, { message: 'Gebruik hoogstens 300 tekens.' });

export const legalGroundsSchema = z.object(
  Object.fromEntries(LEGAL_GROUNDS.map((g) => [g, legalGroundText])) as Record<
    LegalGround,
    typeof legalGroundText
  >,
);
export type LegalGrounds = z.infer<typeof legalGroundsSchema>;

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
  /** Forms frozen before the grounds existed read as the defaults. */
  legalGrounds: legalGroundsSchema.default(() => ({ ...DEFAULT_LEGAL_GROUNDS })),
});
export type SchemeDefinition = z.infer<typeof schemeDefinitionSchema>;
export type CategoryDefinition = z.infer<typeof categoryDefinitionSchema>;

const AUTOMATIC = new Set<string>(AUTOMATIC_CRITERIA);

/** The definition the regulation gives by default (docs/rules/categories-and-criteria.md). */
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
    legalGrounds: { ...DEFAULT_LEGAL_GROUNDS },
  };
}

/** The criteria an applicant answers in writing (the judged ones). */
export function judgedCriteria(definition: SchemeDefinition, category: Category) {
  return definition.categories[category].criteria.filter((c) => c.judged);
}
