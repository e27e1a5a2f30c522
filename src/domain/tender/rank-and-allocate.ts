/**
 * Ranking and allocation of one category in one round (docs/rules/assessment-and-ranking.md):
 * who is out (late, general conditions, a criterion below 6), the order of the rest by total
 * with a reproducible lot for ties, and how far the ceiling reaches in that order.
 *
 * The same function serves the web application and `tender rank` (docs/command-line.md), so
 * the command line is a check on the real rule, not on a copy.
 */
import { createHash } from 'node:crypto';
import {
  DEFAULT_ELIGIBLE_KINDS,
  JUDGED_CRITERIA,
  MINIMUM_CRITERION_SCORE,
  criteriaFor,
  type BudgetKind,
  type Category,
  type Criterion,
  type JudgedCriterion,
  type ReturnService,
} from './categories.ts';
import {
  priceNumeratorCents,
  priceScores,
  type AnnualReach,
  type BudgetLine,
} from './price-score.ts';

/**
 * The computed criterion of `services`: a tegenprestatie scores higher than a fee
 * (docs/rules/price-score.md).
 */
export const RETURN_SERVICE_SCORES: Record<ReturnService, number> = { tegenprestatie: 10, fee: 6 };

import type { TenderOutcome } from './outcomes.ts';

export { TENDER_OUTCOMES, type TenderOutcome } from './outcomes.ts';

export interface TenderApplicationInput {
  reference: string;
  submittedOnTime: boolean;
  meetsGeneralConditions: boolean;
  requestedCents: number;
  budget: readonly BudgetLine[];
  reach: AnnualReach;
  /** Required for `services`, absent otherwise. */
  returnService?: ReturnService | undefined;
  /** The chair's final scores; absent for an application that was never assessed. */
  scores?: Readonly<Record<JudgedCriterion, number>> | undefined;
}

/**
 * A figure of the reach an application lacks counts as 1 in the ranking and in the price
 * comparison (docs/rules/assessment-and-ranking.md#an-application-without-a-reach): the
 * ranking takes only whole numbers of at least 1, so that `tender rank` accepts every stored
 * input, and 0 would leave the application without a price index at all.
 */
export const MISSING_REACH_FIGURE = 1;

/** An application's reach as the ranking and the price comparison take it. */
export function reachForRanking(reach: {
  participants: number | null;
  dayPartsPerWeek: number | null;
  weeksPerYear: number | null;
}): AnnualReach {
  return {
    participants: reach.participants ?? MISSING_REACH_FIGURE,
    dayPartsPerWeek: reach.dayPartsPerWeek ?? MISSING_REACH_FIGURE,
    weeksPerYear: reach.weeksPerYear ?? MISSING_REACH_FIGURE,
  };
}

export interface TenderRankInput {
  category: Category;
  ceilingCents: number;
  seed: string;
  /** Default true. */
  partialGrant?: boolean | undefined;
  /** Default DEFAULT_ELIGIBLE_KINDS of the category. */
  eligibleKinds?: readonly BudgetKind[] | undefined;
  applications: readonly TenderApplicationInput[];
}

/** Every criterion of the category; `null` where the application did not get that far. */
export type CriterionScores = Partial<Record<Criterion, number | null>>;

export interface TenderApplicationResult {
  reference: string;
  outcome: TenderOutcome;
  rank: number | null;
  total: number | null;
  scores: CriterionScores;
  eligibleCents: number;
  grantedCents: number;
  /** SHA-256 hex of `seed:reference`, only where the total ties with another ranked one. */
  tieBreak: string | null;
}

export interface TenderRankOutput {
  category: Category;
  ceilingCents: number;
  allocatedCents: number;
  remainingCents: number;
  seed: string;
  applications: TenderApplicationResult[];
}

/** The lot: lowercase hex SHA-256 of the UTF-8 text `seed:reference`; ascending wins. */
export function tieBreakHash(seed: string, reference: string): string {
  return createHash('sha256').update(`${seed}:${reference}`, 'utf8').digest('hex');
}

/** What can be granted at most: the request, capped by the budget lines of eligible kinds. */
export function eligibleCents(
  application: Pick<TenderApplicationInput, 'requestedCents' | 'budget'>,
  eligibleKinds: readonly BudgetKind[],
): number {
  let eligibleBudget = 0n;
  for (const line of application.budget) {
    if (eligibleKinds.includes(line.kind)) eligibleBudget += BigInt(line.cents);
  }
  const requested = BigInt(application.requestedCents);
  return Number(requested < eligibleBudget ? requested : eligibleBudget);
}

/** Takes part in the price comparison and the assessment: on time and meets the conditions. */
export function isAssessed(application: TenderApplicationInput): boolean {
  return application.submittedOnTime && application.meetsGeneralConditions;
}

/** An application after the criteria, before the ceiling. */
interface Assessment {
  application: TenderApplicationInput;
  eligibleCents: number;
  scores: CriterionScores;
  /** Only for applications that pass every criterion, the ones that are ranked. */
  total: number | null;
  /** Why the application is out before ranking; null when it is ranked. */
  rejection: 'late' | 'rejected_general_conditions' | 'rejected_criterion_below_6' | null;
  tieBreak: string | null;
}

export function rankAndAllocate(input: TenderRankInput): TenderRankOutput {
  const { category, ceilingCents, seed, applications } = input;
  const partialGrant = input.partialGrant ?? true;
  const eligibleKinds = input.eligibleKinds ?? DEFAULT_ELIGIBLE_KINDS[category];
  const criteria = criteriaFor(category);
  if (new Set(applications.map((a) => a.reference)).size !== applications.length) {
    throw new TypeError('Every application needs its own reference.');
  }

  const inPriceComparison = applications.filter(isAssessed);
  const prijs = priceScores(
    inPriceComparison.map((application) => ({
      reference: application.reference,
      numeratorCents: priceNumeratorCents(category, application.budget),
      reach: application.reach,
    })),
  );
  const prijsOf = new Map(inPriceComparison.map((application, i) => [application, prijs[i]!]));

  const assessments = applications.map((application): Assessment => {
    const assessment = {
      application,
      eligibleCents: eligibleCents(application, eligibleKinds),
      total: null,
      tieBreak: null,
    };
    if (!isAssessed(application)) {
      return {
        ...assessment,
        scores: scoresAsGiven(criteria, application.scores),
        rejection: application.submittedOnTime ? 'rejected_general_conditions' : 'late',
      };
    }
    const scores = criterionScores(category, application, prijsOf.get(application)!);
    if (criteria.some((criterion) => scores[criterion]! < MINIMUM_CRITERION_SCORE)) {
      return { ...assessment, scores, rejection: 'rejected_criterion_below_6' };
    }
    const total = criteria.reduce((sum, criterion) => sum + scores[criterion]!, 0);
    return { ...assessment, scores, total, rejection: null };
  });

  const ranked = assessments.filter((assessment) => assessment.rejection === null);
  drawLotsForTies(ranked, seed);
  ranked.sort((a, b) => b.total! - a.total! || compareText(a.tieBreak!, b.tieBreak!));

  let remainingCents = ceilingCents;
  let allocationEnded = false;
  const rankedResults = ranked.map((assessment, index) => {
    const eligible = assessment.eligibleCents;
    let outcome: TenderOutcome;
    let grantedCents = 0;
    if (!allocationEnded && eligible <= remainingCents) {
      outcome = 'granted';
      grantedCents = eligible;
    } else if (!allocationEnded && partialGrant && remainingCents > 0) {
      outcome = 'partially_granted';
      grantedCents = remainingCents;
    } else {
      outcome = 'not_granted_ceiling';
    }
    // Whoever does not fit in full ends the allocation: giving money to someone ranked lower
    // who would still fit would pass over a higher total.
    if (outcome !== 'granted') allocationEnded = true;
    remainingCents -= grantedCents;
    return toResult(assessment, outcome, index + 1, grantedCents);
  });
  const unrankedResults = assessments
    .filter((assessment) => assessment.rejection !== null)
    .map((assessment) => toResult(assessment, assessment.rejection!, null, 0));

  return {
    category,
    ceilingCents,
    allocatedCents: ceilingCents - remainingCents,
    remainingCents,
    seed,
    applications: [...rankedResults, ...unrankedResults],
  };
}

/** Sets the lot on every ranked application whose total another ranked application shares. */
function drawLotsForTies(ranked: Assessment[], seed: string): void {
  const applicationsPerTotal = new Map<number, number>();
  for (const { total } of ranked) {
    applicationsPerTotal.set(total!, (applicationsPerTotal.get(total!) ?? 0) + 1);
  }
  for (const assessment of ranked) {
    if (applicationsPerTotal.get(assessment.total!)! > 1) {
      assessment.tieBreak = tieBreakHash(seed, assessment.application.reference);
    }
  }
}

function toResult(
  assessment: Assessment,
  outcome: TenderOutcome,
  rank: number | null,
  grantedCents: number,
): TenderApplicationResult {
  return {
    reference: assessment.application.reference,
    outcome,
    rank,
    total: assessment.total,
    scores: assessment.scores,
    eligibleCents: assessment.eligibleCents,
    grantedCents,
    tieBreak: assessment.tieBreak,
  };
}

/** All criteria of the category, in the regulation's order: the judged ones and the computed. */
function criterionScores(
  category: Category,
  application: TenderApplicationInput,
  prijs: number,
): CriterionScores {
  const given = application.scores;
  if (!given) {
    throw new TypeError(`Application ${application.reference} is assessed but has no scores.`);
  }
  const scores: CriterionScores = {
    samenwerking: given.samenwerking,
    resultaat: given.resultaat,
    prijs,
    inclusie: given.inclusie,
    duurzaamheid: given.duurzaamheid,
  };
  if (category === 'services') {
    if (!application.returnService) {
      throw new TypeError(`Application ${application.reference} has no returnService.`);
    }
    scores.tegenprestatie = RETURN_SERVICE_SCORES[application.returnService];
  }
  return scores;
}

function scoresAsGiven(
  criteria: readonly Criterion[],
  given: Readonly<Record<JudgedCriterion, number>> | undefined,
): CriterionScores {
  const scores: CriterionScores = {};
  for (const criterion of criteria) {
    scores[criterion] = isJudged(criterion) && given ? given[criterion] : null;
  }
  return scores;
}

function isJudged(criterion: Criterion): criterion is JudgedCriterion {
  return (JUDGED_CRITERIA as readonly string[]).includes(criterion);
}

/** Code-unit order, the same everywhere (localeCompare would depend on the locale). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
