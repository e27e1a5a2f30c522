/** The finder's filters live in the URL (shareable, the back button works), in Dutch words. */
import { DAY_PARTS } from '../../../domain/day-parts.ts';
import { CATEGORY_CODES } from '../../../domain/tender/categories.ts';
import type { FinderQuery } from '../../../server/features/referrals/referrals.schemas.ts';

export interface FinderSearch {
  buurt?: string;
  categorie?: string;
  dagdeel?: string;
  doelgroep?: string;
}

/** Lenient: a value the API would refuse is left out instead of breaking the page. */
export function finderFilter(search: FinderSearch): FinderQuery {
  const filter: FinderQuery = {};
  const neighbourhood = search.buurt?.trim();
  if (neighbourhood && neighbourhood.length <= 20) filter.neighbourhoodCode = neighbourhood;
  const category = CATEGORY_CODES.find((c) => c === search.categorie);
  if (category) filter.category = category;
  const dayPart = DAY_PARTS.find((d) => d === search.dagdeel);
  if (dayPart) filter.dayPart = dayPart;
  const targetGroup = search.doelgroep?.trim().slice(0, 100);
  if (targetGroup) filter.targetGroup = targetGroup;
  return filter;
}

export function finderSearch(filter: {
  neighbourhoodCode: string;
  category: string;
  dayPart: string;
  targetGroup: string;
}): FinderSearch {
  const search: FinderSearch = {};
  if (filter.neighbourhoodCode) search.buurt = filter.neighbourhoodCode;
  if (filter.category) search.categorie = filter.category;
  if (filter.dayPart) search.dagdeel = filter.dayPart;
  if (filter.targetGroup) search.doelgroep = filter.targetGroup;
  return search;
}
