/**
 * The double-financing rule applied to records in memory (docs/rules/double-financing.md):
 * a signal is a participant period and an allocation period of the same (pseudonymised)
 * person that share at least one day (`overlap` of domain/periods.ts), for a participant with
 * consent for matching and an allocation in scope. The check on files (the command line)
 * matches with this; the server's runs on the permanent tables apply the same rule in SQL,
 * and matching.property.test.ts holds the two to the same signals.
 */
import { overlap } from '../periods.ts';
import type { MatchingScope } from './scope.ts';

export interface Signal {
  provision: string;
  person: string;
  allocationNumber: string;
  providerAgb: string;
  category: string | null;
  product: string | null;
  overlapStart: string;
  overlapEnd: string | null;
}

export interface Counts {
  participants: number;
  withoutConsent: number;
  allocations: number;
  allocationsInScope: number;
  signals: number;
}

export interface MatchedParticipant {
  provision: string;
  consent: boolean;
  /** Null without consent or with a rejected BSN: counted, never matched. */
  person: string | null;
  start: string;
  end: string | null;
}

export interface MatchedAllocation {
  /** Null with a rejected BSN: counted, never matched. */
  person: string | null;
  providerAgb: string;
  allocationNumber: string;
  category: string | null;
  product: string | null;
  start: string;
  end: string | null;
}

/** Whether an allocation is begeleiding groep: its category or its product code is listed. */
export function inScope(
  allocation: Pick<MatchedAllocation, 'category' | 'product'>,
  scope: MatchingScope,
): boolean {
  return (
    (allocation.category !== null && scope.categories.includes(allocation.category)) ||
    (allocation.product !== null && scope.productCodes.includes(allocation.product))
  );
}

/**
 * Compares by Unicode code points, which is the order of the UTF-8 bytes (PostgreSQL's
 * COLLATE "C"): the same order whatever the machine's language, unlike localeCompare, and
 * unlike `<`, which compares UTF-16 units and puts characters beyond U+FFFF before U+E000.
 */
export function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0;
  const x = a[Symbol.iterator]();
  const y = b[Symbol.iterator]();
  for (;;) {
    const p = x.next();
    const q = y.next();
    if (p.done || q.done) return p.done ? (q.done ? 0 : -1) : 1;
    const difference = p.value.codePointAt(0)! - q.value.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
}

/** A missing value first (`nullsFirst`) or last. */
function compareNullable(a: string | null, b: string | null, nullsFirst: boolean): number {
  if (a === b) return 0;
  if (a === null) return nullsFirst ? -1 : 1;
  if (b === null) return nullsFirst ? 1 : -1;
  return compareCodePoints(a, b);
}

/**
 * The order of the contract: provision, person, allocation number and overlap start; then the
 * rest of the signal, so that the output is the same for the same input whatever its order.
 */
export function compareSignals(a: Signal, b: Signal): number {
  return (
    compareCodePoints(a.provision, b.provision) ||
    compareCodePoints(a.person, b.person) ||
    compareCodePoints(a.allocationNumber, b.allocationNumber) ||
    compareCodePoints(a.overlapStart, b.overlapStart) ||
    compareNullable(a.overlapEnd, b.overlapEnd, false) ||
    compareCodePoints(a.providerAgb, b.providerAgb) ||
    compareNullable(a.category, b.category, true) ||
    compareNullable(a.product, b.product, true)
  );
}

/**
 * Every signal once (an allocation that is in two files gives one signal), sorted, with the
 * counts of what went in. Allocations are looked up per person, so the work grows with the
 * number of records and the pairs that share a person, not with their product.
 */
export function matchSignals(
  participants: readonly MatchedParticipant[],
  allocations: readonly MatchedAllocation[],
  scope: MatchingScope,
): { signals: Signal[]; counts: Counts } {
  const byPerson = new Map<string, MatchedAllocation[]>();
  let allocationsInScope = 0;
  for (const allocation of allocations) {
    if (!inScope(allocation, scope)) continue;
    allocationsInScope += 1;
    if (allocation.person === null) continue;
    const own = byPerson.get(allocation.person);
    if (own) own.push(allocation);
    else byPerson.set(allocation.person, [allocation]);
  }

  const found = new Map<string, Signal>();
  let withoutConsent = 0;
  for (const participant of participants) {
    if (!participant.consent) {
      withoutConsent += 1;
      continue;
    }
    if (participant.person === null) continue;
    for (const allocation of byPerson.get(participant.person) ?? []) {
      const shared = overlap(participant, allocation);
      if (!shared) continue;
      const signal: Signal = {
        provision: participant.provision,
        person: participant.person,
        allocationNumber: allocation.allocationNumber,
        providerAgb: allocation.providerAgb,
        category: allocation.category,
        product: allocation.product,
        overlapStart: shared.start,
        overlapEnd: shared.end,
      };
      found.set(JSON.stringify(Object.values(signal)), signal);
    }
  }

  const signals = [...found.values()].sort(compareSignals);
  return {
    signals,
    counts: {
      participants: participants.length,
      withoutConsent,
      allocations: allocations.length,
      allocationsInScope,
      signals: signals.length,
    },
  };
}
