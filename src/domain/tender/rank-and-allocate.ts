/**
 * Ranking and allocation of one category in one round (docs/rules/assessment-and-ranking.md):
 * who is out (late, general conditions, a criterion below 6), the order of the rest by total
 * with a reproducible lot for ties, and how far the ceiling reaches in that order.
 *
 * The same function serves the web application and `tender rank` (docs/command-line.md), so
 * the command line is a check on the real rule, not on a copy.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import {
  DEFAULT_ELIGIBLE_KINDS,
  JUDGED_CRITERIA,
  MAXIMUM_CRITERION_SCORE,
  MINIMUM_CRITERION_SCORE,
  PRICE_NUMERATOR_KINDS,
  budgetKindSchema,
  categorySchema,
  criteriaFor,
  returnServiceSchema,
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

// ---------------------------------------------------------------------------------------
// Validation of the input. Messages are plain English for the command line; each problem
// names the application (by reference) and the field, so a policy officer can fix the file.

const SCORE_MESSAGE = `must be a whole number from 0 to ${MAXIMUM_CRITERION_SCORE}`;
const CENTS_MESSAGE = 'must be a whole number of cents, 0 or more';
const POSITIVE_MESSAGE = 'must be a whole number of at least 1';

/** A schema-level message; says "is missing" when the field is absent. */
function englishError(text: string) {
  return (issue: { input?: unknown }) =>
    issue.input === undefined ? `is missing (${text})` : text;
}

const scoreSchema = z
  .int({ error: englishError(SCORE_MESSAGE) })
  .min(0, { error: SCORE_MESSAGE })
  .max(MAXIMUM_CRITERION_SCORE, { error: SCORE_MESSAGE });
const centsSchema = z.int({ error: englishError(CENTS_MESSAGE) }).min(0, { error: CENTS_MESSAGE });
const positiveWholeSchema = z
  .int({ error: englishError(POSITIVE_MESSAGE) })
  .min(1, { error: POSITIVE_MESSAGE });

const WEEKS_MESSAGE = 'must be a whole number from 1 to 53';
const weeksPerYearSchema = z
  .int({ error: englishError(WEEKS_MESSAGE) })
  .min(1, { error: WEEKS_MESSAGE })
  .max(53, { error: WEEKS_MESSAGE });

const judgedScoresSchema = z.strictObject({
  samenwerking: scoreSchema,
  resultaat: scoreSchema,
  inclusie: scoreSchema,
  duurzaamheid: scoreSchema,
} satisfies Record<JudgedCriterion, typeof scoreSchema>);

const budgetLineSchema = z.strictObject({ kind: budgetKindSchema, cents: centsSchema });

const reachSchema = z.strictObject({
  participants: positiveWholeSchema,
  dayPartsPerWeek: positiveWholeSchema,
  weeksPerYear: weeksPerYearSchema,
});

const applicationSchema = z.strictObject({
  reference: z
    .string({ error: englishError('must be a text') })
    .min(1, { error: 'must not be empty' }),
  submittedOnTime: z.boolean({ error: englishError('must be true or false') }),
  meetsGeneralConditions: z.boolean({ error: englishError('must be true or false') }),
  requestedCents: centsSchema,
  budget: z.array(budgetLineSchema, { error: englishError('must be a list of budget lines') }),
  reach: reachSchema,
  returnService: returnServiceSchema.optional(),
  scores: judgedScoresSchema.optional(),
});

/** The JSON input of `tender rank` (docs/command-line.md), with the checks that span fields. */
export const tenderRankInputSchema = z
  .strictObject({
    category: categorySchema,
    ceilingCents: centsSchema,
    seed: z
      .string({ error: englishError('must be a text: the public seed of the lot') })
      .min(1, { error: 'must not be empty: it is the public seed of the lot' }),
    partialGrant: z.boolean({ error: 'must be true or false' }).optional(),
    eligibleKinds: z
      .array(
        budgetKindSchema.refine((kind) => kind !== 'refreshments', {
          error: 'refreshments are never eligible',
        }),
      )
      .optional(),
    applications: z.array(applicationSchema, { error: englishError('must be a list') }),
  })
  .superRefine((input, ctx) => {
    const firstPosition = new Map<string, number>();
    input.applications.forEach((application, i) => {
      const at = (...field: (string | number)[]) => ['applications', i, ...field];
      const earlier = firstPosition.get(application.reference);
      if (earlier === undefined) firstPosition.set(application.reference, i);
      else {
        ctx.addIssue({
          code: 'custom',
          path: at('reference'),
          message: `appears more than once (also at applications[${earlier}])`,
        });
      }
      if (input.category === 'services' && application.returnService === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: at('returnService'),
          message: 'is missing (required for services: "tegenprestatie" or "fee")',
        });
      }
      if (input.category !== 'services' && application.returnService !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: at('returnService'),
          message: `applies only to the services category, not to ${input.category}`,
        });
      }
      if (!isAssessed(application)) return;
      if (application.scores === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: at('scores'),
          message:
            'is missing (required for an application that is on time and meets the general conditions)',
        });
      }
      const reach = application.reach;
      const reachFactors = [reach.participants, reach.dayPartsPerWeek, reach.weeksPerYear];
      if (
        reachFactors.every(Number.isSafeInteger) &&
        reachFactors.reduce((product, factor) => product * BigInt(factor), 1n) >
          BigInt(Number.MAX_SAFE_INTEGER)
      ) {
        ctx.addIssue({
          code: 'custom',
          path: at('reach'),
          message: 'participants × dayPartsPerWeek × weeksPerYear is too large',
        });
      }
      if (!application.budget.every((line) => Number.isSafeInteger(line.cents))) return;
      const budgetTotal = application.budget.reduce((sum, line) => sum + BigInt(line.cents), 0n);
      if (budgetTotal > BigInt(Number.MAX_SAFE_INTEGER)) {
        ctx.addIssue({
          code: 'custom',
          path: at('budget'),
          message: `adds up to more than ${Number.MAX_SAFE_INTEGER} cents`,
        });
      } else if (priceNumeratorCents(input.category, application.budget) === 0) {
        const kinds = PRICE_NUMERATOR_KINDS[input.category].join(' + ');
        ctx.addIssue({
          code: 'custom',
          path: at('budget'),
          message: `has 0 cents of ${kinds}: the price index divides by them, so they must be more than 0`,
        });
      }
    });
  });

export interface TenderInputProblem {
  /** The application's reference, when the problem is inside an application that has one. */
  reference: string | null;
  /** 0-based position in `applications` (as in a JSON path), when inside an application. */
  applicationIndex: number | null;
  /** JSON path inside the application (or the document): `scores.resultaat`, `budget[2].kind`. */
  field: string;
  message: string;
}

export type TenderInputParseResult =
  { ok: true; input: TenderRankInput } | { ok: false; problems: TenderInputProblem[] };

export function parseTenderRankInput(data: unknown): TenderInputParseResult {
  const parsed = tenderRankInputSchema.safeParse(data, { error: englishMessage });
  if (parsed.success) return { ok: true, input: parsed.data };
  return { ok: false, problems: parsed.error.issues.flatMap((issue) => toProblems(issue, data)) };
}

/** "reference AV-2027-003, field scores.resultaat: must be a whole number from 0 to 10" */
export function describeTenderInputProblem(problem: TenderInputProblem): string {
  const where: string[] = [];
  if (problem.reference !== null) where.push(`reference ${problem.reference}`);
  else if (problem.applicationIndex !== null) {
    where.push(`applications[${problem.applicationIndex}]`);
  }
  if (problem.field !== '') where.push(`field ${problem.field}`);
  return where.length > 0 ? `${where.join(', ')}: ${problem.message}` : problem.message;
}

const TYPE_WORDS: Record<string, string> = {
  object: 'an object',
  array: 'a list',
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/** English words for the issues no schema words itself, whatever locale zod is set to. */
function englishMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type': {
      const expected = `must be ${TYPE_WORDS[issue.expected] ?? issue.expected}`;
      return issue.input === undefined ? `is missing (${expected})` : expected;
    }
    case 'invalid_value':
      return `must be one of: ${issue.values.map(String).join(', ')}`;
    case 'too_small':
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return `must be at most ${String(issue.maximum)}`;
    default:
      return 'is not valid';
  }
}

function toProblems(issue: z.core.$ZodIssue, data: unknown): TenderInputProblem[] {
  const path = issue.path.filter(
    (segment): segment is string | number => typeof segment !== 'symbol',
  );
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => problemAt([...path, key], data, unknownFieldMessage(path, key)));
  }
  return [problemAt(path, data, issue.message)];
}

function unknownFieldMessage(path: (string | number)[], key: string): string {
  if (path.at(-1) !== 'scores') return 'is not a known field';
  if (key === 'prijs') return 'must not be given: prijs is computed from the budget and the reach';
  if (key === 'tegenprestatie') {
    return 'must not be given: tegenprestatie is computed from returnService';
  }
  return `is not a judged criterion (those are ${JUDGED_CRITERIA.join(', ')})`;
}

function problemAt(path: (string | number)[], data: unknown, text: string): TenderInputProblem {
  const [first, index, ...rest] = path;
  if (first === 'applications' && typeof index === 'number') {
    return {
      reference: referenceAt(data, index),
      applicationIndex: index,
      field: fieldName(rest),
      message: text,
    };
  }
  const message = path.length === 0 ? `the document ${text}` : text;
  return { reference: null, applicationIndex: null, field: fieldName(path), message };
}

function referenceAt(data: unknown, index: number): string | null {
  const applications = (data as { applications?: unknown } | null)?.applications;
  if (!Array.isArray(applications)) return null;
  const reference = (applications[index] as { reference?: unknown } | null)?.reference;
  return typeof reference === 'string' && reference !== '' ? reference : null;
}

function fieldName(path: (string | number)[]): string {
  return path
    .map((segment, i) =>
      typeof segment === 'number' ? `[${segment}]` : i === 0 ? segment : `.${segment}`,
    )
    .join('');
}
