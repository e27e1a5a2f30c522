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

/** A budget line of the application, as far as the settlement needs it. */
export interface SettlementBudgetLine {
  kind: string;
  cents: number;
}

export interface SettlementProposal {
  category: string;
  grantedCents: number;
  settledCents: number;
  /** The application's budget lines: a living room settles fixed costs only. */
  budgetLines: readonly SettlementBudgetLine[];
  /** Why the settled amount is lower than granted (Awb 3:46); required when it is. */
  reasons: string;
}

/** The fixed costs (vaste lasten) in an application's budget. */
export function fixedCostsCents(lines: readonly SettlementBudgetLine[]): number {
  return lines.reduce((sum, line) => (line.kind === 'fixed_costs' ? sum + line.cents : sum), 0);
}

/**
 * The most that may be settled: the grant, and for a living room no more than the fixed costs
 * of its budget, because a living room is funded for its fixed costs only (docs/rules/eligible-costs.md,
 * docs/rules/grant-lifecycle.md).
 */
export function settlementLimit(
  proposal: Pick<SettlementProposal, 'category' | 'grantedCents' | 'budgetLines'>,
): { limitCents: number; because: 'granted' | 'fixed_costs' } {
  if (proposal.category === 'living_room') {
    const fixed = fixedCostsCents(proposal.budgetLines);
    if (fixed < proposal.grantedCents) return { limitCents: fixed, because: 'fixed_costs' };
  }
  return { limitCents: proposal.grantedCents, because: 'granted' };
}

const euros = (cents: number) =>
  new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);

/**
 * Everything wrong with a proposed settlement, in Dutch, per field: an amount in whole cents
 * no higher than the grant; for a living room no higher than its fixed costs; and reasons
 * when it is lower than granted (docs/rules/grant-lifecycle.md).
 */
export function proposalProblems(
  proposal: SettlementProposal,
): { path: 'settledCents' | 'reasons'; message: string }[] {
  const amount = settlementProblem({
    grantedCents: proposal.grantedCents,
    settledCents: proposal.settledCents,
    paidCents: 0,
  });
  if (amount) return [amount];
  const problems: { path: 'settledCents' | 'reasons'; message: string }[] = [];
  const limit = settlementLimit(proposal);
  if (limit.because === 'fixed_costs' && proposal.settledCents > limit.limitCents)
    problems.push({
      path: 'settledCents',
      message: `Een huiskamer krijgt alleen vaste lasten vergoed: het vastgestelde bedrag kan niet hoger zijn dan de vaste lasten in de begroting (${euros(limit.limitCents)}).`,
    });
  if (proposal.settledCents < proposal.grantedCents && proposal.reasons.trim() === '')
    problems.push({
      path: 'reasons',
      message:
        'Het vastgestelde bedrag is lager dan verleend: vul de redenen in (welke activiteiten of kosten niet zijn gerealiseerd).',
    });
  return problems;
}

/** The grant's statuses from which it may be settled, and when (docs/rules/grant-lifecycle.md). */
export interface SettlementGate {
  status: string;
  accountabilityTier: string;
  periodEnd: string;
  today: string;
}

/**
 * Why the grant cannot be settled now, in Dutch; null when it can. A grant is settled after
 * its report is submitted; a grant of the direct tier, which hands in no report, once its
 * period has ended (on request, or on the municipality's own initiative).
 */
export function settlementGateProblem(gate: SettlementGate): string | null {
  if (gate.status === 'report_submitted') return null;
  if (gate.status === 'granted' || gate.status === 'advanced') {
    if (gate.accountabilityTier !== 'direct')
      return 'Deze subsidie wordt vastgesteld na de verantwoording; die is nog niet ingediend.';
    if (gate.today <= gate.periodEnd)
      return 'De subsidieperiode is nog niet afgelopen; vaststellen kan pas daarna.';
    return null;
  }
  if (gate.status === 'settled' || gate.status === 'closed')
    return 'Deze subsidie is al vastgesteld.';
  return 'Deze subsidie is ingetrokken; er valt niets vast te stellen.';
}

/** The figures a settlement letter states, from the amounts and the day it is sent. */
export interface SettlementLetterFigures {
  grantedCents: number;
  settledCents: number;
  paidCents: number;
  outcome: SettlementOutcome;
  /** Only for a reclaim: the last day to pay it back. */
  reclaimDueDay: string | null;
}

export function settlementLetterFigures(
  figures: SettlementFigures,
  sentDay: string,
): SettlementLetterFigures {
  const outcome = settlementOutcome(figures);
  return {
    ...figures,
    outcome,
    reclaimDueDay: outcome.kind === 'reclaim' ? reclaimDueDay(sentDay) : null,
  };
}

/** The rules of settling as the policy officer reads them beside the form (grant-lifecycle.md). */
export const REASONS_RULE =
  'Stelt u lager vast dan verleend, dan vult u de redenen in; die staan in de beschikking (artikel 3:46 en 4:46, tweede lid, Awb).';
export const LIVING_ROOM_RULE =
  'Een huiskamer krijgt alleen de vaste lasten vergoed: het vastgestelde bedrag is nooit hoger dan de vaste lasten in de begroting van de aanvraag, of in de verschoven begroting als een wijziging daarvan is toegestaan.';
export const RECLAIM_TERM_RULE =
  'Is er meer aan voorschotten betaald dan vastgesteld, dan vordert de beschikking het verschil terug (artikel 4:57 Awb), te betalen binnen zes weken na verzending (artikel 4:87 Awb, verlengd volgens de Algemene termijnenwet). Is er minder betaald, dan gaat het verschil mee in de volgende betaalrun.';
