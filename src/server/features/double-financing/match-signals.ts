/**
 * What the double-financing check finds: its scope, the signals (a participant period that
 * shares at least one day with a Wmo allocation of the same person) and the counts of a run.
 */
export interface Scope {
  /** iWmo product categories that count as begeleiding groep (07 = dagbesteding). */
  categories: string[];
  /** Product codes that count as begeleiding groep whatever their category. */
  products: string[];
}

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

/** Both drivers answer `execute` with `{ rows }`. */
export function rowsOf<T>(result: unknown): T[] {
  return (result as { rows: T[] }).rows;
}
