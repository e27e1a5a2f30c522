/**
 * The finance overview of a subsidy year (docs/rules/finance-overview.md): per category the
 * ceiling of the year's rounds, what was granted, paid, settled and reclaimed, and what is
 * still to pay; a totals row; and how much of the ceiling the grants use. Whole cents only.
 */
import { CATEGORY_CODES, type Category } from '../tender/categories.ts';

/** One grant of the year, as the overview counts it. */
export interface GrantFigures {
  category: Category;
  grantedCents: number;
  /** The advances paid (terms of exported payment runs). */
  paidCents: number;
  /** Withdrawn (Awb 4:48): nothing more is paid on it. */
  withdrawn: boolean;
  /** The amount fixed by the issued settlement; null while the grant is not settled. */
  settledCents: number | null;
  /** The sum reclaimed by the issued settlement (terugvordering); 0 when none. */
  reclaimedCents: number;
  /** The sum reclaimed at once by the withdrawal letter (Awb 4:57); 0 when not withdrawn. */
  withdrawalReclaimCents: number;
}

export interface OverviewFigures {
  ceilingCents: number;
  grantedCents: number;
  paidCents: number;
  settledCents: number;
  reclaimedCents: number;
  stillToPayCents: number;
  /** Granted as a percentage of the ceiling, one decimal; null without a ceiling. */
  ceilingUsePercent: number | null;
}

export interface OverviewRow extends OverviewFigures {
  category: Category;
}

export interface FinanceOverview {
  rows: OverviewRow[];
  total: OverviewFigures;
}

/**
 * What is still to pay on a grant: nothing when withdrawn; after settlement the settled
 * amount less the advances paid, when that is more than nothing (a reclaim is not a negative
 * payment); before it, granted less paid.
 */
export function stillToPay(grant: GrantFigures): number {
  if (grant.withdrawn) return 0;
  const owed = grant.settledCents ?? grant.grantedCents;
  return Math.max(0, owed - grant.paidCents);
}

/**
 * Granted as a percentage of the ceiling, rounded half up to one decimal (in whole numbers, so
 * that 1/8 of a ceiling is 12.5 and not 12.499…); null when there is no ceiling.
 */
export function ceilingUse(grantedCents: number, ceilingCents: number): number | null {
  if (ceilingCents <= 0) return null;
  return Math.floor((grantedCents * 2000 + ceilingCents) / (2 * ceilingCents)) / 10;
}

const MONEY = [
  'ceilingCents',
  'grantedCents',
  'paidCents',
  'settledCents',
  'reclaimedCents',
  'stillToPayCents',
] as const;

function withUse(money: Omit<OverviewFigures, 'ceilingUsePercent'>): OverviewFigures {
  return { ...money, ceilingUsePercent: ceilingUse(money.grantedCents, money.ceilingCents) };
}

/**
 * The overview: one row per category that has a ceiling or a grant in the year, in the
 * regulation's order of categories, and the total of the rows.
 */
export function financeOverview(
  ceilings: Partial<Record<Category, number>>,
  grants: readonly GrantFigures[],
): FinanceOverview {
  const rows: OverviewRow[] = [];
  for (const category of CATEGORY_CODES) {
    const own = grants.filter((g) => g.category === category);
    const ceilingCents = ceilings[category] ?? 0;
    if (own.length === 0 && ceilingCents === 0) continue;
    const sum = (f: (g: GrantFigures) => number) => own.reduce((s, g) => s + f(g), 0);
    rows.push({
      category,
      ...withUse({
        ceilingCents,
        grantedCents: sum((g) => g.grantedCents),
        paidCents: sum((g) => g.paidCents),
        settledCents: sum((g) => g.settledCents ?? 0),
        // Reclaimed by a settlement or, for a withdrawn grant, by the withdrawal letter.
        reclaimedCents: sum((g) => g.reclaimedCents + g.withdrawalReclaimCents),
        stillToPayCents: sum(stillToPay),
      }),
    });
  }
  const total = Object.fromEntries(
    MONEY.map((key) => [key, rows.reduce((s, r) => s + r[key], 0)]),
  ) as Record<(typeof MONEY)[number], number>;
  return { rows, total: withUse(total) };
}
