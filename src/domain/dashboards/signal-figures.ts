/**
 * Double-financing signals and relapse per category for the dashboards
 * (docs/rules/dashboards.md). They are counts of people outside the provision, so 1–4 is
 * "<5", and a number from which a "<5" could be computed back is hidden: the categories add
 * up to the total, and the open and the closed signals add up to all signals (the closed
 * ones are not shown, but someone can subtract).
 */
import { CATEGORY_CODES, type Category } from '../tender/categories.ts';
import {
  protectCounts,
  type ProtectedCount,
  type SumRule,
} from '../participants/report/protection.ts';

export interface SignalCounts {
  signals: number;
  open: number;
  relapse: number;
}

export type ProtectedSignalCounts = Record<keyof SignalCounts, ProtectedCount>;

export function signalFigures(perCategory: ReadonlyMap<Category, SignalCounts>): {
  byCategory: (ProtectedSignalCounts & { category: Category })[];
  total: ProtectedSignalCounts;
} {
  const nodes = ['total', ...CATEGORY_CODES] as const;
  const of = (node: (typeof nodes)[number]): SignalCounts => {
    if (node !== 'total') return perCategory.get(node) ?? { signals: 0, open: 0, relapse: 0 };
    const total = { signals: 0, open: 0, relapse: 0 };
    for (const c of CATEGORY_CODES) {
      const counts = perCategory.get(c);
      if (!counts) continue;
      total.signals += counts.signals;
      total.open += counts.open;
      total.relapse += counts.relapse;
    }
    return total;
  };
  const values = new Map<string, number>();
  const rules: SumRule[] = [];
  for (const node of nodes) {
    const counts = of(node);
    values.set(`signals|${node}`, counts.signals);
    values.set(`open|${node}`, counts.open);
    values.set(`closed|${node}`, counts.signals - counts.open);
    values.set(`relapse|${node}`, counts.relapse);
    rules.push({ total: `signals|${node}`, parts: [`open|${node}`, `closed|${node}`] });
  }
  for (const measure of ['signals', 'open', 'closed', 'relapse']) {
    rules.push({
      total: `${measure}|total`,
      parts: CATEGORY_CODES.map((c) => `${measure}|${c}`),
    });
  }
  const shown = protectCounts(values, rules);
  const at = (id: string): ProtectedCount => (shown.has(id) ? shown.get(id)! : 0);
  const row = (node: string): ProtectedSignalCounts => ({
    signals: at(`signals|${node}`),
    open: at(`open|${node}`),
    relapse: at(`relapse|${node}`),
  });
  return {
    byCategory: CATEGORY_CODES.map((category) => ({ category, ...row(category) })),
    total: row('total'),
  };
}
