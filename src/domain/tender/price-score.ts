/**
 * The price criterion (docs/rules/price-score.md): an application's price index is its price
 * numerator (the costs of PRICE_NUMERATOR_KINDS) divided by its annual reach (participants ×
 * dagdelen per week × weeks per year). The lowest index in the category scores 10; another scores
 * round_half_up(10 × lowest ÷ own).
 *
 * Everything is exact integer arithmetic on BigInt: indexes are kept as fractions and
 * compared by cross-multiplication. Floating point would decide some cases wrongly, and
 * exactly at the pass mark: 10 × (38400 / 7680) / (20000 / 2200) is 5.5, which rounds to 6
 * and passes, but in floating point it is 5.499999999999999, which rounds to 5 and fails.
 */
import { PRICE_NUMERATOR_KINDS, type BudgetKind, type Category } from './categories.ts';

export interface AnnualReach {
  participants: number;
  dayPartsPerWeek: number;
  weeksPerYear: number;
}

export interface BudgetLine {
  kind: BudgetKind;
  cents: number;
}

export interface PriceComparisonEntry {
  reference: string;
  numeratorCents: number;
  reach: AnnualReach;
}

/** What the interface shows next to a price score, so anyone can redo the sum. */
export interface PriceScoreExplanation {
  reference: string;
  numeratorCents: number;
  /** participants × dayPartsPerWeek × weeksPerYear */
  annualReach: number;
  /**
   * Cents per participant per dagdeel, to 4 decimals, rounded half up. For display only:
   * the score is computed from the exact fraction.
   */
  indexCents: string;
  /** The lowest index in the comparison, in the same form. */
  lowestIndexCents: string;
  /**
   * 10 × lowest ÷ own before rounding, to 4 decimals, cut off rather than rounded so that it
   * never shows x.5000 for a value just below the half that rounds down.
   */
  unroundedScore: string;
  score: number;
}

/**
 * A price index of 0 cannot be compared: its own score would divide by zero, and as the lowest
 * index it would give every other application 0 points.
 */
export class ZeroPriceNumeratorError extends Error {
  readonly reference: string;
  constructor(reference: string) {
    super(`Application ${reference} has a price numerator of 0 cents; a price index needs costs.`);
    this.name = 'ZeroPriceNumeratorError';
    this.reference = reference;
  }
}

const INDEX_DECIMALS = 4;
const MAXIMUM_PRICE_SCORE = 10n;

/** The costs that make up the price index of an application in this category. */
export function priceNumeratorCents(category: Category, budget: readonly BudgetLine[]): number {
  const kinds: readonly BudgetKind[] = PRICE_NUMERATOR_KINDS[category];
  let sum = 0n;
  for (const line of budget) if (kinds.includes(line.kind)) sum += BigInt(line.cents);
  return toSafeNumber(sum, 'price numerator');
}

export function annualReach(reach: AnnualReach): number {
  return toSafeNumber(annualReachBig(reach), 'annual reach');
}

/** a ÷ b rounded half up, for a ≥ 0 and b > 0. */
export function divideRoundingHalfUp(a: bigint, b: bigint): bigint {
  return (2n * a + b) / (2n * b);
}

interface ExactIndex {
  numerator: bigint;
  reach: bigint;
}

/**
 * Price scores of all applications taking part in the price comparison, in the given order.
 * Late applications and those failing the general conditions must be left out by the caller.
 */
export function priceScores(entries: readonly PriceComparisonEntry[]): number[] {
  const indexes = exactIndexes(entries);
  const lowest = lowestOf(indexes);
  return indexes.map((own) => scoreAgainst(lowest, own));
}

/** The same scores, with the figures that make them, for the interface and the decisions. */
export function explainPriceScores(
  entries: readonly PriceComparisonEntry[],
): PriceScoreExplanation[] {
  const indexes = exactIndexes(entries);
  const lowest = lowestOf(indexes);
  const lowestIndexCents = decimal(lowest.numerator, lowest.reach);
  return entries.map((entry, i) => {
    const own = indexes[i]!;
    return {
      reference: entry.reference,
      numeratorCents: entry.numeratorCents,
      annualReach: toSafeNumber(own.reach, 'annual reach'),
      indexCents: decimal(own.numerator, own.reach),
      lowestIndexCents,
      unroundedScore: truncatedDecimal(
        MAXIMUM_PRICE_SCORE * lowest.numerator * own.reach,
        lowest.reach * own.numerator,
      ),
      score: scoreAgainst(lowest, own),
    };
  });
}

function exactIndexes(entries: readonly PriceComparisonEntry[]): ExactIndex[] {
  return entries.map((entry) => {
    const numerator = BigInt(entry.numeratorCents);
    const reach = annualReachBig(entry.reach);
    if (numerator <= 0n) throw new ZeroPriceNumeratorError(entry.reference);
    if (reach <= 0n) throw new RangeError(`Application ${entry.reference} has no annual reach.`);
    return { numerator, reach };
  });
}

/** The lowest index; a/b < c/d ⇔ a·d < c·b, as both reaches are positive. */
function lowestOf(indexes: readonly ExactIndex[]): ExactIndex {
  let lowest = indexes[0] ?? { numerator: 1n, reach: 1n };
  for (const own of indexes) {
    if (own.numerator * lowest.reach < lowest.numerator * own.reach) lowest = own;
  }
  return lowest;
}

/** 10 × (lowN / lowR) ÷ (ownN / ownR) = 10 · lowN · ownR ÷ (lowR · ownN), rounded half up. */
function scoreAgainst(lowest: ExactIndex, own: ExactIndex): number {
  return Number(
    divideRoundingHalfUp(
      MAXIMUM_PRICE_SCORE * lowest.numerator * own.reach,
      lowest.reach * own.numerator,
    ),
  );
}

function annualReachBig(reach: AnnualReach): bigint {
  return BigInt(reach.participants) * BigInt(reach.dayPartsPerWeek) * BigInt(reach.weeksPerYear);
}

function decimal(numerator: bigint, denominator: bigint): string {
  const scale = 10n ** BigInt(INDEX_DECIMALS);
  const scaled = divideRoundingHalfUp(numerator * scale, denominator);
  return `${scaled / scale}.${String(scaled % scale).padStart(INDEX_DECIMALS, '0')}`;
}

function truncatedDecimal(numerator: bigint, denominator: bigint): string {
  const scale = 10n ** BigInt(INDEX_DECIMALS);
  const scaled = (numerator * scale) / denominator;
  return `${scaled / scale}.${String(scaled % scale).padStart(INDEX_DECIMALS, '0')}`;
}

function toSafeNumber(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new RangeError(`The ${what} (${value}) is too large to report exactly.`);
  }
  return Number(value);
}
