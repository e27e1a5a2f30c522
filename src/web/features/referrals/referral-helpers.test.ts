import { describe, expect, it } from 'vitest';
import { finderFilter, finderSearch } from './finder-search.ts';
import { dayOf, isoDayOf } from './format.ts';

describe('dayOf and isoDayOf', () => {
  it('give the day a moment falls on in the municipality', () => {
    // 23:30 UTC on 9 March is already 10 March in Amsterdam.
    expect(dayOf('2026-03-09T23:30:00Z')).toBe('10 maart 2026');
    expect(isoDayOf('2026-03-09T23:30:00Z')).toBe('2026-03-10');
  });
});

describe('finderFilter', () => {
  it('reads the Dutch words of the URL into the API query', () => {
    expect(
      finderFilter({
        buurt: ' BU0101 ',
        categorie: 'living_room',
        dagdeel: 'morning',
        doelgroep: ' ouderen ',
      }),
    ).toEqual({
      neighbourhoodCode: 'BU0101',
      category: 'living_room',
      dayPart: 'morning',
      targetGroup: 'ouderen',
    });
  });

  it('leaves out what the API would refuse instead of breaking the page', () => {
    expect(
      finderFilter({
        buurt: 'B'.repeat(21),
        categorie: 'disco',
        dagdeel: 'nacht',
        doelgroep: '  ',
      }),
    ).toEqual({});
    expect(finderFilter({ doelgroep: 'x'.repeat(150) }).targetGroup).toHaveLength(100);
  });
});

describe('finderSearch', () => {
  it('writes only the filled-in filters into the URL', () => {
    expect(
      finderSearch({
        neighbourhoodCode: 'BU0101',
        category: '',
        dayPart: 'evening',
        targetGroup: '',
      }),
    ).toEqual({ buurt: 'BU0101', dagdeel: 'evening' });
  });
});
