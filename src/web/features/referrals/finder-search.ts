/**
 * There is one finder: the public social map at /voorzieningen, where a social worker who is
 * logged in finds "Verwijzen" on every provision (docs/rules/social-map.md). The web app's
 * own finder is gone; its addresses (/verwijzen?buurt=…) lead to the map with the same filters.
 */
import { DAY_PARTS } from '../../../domain/day-parts.ts';
import { CATEGORY_CODES } from '../../../domain/tender/categories.ts';

/** The public social map: a page rendered on the server, not a route of this app. */
export const SOCIAL_MAP_ADDRESS = '/voorzieningen';

export interface FinderSearch {
  buurt?: string;
  categorie?: string;
  dagdeel?: string;
  doelgroep?: string;
}

/** The old finder's filters in the map's words; a value the map would not know is left out. */
export function socialMapAddress(search: FinderSearch): string {
  const params = new URLSearchParams();
  const neighbourhood = search.buurt?.trim();
  if (neighbourhood && /^BU\d{8}$/.test(neighbourhood)) params.set('buurt', neighbourhood);
  const category = CATEGORY_CODES.find((c) => c === search.categorie);
  if (category) params.set('category', category);
  const dayPart = DAY_PARTS.find((d) => d === search.dagdeel);
  if (dayPart) params.set('dayPart', dayPart);
  const targetGroup = search.doelgroep?.trim().slice(0, 100);
  if (targetGroup) params.set('group', targetGroup);
  const query = params.toString();
  return query ? `${SOCIAL_MAP_ADDRESS}?${query}` : SOCIAL_MAP_ADDRESS;
}
