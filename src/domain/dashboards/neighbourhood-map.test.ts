import { describe, expect, it } from 'vitest';
import { neighbourhoodMap, ringCentre, type ReferenceBuurt } from './neighbourhood-map.ts';

const REFERENCE: ReferenceBuurt[] = [
  { code: 'BU1', name: 'Eén', districtCode: 'WK1', districtName: 'Noord' },
  { code: 'BU2', name: 'Twee', districtCode: 'WK1', districtName: 'Noord' },
  { code: 'BU3', name: 'Drie', districtCode: 'WK2', districtName: 'Zuid' },
  { code: 'BU4', name: 'Vier', districtCode: 'WK2', districtName: 'Zuid' },
];

describe('neighbourhoodMap', () => {
  it('shows 1–4 as "<5" and hides a number from which a "<5" could be computed back', () => {
    const map = neighbourhoodMap(
      REFERENCE,
      new Map([
        [
          'living_room',
          new Map([
            ['BU1', 3],
            ['BU2', 10],
            ['BU3', 20],
            ['BU4', 30],
          ]),
        ],
      ]),
      [],
    );
    const shown = Object.fromEntries(map.buurten.map((b) => [b.code, b.participants]));
    expect(shown['BU1']).toBe('<5');
    // Noord is 13: with Twee's 10 shown, Eén would be 3; one of the two must go.
    const noord = map.wijken.find((w) => w.code === 'WK1')!.participants;
    expect(shown['BU2'] === null || noord === null).toBe(true);
    expect(shown['BU3']).toBe(20);
    expect(shown['BU4']).toBe(30);
    expect(map.total).toBe(63);
  });

  it('reports a buurt code the reference data does not know, with its numbers', () => {
    const map = neighbourhoodMap(
      REFERENCE,
      new Map([
        [
          'services',
          new Map<string | null, number>([
            ['BU1', 12],
            ['BU9', 7],
            [null, 6],
          ]),
        ],
      ]),
      [
        {
          id: 'p1',
          name: 'Huiskamer',
          category: 'living_room',
          organisationName: 'Org',
          neighbourhoodCode: 'BU9',
        },
      ],
    );
    expect(map.unknown).toEqual([{ code: 'BU9', participants: 7, provisions: 1 }]);
    expect(map.withoutBuurt).toBe(6);
    expect(map.total).toBe(25);
  });

  it('lists per buurt the categories present and missing', () => {
    const provision = (id: string, category: 'living_room' | 'services', code: string) => ({
      id,
      name: id,
      category,
      organisationName: 'Org',
      neighbourhoodCode: code,
    });
    const map = neighbourhoodMap(REFERENCE, new Map(), [
      provision('a', 'living_room', 'BU3'),
      provision('b', 'services', 'BU3'),
      provision('c', 'living_room', 'BU3'),
    ]);
    const drie = map.buurten.find((b) => b.code === 'BU3')!;
    expect(drie.provisions).toBe(3);
    expect(drie.categoriesPresent).toEqual(['living_room', 'services']);
    expect(drie.categoriesMissing).toEqual(['day_activities', 'information_advice']);
    expect(map.buurten.find((b) => b.code === 'BU1')!.categoriesMissing).toHaveLength(4);
    expect(map.wijken.find((w) => w.code === 'WK2')!.provisions).toBe(3);
    expect(map.total).toBe(0);
  });

  it('protects a category and all categories together, so subtracting gives nothing away', () => {
    const counts = new Map([
      ['living_room' as const, new Map([['BU3', 20]])],
      ['services' as const, new Map([['BU3', 2]])],
    ]);
    const all = neighbourhoodMap(REFERENCE, counts, []);
    const living = neighbourhoodMap(REFERENCE, counts, [], 'living_room');
    const services = neighbourhoodMap(REFERENCE, counts, [], 'services');
    const drie = (m: typeof all) => m.buurten.find((b) => b.code === 'BU3')!.participants;
    expect(drie(services)).toBe('<5');
    // 22 in all and 20 in living rooms would give the services' 2: one of them is hidden.
    expect(drie(all) === null || drie(living) === null).toBe(true);
    expect(all.buurten.find((b) => b.code === 'BU1')!.participants).toBe(0);
  });
});

describe('ringCentre', () => {
  it('is the centroid of the area', () => {
    expect(
      ringCentre([
        [0, 0],
        [4, 0],
        [4, 2],
        [0, 2],
        [0, 0],
      ]),
    ).toEqual([2, 1]);
  });
});
