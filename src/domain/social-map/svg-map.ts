/**
 * The buurten as an SVG drawn on the server: lighter than a map library, readable without
 * JavaScript. Longitude is scaled by the cosine of the map's middle latitude, so Maastricht
 * keeps its shape. A provision has no coordinates of its own: it is drawn at the centre of
 * its buurt, several in one buurt side by side (docs/rules/social-map.md).
 */
export type Ring = readonly (readonly [number, number])[];

export interface BuurtShape {
  code: string;
  name: string;
  /** Exterior ring, [longitude, latitude] (GeoJSON). */
  ring: Ring;
}

export interface ProjectedBuurt {
  code: string;
  name: string;
  /** SVG path data, one decimal. */
  path: string;
  centre: { x: number; y: number };
}

export interface ProjectedMap {
  width: number;
  height: number;
  buurten: ProjectedBuurt[];
}

const round1 = (value: number) => Math.round(value * 10) / 10;

/** The area-weighted centre of a simple polygon (its vertices' mean when it has no area). */
export function ringCentre(points: readonly { x: number; y: number }[]): { x: number; y: number } {
  let area = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < points.length; i++) {
    const a = points[i]!;
    const b = points[(i + 1) % points.length]!;
    const cross = a.x * b.y - b.x * a.y;
    area += cross;
    cx += (a.x + b.x) * cross;
    cy += (a.y + b.y) * cross;
  }
  if (Math.abs(area) < 1e-9) {
    const n = points.length || 1;
    return {
      x: points.reduce((s, p) => s + p.x, 0) / n,
      y: points.reduce((s, p) => s + p.y, 0) / n,
    };
  }
  return { x: cx / (3 * area), y: cy / (3 * area) };
}

/** Fits the buurten into `width` pixels wide, north up. */
export function projectBuurten(shapes: readonly BuurtShape[], width: number): ProjectedMap {
  const all = shapes.flatMap((shape) => shape.ring);
  if (all.length === 0) return { width, height: 0, buurten: [] };
  const lons = all.map(([lon]) => lon);
  const lats = all.map(([, lat]) => lat);
  const [minLon, maxLon] = [Math.min(...lons), Math.max(...lons)];
  const [minLat, maxLat] = [Math.min(...lats), Math.max(...lats)];
  const xScale = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = width / ((maxLon - minLon) * xScale || 1);
  const height = Math.ceil((maxLat - minLat) * scale);
  const project = ([lon, lat]: readonly [number, number]) => ({
    x: round1((lon - minLon) * xScale * scale),
    y: round1((maxLat - lat) * scale),
  });
  return {
    width,
    height,
    buurten: shapes.map((shape) => {
      const points = shape.ring.map(project);
      const centre = ringCentre(points);
      return {
        code: shape.code,
        name: shape.name,
        path: `M${points.map((p) => `${p.x} ${p.y}`).join('L')}Z`,
        centre: { x: round1(centre.x), y: round1(centre.y) },
      };
    }),
  };
}

/** Where the n-th of `count` points in one buurt goes: in a short row around the centre. */
export function spreadAround(
  centre: { x: number; y: number },
  index: number,
  count: number,
  gap = 7,
): { x: number; y: number } {
  const perRow = Math.min(count, 5);
  const row = Math.floor(index / perRow);
  const column = index % perRow;
  return {
    x: round1(centre.x + (column - (perRow - 1) / 2) * gap),
    y: round1(centre.y + row * gap),
  };
}
