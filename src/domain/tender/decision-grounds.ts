/**
 * The figures a decision letter needs to give its reasons (Awb 3:46), taken from the exact
 * input and output of a fixed ranking, so the letter says what the ranking computed and
 * anyone can redo it with `tender rank` (docs/rules/decision-grounds.md).
 */
import { priceNumeratorCents, explainPriceScores } from './price-score.ts';
import { isAssessed, type TenderRankInput, type TenderRankOutput } from './rank-and-allocate.ts';

export interface PriceCalculation {
  numeratorCents: number;
  participants: number;
  dayPartsPerWeek: number;
  weeksPerYear: number;
  annualReach: number;
  /** Cents per participant per day part, 4 decimals, with a decimal point. */
  ownIndexCents: string;
  lowestIndexCents: string;
  /** 10 × lowest ÷ own before rounding, 4 decimals (cut off). */
  unroundedScore: string;
  score: number;
}

/**
 * How the price score of one application was computed, or null when it did not take part in
 * the price comparison (late, or failed the general conditions).
 */
export function priceCalculation(
  input: TenderRankInput,
  reference: string,
): PriceCalculation | null {
  const compared = input.applications.filter(isAssessed);
  const own = compared.find((a) => a.reference === reference);
  if (!own) return null;
  const explained = explainPriceScores(
    compared.map((a) => ({
      reference: a.reference,
      numeratorCents: priceNumeratorCents(input.category, a.budget),
      reach: a.reach,
    })),
  ).find((x) => x.reference === reference)!;
  return {
    numeratorCents: explained.numeratorCents,
    participants: own.reach.participants,
    dayPartsPerWeek: own.reach.dayPartsPerWeek,
    weeksPerYear: own.reach.weeksPerYear,
    annualReach: explained.annualReach,
    ownIndexCents: explained.indexCents,
    lowestIndexCents: explained.lowestIndexCents,
    unroundedScore: explained.unroundedScore,
    score: explained.score,
  };
}

export interface TiedApplication {
  reference: string;
  rank: number;
  tieBreak: string;
}

/**
 * The applications whose total ties with this one's, in the order the lot gave them
 * (ascending SHA-256), this one included; empty when the lot played no part.
 */
export function tiedGroup(output: TenderRankOutput, reference: string): TiedApplication[] {
  const own = output.applications.find((a) => a.reference === reference);
  if (!own || own.tieBreak === null || own.total === null) return [];
  return output.applications
    .filter((a) => a.total === own.total && a.tieBreak !== null && a.rank !== null)
    .sort((a, b) => a.rank! - b.rank!)
    .map((a) => ({ reference: a.reference, rank: a.rank!, tieBreak: a.tieBreak! }));
}
