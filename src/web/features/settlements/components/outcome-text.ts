import type { SettlementOutcome } from '../../../../domain/grants/settlement.ts';
import { formatEuro } from '../../../components/money.ts';
import { settlementsTexts } from '../texts.ts';

/** "Terugvordering € 833,26", "Nabetaling € 1.166,74", or that nothing is left. */
export function outcomeText(outcome: Pick<SettlementOutcome, 'kind' | 'amountCents'>): string {
  const t = settlementsTexts.outcome;
  if (outcome.kind === 'reclaim') return t.reclaim(formatEuro(outcome.amountCents));
  if (outcome.kind === 'extra_payment') return t.extra_payment(formatEuro(outcome.amountCents));
  return t.balanced();
}
