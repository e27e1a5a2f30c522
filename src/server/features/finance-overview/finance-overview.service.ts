/**
 * The finance overview of a subsidy year (docs/rules/finance-overview.md): for finance and
 * the policy officer, amounts per category only, no organisation or person.
 */
import { amsterdamDay } from '../../../domain/dates.ts';
import { financeOverview } from '../../../domain/grants/finance-overview.ts';
import { CATEGORY_CODES, type Category } from '../../../domain/tender/categories.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import * as repo from './finance-overview.repository.ts';
import type { FinanceOverviewQuery, FinanceOverviewView } from './finance-overview.schemas.ts';

const isCategory = (code: string): code is Category =>
  (CATEGORY_CODES as readonly string[]).includes(code);

/**
 * The year shown when none is asked: the newest year up to the current one with a grant; else
 * the newest up to the current one with a round; else the newest; else the current year.
 */
function defaultYear(years: readonly { year: number; hasGrants: boolean }[], current: number) {
  const past = years.filter((y) => y.year <= current);
  return (past.find((y) => y.hasGrants) ?? past[0] ?? years[0])?.year ?? current;
}

export async function getFinanceOverview(
  { db, now }: Pick<UseCaseContext, 'db' | 'now'>,
  query: FinanceOverviewQuery,
): Promise<FinanceOverviewView> {
  const rounds = await repo.roundYears(db);
  const year = query.year ?? defaultYear(rounds, Number(amsterdamDay(now).slice(0, 4)));
  const years = rounds.map((r) => r.year);
  return { year, years, ...(await overviewOfYear(db, year)) };
}

/**
 * The overview of a year, of the grants `keep` accepts (by the grant's provision): the
 * dashboards narrow it to an organisation or a neighbourhood. The ceilings stay those of the
 * whole category.
 */
export async function overviewOfYear(
  db: UseCaseContext['db'],
  year: number,
  keep: (provisionId: string) => boolean = () => true,
) {
  const [ceilings, allGrants, settlements, withdrawalReclaims] = await Promise.all([
    repo.ceilingsOfYear(db, year),
    repo.grantsOfYear(db, year),
    repo.issuedSettlementsOfYear(db, year),
    repo.withdrawalReclaimsOfYear(db, year),
  ]);
  const grants = allGrants.filter((g) => keep(g.provisionId));
  return financeOverview(
    Object.fromEntries([...ceilings].filter(([code]) => isCategory(code))),
    grants
      .filter((g) => isCategory(g.category))
      .map((g) => ({
        category: g.category as Category,
        grantedCents: g.grantedCents,
        paidCents: g.paidCents,
        withdrawn: g.withdrawn,
        settledCents: settlements.get(g.id)?.settledCents ?? null,
        reclaimedCents: settlements.get(g.id)?.reclaimedCents ?? 0,
        withdrawalReclaimCents: withdrawalReclaims.get(g.id) ?? 0,
      })),
  );
}
