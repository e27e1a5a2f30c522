/** The filters of a round's application list live in the URL (shareable, back button works). */
import { CATEGORY_CODES, type Category } from '../../../domain/tender/categories.ts';

export const OVERVIEW_STATUSES = ['submitted', 'late', 'withdrawn'] as const;
export type OverviewStatus = (typeof OVERVIEW_STATUSES)[number];

export interface OverviewSearch {
  categorie?: string;
  status?: string;
  zoek?: string;
}

export interface OverviewFilter {
  category?: Category;
  status?: OverviewStatus;
  search?: string;
}

/** Lenient: a value the API would refuse is ignored instead of breaking the page. */
export function overviewFilter(search: OverviewSearch): OverviewFilter {
  const filter: OverviewFilter = {};
  const category = CATEGORY_CODES.find((c) => c === search.categorie);
  if (category) filter.category = category;
  const status = OVERVIEW_STATUSES.find((s) => s === search.status);
  if (status) filter.status = status;
  const text = search.zoek?.trim().slice(0, 100);
  if (text) filter.search = text;
  return filter;
}
