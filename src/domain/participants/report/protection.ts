/**
 * Protection of small numbers against computing back (docs/privacy/small-numbers.md): counts
 * under sum rules (`protectCounts`) and means of groups of people (`protectMeans`). How the
 * municipality's report uses them is described in municipality-report.ts.
 */
import { SUPPRESSION_THRESHOLD, type ReportedCount } from '../suppression.ts';

/** A count outside the provision: a number, "<5", or `null` when hidden against computing back. */
export type ProtectedCount = ReportedCount | null;

/** `total` is the sum of `parts`. */
export interface SumRule {
  total: string;
  parts: readonly string[];
}

const SHOWN = 0;
const SMALL = 1;
const HIDDEN = 2;
/**
 * A "<5" shown as hidden because no shown number could be hidden to protect it: every count
 * of the table is 1–4. Its bounds are 1 and more, so that everything else stays as it was.
 */
const HIDDEN_SMALL = 3;

/**
 * A set of counts and sum rules, numbered for speed: the protection works out the bounds many
 * times (for every number it considers hiding).
 */
class CountSystem {
  readonly ids: string[];
  readonly values: Float64Array;
  /** SHOWN, SMALL ("<5") or HIDDEN per count. */
  readonly kinds: Uint8Array;
  readonly totals: Int32Array;
  readonly parts: Int32Array[];
  /** The rules each count takes part in. */
  readonly rulesOf: number[][];
  readonly levels: Int32Array;

  constructor(values: ReadonlyMap<string, number>, rules: readonly SumRule[]) {
    this.ids = [...values.keys()];
    const index = new Map(this.ids.map((id, i) => [id, i]));
    const at = (id: string) => {
      const i = index.get(id);
      if (i === undefined) throw new Error(`A sum rule names an unknown count: ${id}`);
      return i;
    };
    this.values = Float64Array.from(this.ids, (id) => values.get(id)!);
    this.kinds = Uint8Array.from(this.values, (v) =>
      v > 0 && v < SUPPRESSION_THRESHOLD ? SMALL : SHOWN,
    );
    this.totals = Int32Array.from(rules, (rule) => at(rule.total));
    this.parts = rules.map((rule) => Int32Array.from(rule.parts, at));
    this.rulesOf = this.ids.map(() => []);
    rules.forEach((_, r) => {
      for (const i of [this.totals[r]!, ...this.parts[r]!]) this.rulesOf[i]!.push(r);
    });
    this.levels = this.levelsOf();
    this.lo = new Float64Array(this.ids.length);
    this.hi = new Float64Array(this.ids.length);
    this.queued = new Uint8Array(rules.length);
    this.queue = new Int32Array(rules.length);
  }

  /**
   * How far down each count is: 0 for a count that is no part of any sum (the municipality's
   * total), one more than the total it is a part of (a category, a client route), and so on.
   */
  private levelsOf(): Int32Array {
    const levels = new Int32Array(this.ids.length).fill(-1);
    const queue: number[] = [];
    this.ids.forEach((_, i) => {
      if (!this.rulesOf[i]!.some((r) => this.totals[r] !== i)) {
        levels[i] = 0;
        queue.push(i);
      }
    });
    for (let head = 0; head < queue.length; head++) {
      const i = queue[head]!;
      for (const r of this.rulesOf[i]!) {
        if (this.totals[r] !== i) continue;
        for (const part of this.parts[r]!) {
          if (levels[part] === -1) {
            levels[part] = levels[i]! + 1;
            queue.push(part);
          }
        }
      }
    }
    return levels;
  }

  private readonly lo: Float64Array;
  private readonly hi: Float64Array;
  private readonly queued: Uint8Array;
  /** A ring of rule numbers: a rule is in it at most once, so it never overflows. */
  private readonly queue: Int32Array;

  /**
   * Narrows the smallest and largest value each count can have for someone who knows the
   * rules and what is shown (shown numbers exactly, "<5" 1 to 4, hidden 5 or more), rule by
   * rule until nothing changes; every bound holds the true value, so this ends. Bounds only
   * narrow, so a "<5" with one value left stays so: the narrowing stops at the first one
   * (`watch`: that count only; -1: any "<5"), which it returns; -1 when there is none.
   */
  private firstPinned(watch: number): number {
    const { lo, hi, queued, queue, kinds, values } = this;
    const n = this.ids.length;
    for (let i = 0; i < n; i++) {
      const kind = kinds[i];
      lo[i] =
        kind === SHOWN
          ? values[i]!
          : kind === SMALL || kind === HIDDEN_SMALL
            ? 1
            : SUPPRESSION_THRESHOLD;
      hi[i] = kind === SHOWN ? values[i]! : kind === SMALL ? 4 : Infinity;
    }
    const rules = this.parts.length;
    for (let r = 0; r < rules; r++) {
      queue[r] = r;
      queued[r] = 1;
    }
    let head = 0;
    let size = rules;
    /** After a change of count `i`: its rules again, and whether it is now pinned. */
    const changed = (i: number): boolean => {
      for (const r of this.rulesOf[i]!) {
        if (queued[r]) continue;
        queued[r] = 1;
        queue[(head + size) % rules] = r;
        size++;
      }
      return lo[i] === hi[i] && (watch === -1 ? kinds[i] === SMALL : i === watch);
    };
    while (size > 0) {
      const r = queue[head]!;
      head = (head + 1) % rules;
      size--;
      queued[r] = 0;
      const t = this.totals[r]!;
      const parts = this.parts[r]!;
      let low = 0;
      let finiteHigh = 0;
      let infinite = 0;
      for (const p of parts) {
        low += lo[p]!;
        if (hi[p] === Infinity) infinite++;
        else finiteHigh += hi[p]!;
      }
      const high = infinite > 0 ? Infinity : finiteHigh;
      if (low > lo[t]! || high < hi[t]!) {
        lo[t] = Math.max(lo[t]!, low);
        hi[t] = Math.min(hi[t]!, high);
        if (changed(t)) return t;
      }
      for (const p of parts) {
        const othersLow = low - lo[p]!;
        const partInfinite = hi[p] === Infinity;
        const othersHigh =
          infinite - (partInfinite ? 1 : 0) > 0
            ? Infinity
            : finiteHigh - (partInfinite ? 0 : hi[p]!);
        const newLo = Math.max(lo[p]!, lo[t]! - othersHigh);
        const newHi = Math.min(hi[p]!, hi[t]! - othersLow);
        if (newLo !== lo[p] || newHi !== hi[p]) {
          lo[p] = newLo;
          hi[p] = newHi;
          if (changed(p)) return p;
        }
      }
    }
    return -1;
  }

  /** A "<5" that the shown numbers give one exact value, or -1. */
  pinnedSmall(): number {
    return this.firstPinned(-1);
  }

  /** Whether `target` is free when `hide` are hidden as well. */
  freeWith(target: number, hide: number[]): boolean {
    for (const i of hide) this.kinds[i] = HIDDEN;
    const pinned = this.firstPinned(target);
    for (const i of hide) this.kinds[i] = SHOWN;
    return pinned === -1;
  }

  /**
   * The shown numbers that take part in pinning `target`: those in its rules, and in the
   * rules of the counts not shown that those reach; nearest first, then smallest. The search
   * stops after the first distance that brings the list to `enough`.
   */
  candidatesFor(target: number, enough: number): number[] {
    const depth = new Int32Array(this.ids.length).fill(-1);
    depth[target] = 0;
    let level = [target];
    const candidates: number[] = [];
    while (level.length > 0 && candidates.length < enough) {
      const next: number[] = [];
      const reach = (other: number, d: number) => {
        if (depth[other] !== -1) return;
        depth[other] = d;
        if (this.kinds[other] !== SHOWN) next.push(other);
        else if (this.values[other]! > 0) candidates.push(other);
      };
      for (const from of level) {
        for (const r of this.rulesOf[from]!) {
          reach(this.totals[r]!, depth[from]! + 1);
          for (const p of this.parts[r]!) reach(p, depth[from]! + 1);
        }
      }
      level = next;
    }
    return candidates.sort(
      (a, b) => depth[a]! - depth[b]! || this.values[a]! - this.values[b]! || a - b,
    );
  }
}

/** How many candidates are tried on their own, and (of each their own) two at a time. */
const SINGLES = 24;
const PAIRS = 12;

/**
 * Protects counts: 1–4 become "<5", and where the sum rules and the numbers shown would
 * still give a "<5" one exact value, more numbers are hidden (`null`) until none can be
 * computed back: the nearest, smallest number that takes the exact value away on its own;
 * else two that do so together (a number and one it could be computed from), the highest
 * totals and then the smallest numbers first, so the details stay; else the highest total
 * involved, and then look again. When only "<5"s give it away, that "<5" is hidden itself.
 * Every count a rule names must be in `values`.
 */
export function protectCounts(
  values: ReadonlyMap<string, number>,
  rules: readonly SumRule[],
): Map<string, ProtectedCount> {
  const system = new CountSystem(values, rules);
  const { kinds, levels } = system;
  const value = (i: number) => system.values[i]!;
  for (let round = 0; round < system.ids.length; round++) {
    const target = system.pinnedSmall();
    if (target === -1) break;
    const candidates = system.candidatesFor(target, SINGLES);
    if (candidates.length === 0) {
      // Only "<5"s around it (say two categories of one provision each, with 1 participant
      // per client route: each category is at least 2, so the "<5" total is 4): the "<5"
      // itself is not shown. That only widens the bounds of the rest.
      kinds[target] = HIDDEN_SMALL;
      continue;
    }
    const single = candidates.slice(0, SINGLES).find((i) => system.freeWith(target, [i]));
    if (single !== undefined) {
      kinds[single] = HIDDEN;
      continue;
    }
    // Of two, the highest totals first (the details stay), then the smallest numbers.
    const cost = (a: number, b: number) => (levels[a]! + levels[b]!) * 1e9 + value(a) + value(b);
    let pair: [number, number] | null = null;
    for (const first of candidates.slice(0, PAIRS)) {
      kinds[first] = HIDDEN;
      const seconds = system.candidatesFor(first, PAIRS).slice(0, PAIRS);
      kinds[first] = SHOWN;
      for (const second of seconds) {
        if (pair && cost(first, second) >= cost(pair[0], pair[1])) continue;
        if (system.freeWith(target, [first, second])) pair = [first, second];
      }
    }
    const chosen = pair ?? [
      [...candidates].sort((a, b) => levels[a]! - levels[b]! || value(a) - value(b))[0]!,
    ];
    for (const i of chosen) kinds[i] = HIDDEN;
  }
  const result = new Map<string, ProtectedCount>();
  system.ids.forEach((id, i) => {
    result.set(id, kinds[i] === SHOWN ? value(i) : kinds[i] === SMALL ? '<5' : null);
  });
  return result;
}

/**
 * The means to hide, given the number of people behind each mean and the rules of which
 * group of people is the sum of which smaller groups. A mean of 1–4 people is hidden; and
 * where a shown mean and its parts' shown means would give the sum of scores of 1–4 people
 * (the parts not shown together count 1–4 people), one more mean is hidden, the one of the
 * fewest people that takes that away.
 */
export function protectMeans(
  people: ReadonlyMap<string, number>,
  rules: readonly SumRule[],
): Set<string> {
  const hidden = new Set<string>();
  for (const [id, n] of people) if (n > 0 && n < SUPPRESSION_THRESHOLD) hidden.add(id);
  const n = (id: string) => people.get(id) ?? 0;
  const small = (total: number) => total > 0 && total < SUPPRESSION_THRESHOLD;

  /** Which sums of scores can be computed, and the rules where a small group's sum can. */
  const leaks = (): SumRule[] => {
    const known = new Set([...people.keys()].filter((id) => !hidden.has(id)));
    for (let changed = true; changed;) {
      changed = false;
      for (const rule of rules) {
        const unknown = rule.parts.filter((id) => !known.has(id));
        if (!known.has(rule.total) && unknown.length === 0) {
          known.add(rule.total);
          changed = true;
        } else if (known.has(rule.total) && unknown.length === 1) {
          known.add(unknown[0]!);
          changed = true;
        }
      }
    }
    const leaking = rules.filter(
      (rule) =>
        known.has(rule.total) &&
        small(rule.parts.filter((id) => !known.has(id)).reduce((sum, id) => sum + n(id), 0)),
    );
    // A small group whose sum is known through its parts or its whole.
    for (const id of known) {
      if (hidden.has(id) && small(n(id))) leaking.push({ total: id, parts: [] });
    }
    return leaking;
  };

  for (let round = 0, leaking = leaks(); leaking.length > 0 && round < people.size; round++) {
    const candidates = [...people.keys()]
      .filter((id) => !hidden.has(id) && n(id) > 0)
      .sort((a, b) => n(a) - n(b) || a.localeCompare(b));
    if (candidates.length === 0) break;
    const before = leaking.length;
    const chosen =
      candidates.find((id) => {
        hidden.add(id);
        const fewer = leaks().length < before;
        hidden.delete(id);
        return fewer;
      }) ?? candidates[0]!;
    hidden.add(chosen);
    leaking = leaks();
  }
  return hidden;
}
