/**
 * The neighbourhood map (kloppend hart, docs/rules/dashboards.md): per CBS buurt and wijk the
 * participants who live there and the provisions located there, and per buurt which
 * categories of provision are present and which are missing.
 *
 * Participants per buurt are counts of people outside the provision, so they follow the
 * small-number rule (docs/privacy/small-numbers.md): the buurten add up to their wijk, the
 * wijken (and the participants without a known buurt) to the municipality, and those sums are
 * protected together (`protectCounts`), so that no "<5" can be computed back from a wijk and
 * its other buurten. Provisions are not people and are shown as they are.
 *
 * A buurt code in the data that the reference data (reference/maastricht) does not know is
 * never dropped: it is listed on its own with its numbers, and its participants count in
 * the municipality's total.
 */
import { CATEGORY_CODES, type Category } from '../tender/categories.ts';
import {
  protectCounts,
  type ProtectedCount,
  type SumRule,
} from '../participants/report/protection.ts';

export interface ReferenceBuurt {
  code: string;
  name: string;
  districtCode: string;
  districtName: string;
}

export interface MapProvision {
  id: string;
  name: string;
  category: Category;
  organisationName: string;
  /** null when the provision has no buurt. */
  neighbourhoodCode: string | null;
}

export interface BuurtRow {
  code: string;
  name: string;
  districtCode: string;
  districtName: string;
  participants: ProtectedCount;
  provisions: number;
  categoriesPresent: Category[];
  categoriesMissing: Category[];
}

export interface DistrictRow {
  code: string;
  name: string;
  participants: ProtectedCount;
  provisions: number;
}

export interface NeighbourhoodMap {
  buurten: BuurtRow[];
  wijken: DistrictRow[];
  /** Codes found in the data that the reference data does not know: reported, not dropped. */
  unknown: { code: string; participants: ProtectedCount; provisions: number }[];
  /** Participants whose buurt is not registered. */
  withoutBuurt: ProtectedCount;
  total: ProtectedCount;
}

const ALL = 'all';
const TOTAL = 'total';
const NO_BUURT = 'none';
const buurtNode = (code: string) => `b:${code}`;
const wijkNode = (code: string) => `w:${code}`;
const unknownNode = (code: string) => `u:${code}`;

/** Participants per buurt code (`null`: no buurt registered) of one category. */
export type BuurtCounts = ReadonlyMap<string | null, number>;

/**
 * The map's figures for one category or all (`category` null). `participants` holds per
 * category the participants per buurt code found in the data. The protection is worked out
 * for every category and all of them at once (a buurt's total is the sum of its categories),
 * so that the map of one category and that of all give nothing away by subtraction; the
 * provisions and the inventory are those of the chosen category, the inventory of all.
 */
export function neighbourhoodMap(
  reference: readonly ReferenceBuurt[],
  participants: ReadonlyMap<Category, BuurtCounts>,
  provisions: readonly MapProvision[],
  category: Category | null = null,
): NeighbourhoodMap {
  const known = new Set(reference.map((b) => b.code));
  const districts = new Map<string, { name: string; buurten: string[] }>();
  for (const b of reference) {
    const d = districts.get(b.districtCode) ?? { name: b.districtName, buurten: [] };
    d.buurten.push(b.code);
    districts.set(b.districtCode, d);
  }
  const unknownCodes = [
    ...new Set(
      [
        ...[...participants.values()].flatMap((counts) => [...counts.keys()]),
        ...provisions.map((p) => p.neighbourhoodCode),
      ].filter((c): c is string => c !== null && !known.has(c)),
    ),
  ].sort();

  // Every node of the map, per category and for all: buurten, wijken, unknown codes, no
  // buurt and the total; `all|node` is the sum of the categories' `c|node`.
  const leaves = [
    ...reference.map((b) => [buurtNode(b.code), b.code] as const),
    ...unknownCodes.map((code) => [unknownNode(code), code] as const),
    [NO_BUURT, null] as const,
  ];
  const groups: [string, string[]][] = [
    ...[...districts].map(([code, d]): [string, string[]] => [
      wijkNode(code),
      d.buurten.map(buurtNode),
    ]),
    [TOTAL, [...[...districts.keys()].map(wijkNode), ...unknownCodes.map(unknownNode), NO_BUURT]],
  ];
  const values = new Map<string, number>();
  const rules: SumRule[] = [];
  const id = (cat: string, node: string) => `${cat}|${node}`;
  for (const cat of [ALL, ...CATEGORY_CODES]) {
    const counts = (code: string | null) =>
      cat === ALL
        ? CATEGORY_CODES.reduce((sum, c) => sum + (participants.get(c)?.get(code) ?? 0), 0)
        : (participants.get(cat as Category)?.get(code) ?? 0);
    for (const [node, code] of leaves) values.set(id(cat, node), counts(code));
    // Wijken before the total, which adds the wijken up.
    for (const [node, parts] of groups) {
      values.set(
        id(cat, node),
        parts.reduce((sum, part) => sum + values.get(id(cat, part))!, 0),
      );
      rules.push({ total: id(cat, node), parts: parts.map((part) => id(cat, part)) });
    }
  }
  for (const node of [...leaves.map(([n]) => n), ...groups.map(([n]) => n)]) {
    rules.push({ total: id(ALL, node), parts: CATEGORY_CODES.map((c) => id(c, node)) });
  }
  const shown = protectCounts(values, rules);
  const chosen = category ?? ALL;
  // A hidden count is `null`, which must stay null.
  const protectedOf = (node: string): ProtectedCount => {
    const key = id(chosen, node);
    return shown.has(key) ? shown.get(key)! : 0;
  };

  const counted = provisions.filter((p) => category === null || p.category === category);
  const provisionsIn = (code: string) => counted.filter((p) => p.neighbourhoodCode === code);
  return {
    buurten: reference.map((b) => {
      const present = new Set(
        provisions.filter((p) => p.neighbourhoodCode === b.code).map((p) => p.category),
      );
      return {
        ...b,
        participants: protectedOf(buurtNode(b.code)),
        provisions: provisionsIn(b.code).length,
        categoriesPresent: CATEGORY_CODES.filter((c) => present.has(c)),
        categoriesMissing: CATEGORY_CODES.filter((c) => !present.has(c)),
      };
    }),
    wijken: [...districts].map(([code, d]) => ({
      code,
      name: d.name,
      participants: protectedOf(wijkNode(code)),
      provisions: d.buurten.reduce((sum, b) => sum + provisionsIn(b).length, 0),
    })),
    unknown: unknownCodes.map((code) => ({
      code,
      participants: protectedOf(unknownNode(code)),
      provisions: provisionsIn(code).length,
    })),
    withoutBuurt: protectedOf(NO_BUURT),
    total: protectedOf(TOTAL),
  };
}

type Ring = readonly (readonly [number, number])[];

/**
 * A point inside a simple polygon's ring for a marker: the centroid of its area (lon/lat are
 * treated as plane coordinates, which is fine at the size of a buurt).
 */
export function ringCentre(ring: Ring): [number, number] {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i]!;
    const [x1, y1] = ring[i + 1]!;
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  if (area === 0) return [ring[0]![0], ring[0]![1]];
  return [x / (3 * area), y / (3 * area)];
}
