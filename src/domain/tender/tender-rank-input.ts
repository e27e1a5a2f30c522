/**
 * The JSON input of `tender rank` (docs/command-line.md): the schema of the file and the
 * problems it can have. Messages are plain English for the command line; each problem names
 * the application (by reference) and the field, so a policy officer can fix the file. The
 * ranking's stored input is of the same form, so it can be checked and recomputed the same way.
 */
import { z } from 'zod';
import {
  JUDGED_CRITERIA,
  MAXIMUM_CRITERION_SCORE,
  PRICE_NUMERATOR_KINDS,
  budgetKindSchema,
  categorySchema,
  returnServiceSchema,
  type JudgedCriterion,
} from './categories.ts';
import { priceNumeratorCents } from './price-score.ts';
import { isAssessed, type TenderRankInput } from './rank-and-allocate.ts';

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
