/**
 * The fund's public accountability (docs/rules/sif-initiatives.md, "Public accountability"):
 * the honoured initiatives whose public text the organisation approved, with their results
 * once settled, and the fund's balances. No login; the same for every visitor.
 */
import { amsterdamDay } from '../../../domain/dates.ts';
import { monthlyPoints } from '../../../domain/fund/ledger.ts';
import { type ImpactReport, impactReportSchema } from '../../../domain/sif/impact.ts';
import { type SifPriority, initiativeContentSchema } from '../../../domain/sif/initiative.ts';
import type { PublicText } from '../../../domain/sif/public-text.ts';
import { AppError } from '../../platform/errors.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { balancesAndSeries } from '../fund/fund.service.ts';
import { neighbourhoodNames } from '../sif-initiatives/sif-initiatives.repository.ts';
import * as repo from './fund-public.repository.ts';

export interface PublicInitiative {
  id: string;
  title: string;
  summary: string;
  organisationName: string;
  neighbourhoods: string[];
  priorities: SifPriority[];
  periodStart: string;
  periodEnd: string;
  grantedCents: number;
  /** The Amsterdam day the organisation approved the text. */
  approvedDay: string;
  /** Once the grant is settled: the settled amount, the impact figures and the approved text. */
  results: {
    settledCents: number;
    impact: Omit<ImpactReport, 'structuralChange'> | null;
    text: string;
  } | null;
}

async function toPublic(
  db: UseCaseContext['db'],
  rows: repo.PublicInitiativeRow[],
): Promise<PublicInitiative[]> {
  const contents = rows.map((r) => initiativeContentSchema.parse(r.content));
  const names = await neighbourhoodNames(db, [
    ...new Set(contents.flatMap((c) => c.neighbourhoodCodes)),
  ]);
  return rows.map((row, i) => {
    const content = contents[i]!;
    const text = row.publicText as PublicText;
    const settled = row.settlementStatus === 'issued' && row.settledCents !== null;
    // The organisation's own narrative in the impact report was never approved for the public:
    // only the figures (already "<5"-protected) and the approved results text are shown.
    const impact = row.impact ? impactReportSchema.parse(row.impact) : null;
    return {
      id: row.id,
      title: text.title,
      summary: text.summary,
      organisationName: row.organisationName,
      neighbourhoods: content.neighbourhoodCodes.map((c) => names.get(c) ?? c),
      priorities: content.priorities,
      periodStart: content.periodStart,
      periodEnd: content.periodEnd,
      grantedCents: row.grantedCents,
      approvedDay: amsterdamDay(row.approvedAt!),
      results: settled
        ? {
            settledCents: row.settledCents!,
            impact: impact
              ? { reach: impact.reach, fewerProvisions: impact.fewerProvisions }
              : null,
            text: text.results,
          }
        : null,
    };
  });
}

export async function listPublicInitiatives({
  db,
}: Pick<UseCaseContext, 'db'>): Promise<PublicInitiative[]> {
  return toPublic(db, await repo.publicInitiatives(db));
}

export async function getPublicInitiative(
  { db }: Pick<UseCaseContext, 'db'>,
  { id }: { id: string },
): Promise<PublicInitiative> {
  const [row] = /^[0-9a-f-]{36}$/i.test(id) ? await repo.publicInitiatives(db, id) : [];
  if (!row) throw new AppError('NOT_FOUND', { message: 'Dit initiatief staat niet openbaar.' });
  return (await toPublic(db, [row]))[0]!;
}

/** The fund's balances now and at the end of each month with bookings. */
export async function publicFund({ db }: Pick<UseCaseContext, 'db'>) {
  const fund = await balancesAndSeries(db);
  return { name: fund.name, balances: fund.balances, months: monthlyPoints(fund.series) };
}
