import { describe, expect, it } from 'vitest';
import { overviewFilter } from './overview-search.ts';

describe('overviewFilter', () => {
  it('reads the Dutch words of the URL into the list filter', () => {
    expect(overviewFilter({ categorie: 'services', status: 'late', zoek: ' De Linde ' })).toEqual({
      category: 'services',
      status: 'late',
      search: 'De Linde',
    });
  });

  it('ignores what the API would refuse and cuts a long search to 100 characters', () => {
    expect(overviewFilter({ categorie: 'disco', status: 'draft', zoek: '   ' })).toEqual({});
    expect(overviewFilter({ zoek: 'a'.repeat(120) }).search).toHaveLength(100);
  });
});
