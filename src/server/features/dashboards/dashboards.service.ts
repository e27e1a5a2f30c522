/**
 * The municipality's dashboards and the neighbourhood map (docs/rules/dashboards.md). Money
 * comes from the finance overview, reach from the municipality's report on participants
 * (protected over all provisions together), so a filter on organisation or neighbourhood
 * narrows the lists but never changes a figure of people.
 */
import { amsterdamDay } from '../../../domain/dates.ts';
import { neighbourhoodMap, ringCentre } from '../../../domain/dashboards/neighbourhood-map.ts';
import { signalFigures, type SignalCounts } from '../../../domain/dashboards/signal-figures.ts';
import { CATEGORY_CODES, type Category } from '../../../domain/tender/categories.ts';
import { AppError } from '../../platform/errors.ts';
import type { UseCaseContext } from '../../platform/use-case.ts';
import { overviewOfYear } from '../finance-overview/finance-overview.service.ts';
import { getMunicipalityReport } from '../participant-reports/participant-reports.service.ts';
import * as repo from './dashboards.repository.ts';
import type {
  DashboardQuery,
  DashboardView,
  MapQuery,
  NeighbourhoodMapView,
} from './dashboards.schemas.ts';
import { BOUNDARY_ATTRIBUTION, referenceBuurten } from './reference-buurten.ts';

type Context = Pick<UseCaseContext, 'db' | 'scope' | 'now'>;

const isCategory = (code: string): code is Category =>
  (CATEGORY_CODES as readonly string[]).includes(code);

/**
 * The year asked for, or the newest that has ended: figures of people are only shown over a
 * whole year that has ended (docs/privacy/small-numbers.md).
 */
async function chosenYear({ db, now }: Context, asked: number | undefined) {
  const current = Number(amsterdamDay(now).slice(0, 4));
  if (asked !== undefined && asked >= current) {
    throw new AppError('VALIDATION_FAILED', {
      message: `Kies een jaar dat voorbij is (tot en met ${current - 1}).`,
      fields: [{ path: 'year', message: `Kies een jaar tot en met ${current - 1}.` }],
    });
  }
  const years = await repo.yearsWithData(db, current);
  return { year: asked ?? years[0] ?? current - 1, years };
}

const zeroFigures = {
  ceilingCents: 0,
  grantedCents: 0,
  paidCents: 0,
  settledCents: 0,
  reclaimedCents: 0,
  stillToPayCents: 0,
  ceilingUsePercent: null,
};

export async function getDashboard(
  context: Context,
  query: DashboardQuery,
): Promise<DashboardView> {
  // Only an `all` scope sees the municipality's figures (defence in depth for the access table).
  if (context.scope.kind !== 'all') throw new AppError('FORBIDDEN');
  const { year, years } = await chosenYear(context, query.year);
  const category = query.category ?? null;
  const places = await repo.provisionPlaces(context.db);
  const placeOf = new Map(places.map((p) => [p.id, p]));
  const keep = (provisionId: string) => {
    const place = placeOf.get(provisionId);
    if (!place) return false;
    return (
      (!query.organisation || place.organisationId === query.organisation) &&
      (!query.wijk || place.districtCode === query.wijk) &&
      (!query.buurt || place.neighbourhoodCode === query.buurt)
    );
  };
  const [finance, reach, signals] = await Promise.all([
    overviewOfYear(context.db, year, keep),
    getMunicipalityReport(context, { period: String(year), category: query.category }),
    repo.signalsAndRelapse(context.db, year),
  ]);
  const financeRows = finance.rows.filter((r) => category === null || r.category === category);
  const counts = new Map<Category, SignalCounts>();
  for (const row of signals) if (isCategory(row.category)) counts.set(row.category, row);
  const protectedSignals = signalFigures(counts);
  return {
    year,
    years,
    filters: {
      category,
      wijk: query.wijk ?? null,
      buurt: query.buurt ?? null,
      organisation: query.organisation ?? null,
    },
    organisations: [...new Map(places.map((p) => [p.organisationId, p.organisationName])).entries()]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'nl')),
    finance: {
      rows: financeRows,
      total: category === null ? finance.total : (financeRows[0] ?? zeroFigures),
    },
    reach: { ...reach, byProvision: reach.byProvision.filter((p) => keep(p.provisionId)) },
    signals: {
      byCategory: protectedSignals.byCategory.filter(
        (r) => category === null || r.category === category,
      ),
      total:
        category === null
          ? protectedSignals.total
          : protectedSignals.byCategory.find((r) => r.category === category)!,
    },
  };
}

/** Markers of provisions in one buurt sit side by side around its centre, not on top. */
const MARKER_SPACING = 0.0012;

export async function getNeighbourhoodMap(
  context: Context,
  query: MapQuery,
): Promise<NeighbourhoodMapView> {
  if (context.scope.kind !== 'all') throw new AppError('FORBIDDEN');
  const { year, years } = await chosenYear(context, query.year);
  const category = query.category ?? null;
  const [reference, places, perBuurt] = await Promise.all([
    referenceBuurten(),
    repo.provisionPlaces(context.db),
    repo.participantsPerBuurt(context.db, year),
  ]);
  const counts = new Map<Category, Map<string | null, number>>();
  for (const row of perBuurt) {
    if (!isCategory(row.category)) continue;
    const map = counts.get(row.category) ?? new Map<string | null, number>();
    map.set(row.code, (map.get(row.code) ?? 0) + row.n);
    counts.set(row.category, map);
  }
  const provisions = places
    .filter((p) => isCategory(p.category))
    .map((p) => ({ ...p, category: p.category as Category }));
  const figures = neighbourhoodMap(reference, counts, provisions, category);
  const shapes = new Map(reference.map((b) => [b.code, b.geometry]));
  const seen = new Map<string, number>();
  // A wijk narrows the buurten and provisions shown; the figures are those of the whole map,
  // so that two wijken give nothing away by subtraction. Unknown buurt codes stay listed.
  const wijk = query.wijk ?? null;
  const inWijk = (districtCode: string | null) => wijk === null || districtCode === wijk;
  const districtOf = new Map(reference.map((b) => [b.code, b.districtCode]));
  return {
    year,
    years,
    category,
    wijk,
    attribution: BOUNDARY_ATTRIBUTION,
    measure: 'participants',
    ...figures,
    buurten: figures.buurten
      .filter((b) => inWijk(b.districtCode))
      .map((b) => ({ ...b, geometry: shapes.get(b.code)! })),
    wijken: figures.wijken.filter((w) => inWijk(w.code)),
    provisions: provisions
      .filter((p) => category === null || p.category === category)
      .filter((p) => inWijk(districtOf.get(p.neighbourhoodCode ?? '') ?? null))
      .map((p) => {
        const shape = p.neighbourhoodCode ? shapes.get(p.neighbourhoodCode) : undefined;
        let point: [number, number] | null = null;
        if (shape && p.neighbourhoodCode) {
          const nth = seen.get(p.neighbourhoodCode) ?? 0;
          seen.set(p.neighbourhoodCode, nth + 1);
          const [lon, lat] = ringCentre(shape.coordinates[0]!);
          point = [lon + nth * MARKER_SPACING, lat];
        }
        return {
          id: p.id,
          name: p.name,
          category: p.category,
          organisationName: p.organisationName,
          neighbourhoodCode: p.neighbourhoodCode,
          point,
        };
      }),
  };
}
