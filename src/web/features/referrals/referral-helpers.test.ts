import { describe, expect, it } from 'vitest';
import { socialMapAddress } from './finder-search.ts';
import { dayOf, isoDayOf } from './format.ts';

describe('dayOf and isoDayOf', () => {
  it('give the day a moment falls on in the municipality', () => {
    // 23:30 UTC on 9 March is already 10 March in Amsterdam.
    expect(dayOf('2026-03-09T23:30:00Z')).toBe('10 maart 2026');
    expect(isoDayOf('2026-03-09T23:30:00Z')).toBe('2026-03-10');
  });
});

describe('socialMapAddress', () => {
  it('leads the old finder address to the social map with the same filters', () => {
    expect(
      socialMapAddress({
        buurt: ' BU09350201 ',
        categorie: 'living_room',
        dagdeel: 'evening',
        doelgroep: ' ouderen ',
      }),
    ).toBe('/voorzieningen?buurt=BU09350201&category=living_room&dayPart=evening&group=ouderen');
    expect(socialMapAddress({})).toBe('/voorzieningen');
  });

  it('leaves out what the map would not know instead of breaking the page', () => {
    expect(
      socialMapAddress({
        buurt: 'B'.repeat(21),
        categorie: 'disco',
        dagdeel: 'nacht',
        doelgroep: '  ',
      }),
    ).toBe('/voorzieningen');
    expect(socialMapAddress({ doelgroep: 'x'.repeat(150) })).toBe(
      `/voorzieningen?group=${'x'.repeat(100)}`,
    );
  });
});
