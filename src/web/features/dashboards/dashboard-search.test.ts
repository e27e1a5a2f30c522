import { describe, expect, it } from 'vitest';
import { filtersFromSearch, searchFromFilters } from './dashboard-search.ts';

const ORGANISATION = '0b7e7f4e-4a8e-4d1c-9f57-2a1c3b8d9e01';

describe('the dashboard filters in the URL', () => {
  it('reads the Dutch keys into the API filters and writes them back', () => {
    const search = {
      jaar: '2025',
      categorie: 'living_room',
      wijk: 'WK093502',
      buurt: 'BU09350201',
      organisatie: ORGANISATION,
    };
    const filters = filtersFromSearch(search);
    expect(filters).toEqual({
      year: 2025,
      category: 'living_room',
      wijk: 'WK093502',
      buurt: 'BU09350201',
      organisation: ORGANISATION,
    });
    expect(searchFromFilters(filters)).toEqual(search);
  });

  it('leaves out what the API would refuse, and the filters left open', () => {
    expect(
      filtersFromSearch({ jaar: 'vorig jaar', categorie: 'sauna', organisatie: '12', wijk: '' }),
    ).toEqual({});
    expect(filtersFromSearch({ jaar: '1999', categorie: 'services' })).toEqual({
      category: 'services',
    });
    expect(searchFromFilters({ year: 2024, category: undefined, wijk: '' })).toEqual({
      jaar: '2024',
    });
  });
});
