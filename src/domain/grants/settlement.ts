/**
 * Settling a grant (vaststelling, Awb 4:46): the municipality fixes the amount the organisation
 * is finally entitled to, never more than granted. Against the advances paid, that leaves a
 * sum to reclaim (terugvordering, Awb 4:57), a last payment, or nothing — never both a reclaim
 * and a payment. A sum due under the settlement letter is paid within six weeks after the
 * letter was sent (Awb 4:87), extended by the Algemene termijnenwet like every statutory term
 * (docs/rules/grant-lifecycle.md).
 */
import { statutoryTerm } from '../statutory-terms.ts';

export interface SettlementFigures {
  grantedCents: number;
  /** The amount fixed by the settlement. */
  settledCents: number;
  /** The advances paid so far. */
  paidCents: number;
}

export type SettlementOutcome =
  | { kind: 'reclaim'; amountCents: number }
  | { kind: 'extra_payment'; amountCents: number }
  | { kind: 'balanced'; amountCents: 0 };

function isCents(value: number): boolean {
  return Number.isSafeInteger(value) && value >= 0;
}

/** What is wrong with a proposed settlement, in Dutch, per field; null when nothing is. */
export function settlementProblem(
  figures: SettlementFigures,
): { path: 'settledCents'; message: string } | null {
  if (!isCents(figures.settledCents))
    return { path: 'settledCents', message: 'Vul een bedrag in hele centen in, € 0,00 of meer.' };
  if (figures.settledCents > figures.grantedCents)
    return {
      path: 'settledCents',
      message: 'Het vastgestelde bedrag kan niet hoger zijn dan de verleende subsidie.',
    };
  return null;
}

export function settlementOutcome(figures: SettlementFigures): SettlementOutcome {
  for (const [name, value] of Object.entries(figures) as [string, number][])
    if (!isCents(value)) throw new RangeError(`${name} must be a whole number of cents, 0 or more`);
  if (figures.settledCents > figures.grantedCents)
    throw new RangeError('settledCents is above grantedCents');
  const difference = figures.paidCents - figures.settledCents;
  if (difference > 0) return { kind: 'reclaim', amountCents: difference };
  if (difference < 0) return { kind: 'extra_payment', amountCents: -difference };
  return { kind: 'balanced', amountCents: 0 };
}

/** Weeks within which a sum due under a decision is paid (Awb 4:87). */
export const PAYMENT_TERM_WEEKS = 6;

/** The last day to pay back a reclaim under a settlement letter sent on `sentDay`. */
export function reclaimDueDay(sentDay: string): string {
  return statutoryTerm(sentDay, PAYMENT_TERM_WEEKS).deadline;
}
