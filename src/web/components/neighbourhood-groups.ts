import type { NeighbourhoodList } from '../../server/features/settings/settings.schemas.ts';
import type { SelectGroup } from './select-field.tsx';

/** The buurten as choices, grouped by wijk. */
export function neighbourhoodGroups(list: NeighbourhoodList): SelectGroup[] {
  return list.districts.map((district) => ({
    label: district.name,
    options: district.neighbourhoods.map((n) => ({ value: n.code, label: n.name })),
  }));
}
