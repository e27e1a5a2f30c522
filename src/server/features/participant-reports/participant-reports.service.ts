/**
 * Reports on participants (docs/rules/participants.md). A provision's own report shows its numbers
 * as they are; the municipality's report protects small numbers (src/domain/participants/
 * report/municipality-report.ts). Neither names a participant: only counts and means leave the database.
 */
import { amsterdamDay } from '../../../domain/dates.ts';
import {
  fixedPeriodLabel,
  nestedFixedPeriods,
  resolveFixedPeriod,
  type FixedPeriod,
} from '../../../domain/participants/fixed-periods.ts';
import {
  municipalityReport,
  type ReportProvision,
} from '../../../domain/participants/report/municipality-report.ts';
import {
  resolveReportPeriod,
  type ReportPeriod,
} from '../../../domain/participants/report/period.ts';
import { emptyFigures } from '../../../domain/participants/report/provision-figures.ts';
import { provisionSections } from '../../../domain/participants/report/sections.ts';
import { AppError } from '../../platform/errors.ts';
import { provisionInScope } from '../participants/participant-access.ts';
import * as repo from './participant-reports.repository.ts';
import type {
  MunicipalityReport,
  MunicipalityReportQuery,
  ProvisionReport,
  ReportPeriodQuery,
} from './participant-reports.schemas.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';

/** The period asked for (by default the twelve months up to today in Amsterdam). */
export function reportPeriod(query: ReportPeriodQuery, now: Date): ReportPeriod {
  const resolved = resolveReportPeriod(query, amsterdamDay(now));
  if (resolved.ok) return resolved.period;
  throw new AppError('VALIDATION_FAILED', {
    message: `Niet alle gegevens zijn goed ingevuld (${resolved.problems.map((p) => p.path).join(', ')}).`,
    fields: resolved.problems,
  });
}

export async function getProvisionReport(
  { db, scope, now }: Pick<UseCaseContext, 'db' | 'scope' | 'now'>,
  { provisionId, query }: { provisionId: string; query: ReportPeriodQuery },
): Promise<ProvisionReport> {
  const provision = await provisionInScope(db, scope, provisionId);
  const period = reportPeriod(query, now);
  const [figures, organisationName] = await Promise.all([
    repo.figuresPerProvision(db, period, provision.id),
    repo.organisationName(db, provision.organisationId),
  ]);
  return {
    provision: {
      id: provision.id,
      name: provision.name,
      category: provision.category as ProvisionReport['provision']['category'],
      organisationName,
    },
    period,
    ...provisionSections(figures.get(provision.id) ?? emptyFigures(period)),
  };
}

/** The fixed period asked for (by default the last quarter that has ended). */
export function municipalityPeriod(query: MunicipalityReportQuery, now: Date): FixedPeriod {
  const resolved = resolveFixedPeriod(query, amsterdamDay(now));
  if (resolved.ok) return resolved.period;
  throw new AppError('VALIDATION_FAILED', {
    message: `Niet alle gegevens zijn goed ingevuld (${resolved.problems.map((p) => p.path).join(', ')}).`,
    fields: resolved.problems,
  });
}

/**
 * The municipality's report over a fixed period (docs/privacy/small-numbers.md): the figures
 * of the months, quarters and year nested with it are read too, so that no figure is shown
 * that another fixed period would give away by subtraction.
 */
export async function getMunicipalityReport(
  { db, scope, now }: Pick<UseCaseContext, 'db' | 'scope' | 'now'>,
  query: MunicipalityReportQuery,
): Promise<MunicipalityReport> {
  // Only an `all` scope sees the municipality's figures (defence in depth for the access table).
  if (scope.kind !== 'all') throw new AppError('FORBIDDEN');
  const period = municipalityPeriod(query, now);
  const { inside, around } = nestedFixedPeriods(period);
  const periods = [period, ...inside, ...around];
  // All the periods in one pass per table: a year's report reads 17 periods.
  const [provisions, figures] = await Promise.all([
    repo.listReportProvisions(db),
    repo.figuresPerPeriod(db, periods, null),
  ]);
  const reportProvisions = (k: number): ReportProvision[] =>
    provisions.map((r) => ({
      ...r,
      figures: figures[k]!.get(r.id) ?? emptyFigures(periods[k]!),
    }));
  const nested = (first: number, list: FixedPeriod[]) =>
    list.map((p, i) => ({ period: p, provisions: reportProvisions(first + i) }));
  const own = reportProvisions(0);
  const insideFigures = nested(1, inside);
  const aroundFigures = nested(1 + inside.length, around);
  const report = municipalityReport(
    { from: period.from, to: period.to },
    own,
    query.category ?? null,
    { inside: insideFigures, around: aroundFigures },
  );
  return {
    period: {
      from: period.from,
      to: period.to,
      kind: period.kind,
      key: period.key,
      label: fixedPeriodLabel(period),
    },
    ...report,
  };
}
