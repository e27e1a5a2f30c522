/**
 * Small numbers identify people: outside the provision itself a count below 5 is shown as
 * "<5" (docs/privacy/small-numbers.md). Zero stays zero: it identifies nobody.
 */
export const SUPPRESSION_THRESHOLD = 5;

export type ReportedCount = number | '<5';

export function suppressSmall(count: number): ReportedCount {
  return count > 0 && count < SUPPRESSION_THRESHOLD ? '<5' : count;
}
