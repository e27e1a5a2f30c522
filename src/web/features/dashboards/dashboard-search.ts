/**
 * The dashboards' filters in the URL (?jaar=2025&categorie=…&wijk=…&buurt=…&organisatie=…),
 * so that a view can be shared as a link and the back button returns to the previous one.
 * The router keeps them as text (`textSearch`); a value the API would refuse is left out.
 */
import {
  dashboardQuerySchema,
  type DashboardQuery,
} from '../../../server/features/dashboards/dashboards.schemas.ts';

/** Dutch names in the URL, the API's names in the code. */
const URL_KEYS = {
  year: 'jaar',
  category: 'categorie',
  wijk: 'wijk',
  buurt: 'buurt',
  organisation: 'organisatie',
} as const satisfies Record<keyof DashboardQuery, string>;

export const DASHBOARD_URL_KEYS = Object.values(URL_KEYS);
export type DashboardSearch = Partial<Record<(typeof DASHBOARD_URL_KEYS)[number], string>>;

const entries = Object.entries(URL_KEYS) as [keyof DashboardQuery, keyof DashboardSearch][];

/** The filters of the URL that are valid; the others as if not chosen. */
export function filtersFromSearch(search: DashboardSearch): DashboardQuery {
  const filters: Record<string, unknown> = {};
  for (const [key, urlKey] of entries) {
    const value = search[urlKey];
    if (value === undefined) continue;
    const parsed = dashboardQuerySchema.shape[key].safeParse(value);
    if (parsed.success && parsed.data !== undefined) filters[key] = parsed.data;
  }
  return filters;
}

/** The URL's search for the filters chosen, without the ones left open. */
export function searchFromFilters(filters: DashboardQuery): DashboardSearch {
  const search: DashboardSearch = {};
  for (const [key, urlKey] of entries) {
    const value = filters[key];
    if (value !== undefined && value !== '') search[urlKey] = String(value);
  }
  return search;
}
