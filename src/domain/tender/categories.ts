/**
 * The vocabulary of the subsidy regulation (docs/rules/categories-and-criteria.md,
 * docs/rules/eligible-costs.md): categories of general provision, their criteria, budget kinds
 * and the defaults per category. Pure data, safe to
 * import in the browser.
 */
import { z } from 'zod';

export const CATEGORY_CODES = [
  'living_room',
  'day_activities',
  'information_advice',
  'services',
] as const;
export const categorySchema = z.enum(CATEGORY_CODES);
export type Category = z.infer<typeof categorySchema>;

export const CATEGORY_LABELS: Record<Category, string> = {
  living_room: 'Huiskamer',
  day_activities: 'Algemene voorziening dagactiviteiten',
  information_advice: 'Inwonersondersteuning – informatie en advies',
  services: 'Inwonersondersteuning – diensten',
};

/**
 * The category of a grant: a category of the tender, or `sif` for an initiative of the
 * Sociaal Investeringsfonds' rolling tender (docs/rules/sif-initiatives.md).
 */
export const GRANT_CATEGORY_CODES = [...CATEGORY_CODES, 'sif'] as const;
export type GrantCategory = (typeof GRANT_CATEGORY_CODES)[number];
export const GRANT_CATEGORY_LABELS: Record<GrantCategory, string> = {
  ...CATEGORY_LABELS,
  sif: 'Sociaal Investeringsfonds',
};

export const BUDGET_KINDS = [
  'fixed_costs',
  'staff',
  'volunteer_expenses',
  'activities',
  'refreshments',
  'other',
] as const;
export const budgetKindSchema = z.enum(BUDGET_KINDS);
export type BudgetKind = z.infer<typeof budgetKindSchema>;

export const BUDGET_KIND_LABELS: Record<BudgetKind, string> = {
  fixed_costs: 'Vaste lasten (huur, energie, verzekering, schoonmaak, telefoon/internet)',
  staff: 'Betaalde kracht (professional of coördinator)',
  volunteer_expenses: 'Vrijwilligerskosten (vergoedingen, VOG, training)',
  activities: 'Activiteiten',
  refreshments: 'Consumpties',
  other: 'Overig',
};

/** Eligible budget kinds per category (defaults; a round may change them). Refreshments never. */
export const DEFAULT_ELIGIBLE_KINDS: Record<Category, readonly BudgetKind[]> = {
  living_room: ['fixed_costs'],
  day_activities: ['fixed_costs', 'staff', 'volunteer_expenses', 'activities'],
  information_advice: ['fixed_costs', 'staff', 'volunteer_expenses'],
  services: ['fixed_costs', 'staff', 'volunteer_expenses'],
};

/** Budget kinds that make up the numerator of the price index. */
export const PRICE_NUMERATOR_KINDS: Record<Category, readonly BudgetKind[]> = {
  living_room: ['fixed_costs'],
  day_activities: ['fixed_costs', 'staff'],
  information_advice: ['fixed_costs'],
  services: ['fixed_costs'],
};

/** Criteria an assessor scores. */
export const JUDGED_CRITERIA = ['samenwerking', 'resultaat', 'inclusie', 'duurzaamheid'] as const;
export type JudgedCriterion = (typeof JUDGED_CRITERIA)[number];
/** Criteria the software computes. */
export const AUTOMATIC_CRITERIA = ['prijs', 'tegenprestatie'] as const;
export type AutomaticCriterion = (typeof AUTOMATIC_CRITERIA)[number];
export type Criterion = JudgedCriterion | AutomaticCriterion;

export const RETURN_SERVICES = ['tegenprestatie', 'fee'] as const;
export const returnServiceSchema = z.enum(RETURN_SERVICES);
export type ReturnService = z.infer<typeof returnServiceSchema>;

/** The criteria of a category, in the order the regulation lists them. */
export function criteriaFor(category: Category): Criterion[] {
  const base: Criterion[] = ['samenwerking', 'resultaat', 'prijs', 'inclusie', 'duurzaamheid'];
  return category === 'services' ? [...base, 'tegenprestatie'] : base;
}

export const CRITERION_LABELS: Record<Criterion, string> = {
  samenwerking: 'Samenwerking',
  resultaat: 'Resultaat',
  prijs: 'Prijs',
  inclusie: 'Inclusie',
  duurzaamheid: 'Duurzaamheid',
  tegenprestatie: 'Tegenprestatie',
};

/** Explanations shown to applicants and assessors (docs/rules/categories-and-criteria.md). */
export function criterionExplanation(category: Category, criterion: Criterion): string {
  const dayActivities = category === 'day_activities';
  switch (criterion) {
    case 'samenwerking':
      return dayActivities
        ? 'Hoe het initiatief samenwerkt met anderen, en in het bijzonder hoe de organisatie helpt "dubbele" financiering per deelnemer te verminderen.'
        : 'Hoe het initiatief samenwerkt met anderen.';
    case 'resultaat':
      if (dayActivities) return 'De bijdrage aan het voorkomen van maatwerkvoorzieningen.';
      if (category === 'information_advice')
        return 'De bijdrage aan saamhorigheid in de buurt en aan mensen die elkaar ondersteunen; kennis van wet- en regelgeving weegt mee.';
      return 'De bijdrage aan saamhorigheid in de buurt en aan mensen die elkaar ondersteunen.';
    case 'prijs':
      return dayActivities
        ? 'Wordt berekend: de laagste vaste lasten en kosten per betaalde kracht in verhouding tot toegankelijkheid en aantal deelnemers krijgt 10 punten, de anderen naar verhouding minder.'
        : 'Wordt berekend: de laagste vaste lasten in verhouding tot toegankelijkheid en aantal deelnemers krijgt 10 punten, de anderen naar verhouding minder.';
    case 'inclusie':
      return 'De bijdrage aan een inclusieve samenleving waarin iedereen, met en zonder beperking, meedoet en erbij hoort.';
    case 'duurzaamheid':
      return dayActivities
        ? 'De bijdrage aan het vergroten van het sociale netwerk van de deelnemer, het bijhouden van aanwezigheid en de ontwikkeling van de deelnemer.'
        : 'Hoe de continuïteit is geborgd.';
    case 'tegenprestatie':
      return 'Wordt berekend: 10 punten wanneer inwoners een tegenprestatie leveren, 6 punten bij een kleine vergoeding.';
  }
}

/** Lowest passing score on every criterion ("voldoende"). */
export const MINIMUM_CRITERION_SCORE = 6;
export const MAXIMUM_CRITERION_SCORE = 10;
