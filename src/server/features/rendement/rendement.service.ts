/**
 * The return and business cases (docs/rules/rendement.md): named scenarios of the assumptions,
 * kept by the policy officer with an audit trail, and the business cases per provision,
 * organisation, category or year computed from the registration under one scenario.
 */
import { amsterdamDay } from '../../../domain/dates.ts';
import {
  EMPTY_FIGURES,
  addFigures,
  businessCase,
  type AssumptionKey,
  type RegistrationFigures,
} from '../../../domain/return/business-case.ts';
import { DEFAULT_SCENARIO, DEFAULT_SCENARIO_ID } from '../../../domain/return/scenarios.ts';
import { toHundredths } from '../../../domain/return/rendement.ts';
import { CATEGORY_LABELS, type Category } from '../../../domain/tender/categories.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Queryable } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import * as repo from './rendement.repository.ts';
import {
  type BusinessCaseQuery,
  type BusinessCaseRow,
  type BusinessCasesView,
  type Grouping,
  type ScenarioBody,
  type ScenarioView,
  businessCaseQuerySchema,
  scenarioBodySchema,
} from './rendement.schemas.ts';

/** How many years back the business cases go at most. */
const MAX_YEARS = 10;

function defaultScenarioView(): ScenarioView {
  return { ...DEFAULT_SCENARIO, updatedByName: null, updatedAt: null };
}

function toView(row: repo.ScenarioRow): ScenarioView {
  return {
    id: row.id,
    name: row.name,
    assumptions: {
      shareWouldQualify: { numerator: row.shareNumerator, denominator: row.shareDenominator },
      personsPerPlace: row.personsPerPlaceHundredths / 100,
      costPerPlaceCents: row.costPerPlaceCents,
      hoursPerApplication: row.hoursPerApplicationHundredths / 100,
      productiveHoursPerFte: row.productiveHoursPerFteHundredths / 100,
      monthlyContributionCents: row.monthlyContributionCents,
    },
    sources: row.sources as Record<AssumptionKey, string>,
    readOnly: false,
    updatedByName: row.updatedByName,
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function allScenarios(db: Queryable): Promise<ScenarioView[]> {
  return [defaultScenarioView(), ...(await repo.listScenarios(db)).map(toView)];
}

/** The default scenario and those of the policy officers, the default first. */
export async function listScenarios({ db }: Pick<UseCaseContext, 'db'>): Promise<ScenarioView[]> {
  return allScenarios(db);
}

function storedValues(input: ReturnType<typeof scenarioBodySchema.parse>) {
  return {
    name: input.name,
    shareNumerator: input.shareWouldQualify.numerator,
    shareDenominator: input.shareWouldQualify.denominator,
    personsPerPlaceHundredths: toHundredths(input.personsPerPlace)!,
    costPerPlaceCents: input.costPerPlaceCents,
    hoursPerApplicationHundredths: toHundredths(input.hoursPerApplication)!,
    productiveHoursPerFteHundredths: toHundredths(input.productiveHoursPerFte)!,
    monthlyContributionCents: input.monthlyContributionCents,
    sources: input.sources,
  };
}

async function refuseTakenName(db: Queryable, name: string, ownId?: string) {
  const taken = await repo.findScenarioByName(db, name);
  if ((taken && taken.id !== ownId) || name.toLowerCase() === DEFAULT_SCENARIO.name.toLowerCase()) {
    throw new AppError('RENDEMENT_SCENARIO_NAME_TAKEN', {
      fields: [{ path: 'name', message: 'Er is al een scenario met deze naam.' }],
    });
  }
}

/** A new named scenario; every assumption with its source. */
export async function createScenario(
  { db, actor, now }: UseCaseContext,
  body: ScenarioBody,
): Promise<{ id: string }> {
  const input = scenarioBodySchema.parse(body);
  return changeWithAudit(db, actor, async (tx, audit) => {
    await refuseTakenName(tx, input.name);
    const values = storedValues(input);
    const id = await repo.insertScenario(tx, {
      ...values,
      createdBy: actor.userId,
      createdAt: now,
      updatedBy: actor.userId,
      updatedAt: now,
    });
    await audit({
      action: 'rendement.scenario.create',
      entityType: 'rendement_scenario',
      entityId: id,
      after: values,
    });
    return { id };
  });
}

/** Changes a scenario's name, assumptions or sources; the default scenario cannot change. */
export async function updateScenario(
  { db, actor, now }: UseCaseContext,
  { scenarioId, body }: { scenarioId: string; body: ScenarioBody },
): Promise<{ id: string }> {
  const input = scenarioBodySchema.parse(body);
  return changeWithAudit(db, actor, async (tx, audit) => {
    const before = await repo.findScenario(tx, scenarioId);
    if (!before) throw new AppError('NOT_FOUND');
    await refuseTakenName(tx, input.name, scenarioId);
    const values = storedValues(input);
    await repo.updateScenario(tx, scenarioId, {
      ...values,
      updatedBy: actor.userId,
      updatedAt: now,
    });
    const {
      createdAt: _c,
      updatedAt: _u,
      createdBy: _cb,
      updatedBy: _ub,
      id: _id,
      ...old
    } = before;
    await audit({
      action: 'rendement.scenario.update',
      entityType: 'rendement_scenario',
      entityId: scenarioId,
      before: old,
      after: values,
    });
    return { id: scenarioId };
  });
}

interface Group {
  key: string;
  label: string;
  organisationName: string | null;
  category: Category | null;
  year: number | null;
  figures: RegistrationFigures;
}

function groupKey(row: repo.ProvisionYearFigures, groupBy: Grouping): Omit<Group, 'figures'> {
  const category = row.category as Category;
  switch (groupBy) {
    case 'provision':
      return {
        key: `${row.provisionId}:${row.year}`,
        label: row.provisionName,
        organisationName: row.organisationName,
        category,
        year: row.year,
      };
    case 'organisation':
      return {
        key: `${row.organisationName}:${row.year}`,
        label: row.organisationName,
        organisationName: row.organisationName,
        category: null,
        year: row.year,
      };
    case 'category':
      return {
        key: `${category}:${row.year}`,
        label: CATEGORY_LABELS[category] ?? category,
        organisationName: null,
        category,
        year: row.year,
      };
    case 'year':
      return {
        key: String(row.year),
        label: String(row.year),
        organisationName: null,
        category: null,
        year: row.year,
      };
  }
}

/**
 * The business cases of a year (or all years) under a scenario, grouped per provision,
 * organisation, category or year, with the total. Sums of counts are made before the return
 * is computed, so a group of small provisions can together pass the "<5" rule.
 */
export async function getBusinessCases(
  { db, now }: Pick<UseCaseContext, 'db' | 'now'>,
  query: BusinessCaseQuery,
): Promise<BusinessCasesView> {
  const { scenario: scenarioId, groupBy, year } = businessCaseQuerySchema.parse(query);
  const scenarios = await allScenarios(db);
  const scenario = scenarios.find((s) => s.id === (scenarioId ?? DEFAULT_SCENARIO_ID));
  if (!scenario) throw new AppError('NOT_FOUND');

  const thisYear = Number(amsterdamDay(now).slice(0, 4));
  const first = Math.max((await repo.firstYear(db)) ?? thisYear, thisYear - MAX_YEARS + 1);
  const all = await repo.figuresPerProvisionYear(db, { fromYear: first, toYear: thisYear });
  const years = [...new Set(all.map((r) => r.year))].sort((a, b) => b - a);
  const chosen = year === undefined ? all : all.filter((r) => r.year === year);

  const groups = new Map<string, Group>();
  for (const row of chosen) {
    const head = groupKey(row, groupBy);
    const group = groups.get(head.key) ?? { ...head, figures: EMPTY_FIGURES };
    group.figures = addFigures(group.figures, row);
    groups.set(head.key, group);
  }
  const { assumptions } = scenario;
  const rows: BusinessCaseRow[] = [...groups.values()].map((g) => ({
    key: g.key,
    label: g.label,
    organisationName: g.organisationName,
    category: g.category,
    year: g.year,
    figures: businessCase(g.figures, assumptions),
  }));
  const total = businessCase(
    [...groups.values()].reduce((sum, g) => addFigures(sum, g.figures), EMPTY_FIGURES),
    assumptions,
  );
  return {
    scenario,
    scenarios,
    groupBy,
    year: year ?? null,
    years,
    rows,
    total,
    computedAt: now.toISOString(),
  };
}
