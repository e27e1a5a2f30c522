/**
 * The financial return of day activities (docs/rules/rendement.md): how
 * much maatwerk the participants of general provisions would otherwise have cost, set against
 * the subsidy. One pure function, used by the `rendement` command and by the product's business
 * cases alike.
 *
 * Everything is exact: amounts are whole cents, and the decimal parameters (persons per place,
 * hours per application, productive hours per fte) have at most two decimals, so they are kept
 * as whole hundredths and all sums are done on BigInt. Rounding is half up (the values are never
 * negative), so 0.125 fte is 0.13, never 0.12 because of a binary fraction.
 */

export interface Share {
  numerator: number;
  denominator: number;
}

export interface RendementInput {
  participants: number;
  shareWouldQualify: Share;
  personsPerPlace: number;
  costPerPlaceCents: number;
  subsidyCents: number;
  hoursPerApplication: number;
  productiveHoursPerFte: number;
  monthlyContributionCents: number;
}

export interface RendementOutput {
  wouldQualify: number;
  placesAvoided: number;
  avoidedCostCents: number;
  savingCents: number;
  hoursSaved: number;
  fteSaved: number;
  contributionForgoneCents: number;
  contributionForgoneAllCents: number;
}

/**
 * The bounds of each parameter. They keep every result a safe integer of cents (a place costs
 * at most € 10 million a year, there are at most a million participants) and refuse what has no
 * meaning: a share above 1, a place for fewer than one person.
 */
export const RENDEMENT_BOUNDS = {
  participants: { min: 0, max: 1_000_000 },
  shareDenominator: { min: 1, max: 1_000 },
  personsPerPlace: { min: 1, max: 100 },
  costPerPlaceCents: { min: 0, max: 1_000_000_000 },
  subsidyCents: { min: 0, max: 1_000_000_000_000 },
  hoursPerApplication: { min: 0, max: 1_000 },
  productiveHoursPerFte: { min: 1, max: 8_784 },
  monthlyContributionCents: { min: 0, max: 100_000_000 },
} as const;

/** The 2018 example's assumptions (docs/rules/rendement.md): the default scenario. */
export const NOTE_2018_PARAMETERS = {
  shareWouldQualify: { numerator: 2, denominator: 3 },
  personsPerPlace: 4,
  costPerPlaceCents: 1_663_200,
  hoursPerApplication: 3.5,
  productiveHoursPerFte: 1300,
  monthlyContributionCents: 1900,
} as const satisfies Omit<RendementInput, 'participants' | 'subsidyCents'>;

/** A number with at most two decimals as whole hundredths, or null when it has more. */
export function toHundredths(value: number): number | null {
  if (!Number.isFinite(value)) return null;
  const hundredths = Math.round(value * 100);
  return Number.isSafeInteger(hundredths) && hundredths / 100 === value ? hundredths : null;
}

/** round(numerator ÷ denominator), half up, for numerator ≥ 0 and denominator > 0. */
function roundHalfUp(numerator: bigint, denominator: bigint): bigint {
  return (2n * numerator + denominator) / (2n * denominator);
}

/** Whole hundredths as the decimal number they stand for (exact: the nearest double). */
function fromHundredths(hundredths: bigint): number {
  return Number(hundredths) / 100;
}

/** Computes CONTRACTS §2 exactly; the input must satisfy checkRendementInput. */
export function computeRendement(input: RendementInput): RendementOutput {
  const participants = BigInt(input.participants);
  const wouldQualify =
    (participants * BigInt(input.shareWouldQualify.numerator)) /
    BigInt(input.shareWouldQualify.denominator);
  const personsPerPlace = BigInt(hundredthsOf(input.personsPerPlace));
  const hoursPerApplication = BigInt(hundredthsOf(input.hoursPerApplication));
  const productiveHoursPerFte = BigInt(hundredthsOf(input.productiveHoursPerFte));
  const contributionPerYear = BigInt(input.monthlyContributionCents) * 12n;

  // wouldQualify ÷ (personsPerPlace/100) = wouldQualify × 100 ÷ personsPerPlace
  const placesAvoidedHundredths = roundHalfUp(wouldQualify * 100n * 100n, personsPerPlace);
  const avoidedCostCents = roundHalfUp(
    BigInt(input.costPerPlaceCents) * wouldQualify * 100n,
    personsPerPlace,
  );
  const hoursSavedHundredths = wouldQualify * hoursPerApplication;
  // (hoursSaved/100) ÷ (productiveHours/100), to hundredths
  const fteSavedHundredths = roundHalfUp(hoursSavedHundredths * 100n, productiveHoursPerFte);

  return {
    wouldQualify: Number(wouldQualify),
    placesAvoided: fromHundredths(placesAvoidedHundredths),
    avoidedCostCents: Number(avoidedCostCents),
    savingCents: Number(avoidedCostCents - BigInt(input.subsidyCents)),
    hoursSaved: fromHundredths(hoursSavedHundredths),
    fteSaved: fromHundredths(fteSavedHundredths),
    contributionForgoneCents: Number(contributionPerYear * wouldQualify),
    contributionForgoneAllCents: Number(contributionPerYear * participants),
  };
}

function hundredthsOf(value: number): number {
  const hundredths = toHundredths(value);
  if (hundredths === null) throw new RangeError(`${value} has more than two decimals`);
  return hundredths;
}

export interface RendementProblem {
  /** JSON path of the field: `shareWouldQualify.numerator`; empty for the document itself. */
  field: string;
  message: string;
}

export type RendementCheck =
  { ok: true; input: RendementInput } | { ok: false; problems: RendementProblem[] };

const WHOLE_FIELDS = [
  ['participants', RENDEMENT_BOUNDS.participants, 'a whole number'],
  ['costPerPlaceCents', RENDEMENT_BOUNDS.costPerPlaceCents, 'a whole number of cents'],
  ['subsidyCents', RENDEMENT_BOUNDS.subsidyCents, 'a whole number of cents'],
  [
    'monthlyContributionCents',
    RENDEMENT_BOUNDS.monthlyContributionCents,
    'a whole number of cents',
  ],
] as const;

const DECIMAL_FIELDS = [
  ['personsPerPlace', RENDEMENT_BOUNDS.personsPerPlace],
  ['hoursPerApplication', RENDEMENT_BOUNDS.hoursPerApplication],
  ['productiveHoursPerFte', RENDEMENT_BOUNDS.productiveHoursPerFte],
] as const;

const KNOWN_FIELDS = new Set<string>([
  ...WHOLE_FIELDS.map(([name]) => name),
  ...DECIMAL_FIELDS.map(([name]) => name),
  'shareWouldQualify',
]);

/**
 * The problems of a `rendement` input in plain English, each naming its field, in the order of
 * the contract's fields. The web form states the same bounds in Dutch (rendement.schemas.ts).
 */
export function checkRendementInput(data: unknown): RendementCheck {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return { ok: false, problems: [{ field: '', message: 'the document must be an object' }] };
  }
  const record = data as Record<string, unknown>;
  const problems: RendementProblem[] = [];
  const whole = (field: string, value: unknown, min: number, max: number, what: string) => {
    if (value === undefined) problems.push({ field, message: `is missing (${what})` });
    else if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
      problems.push({ field, message: `must be ${what} from ${min} to ${max}` });
    }
  };
  whole(
    'participants',
    record.participants,
    0,
    RENDEMENT_BOUNDS.participants.max,
    'a whole number',
  );

  const share = record.shareWouldQualify;
  if (typeof share !== 'object' || share === null || Array.isArray(share)) {
    problems.push({
      field: 'shareWouldQualify',
      message: `${share === undefined ? 'is missing' : 'must be'} an object { "numerator", "denominator" }`,
    });
  } else {
    const { numerator, denominator } = share as Record<string, unknown>;
    const bounds = RENDEMENT_BOUNDS.shareDenominator;
    const before = problems.length;
    whole('shareWouldQualify.denominator', denominator, bounds.min, bounds.max, 'a whole number');
    whole('shareWouldQualify.numerator', numerator, 0, bounds.max, 'a whole number');
    if (
      problems.length === before &&
      typeof numerator === 'number' &&
      typeof denominator === 'number' &&
      numerator > denominator
    ) {
      problems.push({
        field: 'shareWouldQualify',
        message: `is ${numerator}/${denominator}, above 1: a share is at most the whole (numerator ≤ denominator)`,
      });
    }
    for (const key of Object.keys(share)) {
      if (key !== 'numerator' && key !== 'denominator') {
        problems.push({ field: `shareWouldQualify.${key}`, message: 'is not a known field' });
      }
    }
  }

  for (const [field, bounds] of DECIMAL_FIELDS) {
    const value = record[field];
    const what = `a number from ${bounds.min} to ${bounds.max} with at most two decimals`;
    if (value === undefined) problems.push({ field, message: `is missing (${what})` });
    else if (
      typeof value !== 'number' ||
      toHundredths(value) === null ||
      value < bounds.min ||
      value > bounds.max
    ) {
      problems.push({ field, message: `must be ${what}` });
    }
  }
  for (const [field, bounds, what] of WHOLE_FIELDS) {
    if (field === 'participants') continue;
    whole(field, record[field], bounds.min, bounds.max, what);
  }
  for (const key of Object.keys(record)) {
    if (!KNOWN_FIELDS.has(key)) problems.push({ field: key, message: 'is not a known field' });
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, input: record as unknown as RendementInput };
}
