/**
 * The CBS buurten and wijken of Maastricht (reference/maastricht, CBS 2025): the map's
 * boundaries and the codes the data is checked against. Read once, then kept.
 */
import { readFile } from 'node:fs/promises';
import type { ReferenceBuurt } from '../../../domain/dashboards/neighbourhood-map.ts';

const REFERENCE = new URL('../../../../reference/maastricht/', import.meta.url);

/** The line CBS's conditions ask for on every map of these boundaries (see the README). */
export const BOUNDARY_ATTRIBUTION =
  'Buurtgrenzen: Kadaster / Centraal Bureau voor de Statistiek (CBS), 2025 — CC BY 4.0 — via PDOK en cartomap/nl';

export interface ReferenceBuurtShape extends ReferenceBuurt {
  geometry: { type: 'Polygon'; coordinates: [number, number][][] };
}

interface Feature {
  properties: { buurtcode: string; buurtnaam: string; wijkcode: string; wijknaam: string };
  geometry: ReferenceBuurtShape['geometry'];
}

let loading: Promise<ReferenceBuurtShape[]> | null = null;

export function referenceBuurten(): Promise<ReferenceBuurtShape[]> {
  loading ??= readFile(new URL('buurten.geojson', REFERENCE), 'utf8').then((text) =>
    (JSON.parse(text) as { features: Feature[] }).features.map((f) => ({
      code: f.properties.buurtcode,
      name: f.properties.buurtnaam,
      districtCode: f.properties.wijkcode,
      // CBS names carry a "Wijk NN " prefix that means nothing to residents.
      districtName: f.properties.wijknaam.replace(/^Wijk \d+ /, ''),
      geometry: f.geometry,
    })),
  );
  return loading;
}
