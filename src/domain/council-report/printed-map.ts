/**
 * The neighbourhood map as a static SVG for the council report (docs/rules/council-report.md):
 * the buurten drawn with the public social map's projection, coloured with the dashboards'
 * shades by the participants who live there. No text inside the drawing: the legend and the
 * table with the same numbers are in the document beside it.
 */
import type { ProtectedCount } from '../participants/report/protection.ts';
import { largestCount, shadeOf } from '../dashboards/map-shades.ts';
import { projectBuurten, type Ring } from '../social-map/svg-map.ts';

export interface PrintedBuurt {
  code: string;
  name: string;
  ring: Ring;
  participants: ProtectedCount;
}

const escapeXml = (text: string) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** An SVG document `width` points wide, north up, one path per buurt. */
export function printedMapSvg(buurten: readonly PrintedBuurt[], width: number): string {
  const map = projectBuurten(buurten, width);
  const largest = largestCount(buurten.map((b) => b.participants));
  const paths = map.buurten.map(
    (b, i) =>
      `<path d="${b.path}" fill="${shadeOf(buurten[i]!.participants, largest)}" stroke="#1a1a1a" stroke-width="0.6"><title>${escapeXml(b.name)}</title></path>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${map.width}" height="${map.height}" viewBox="0 0 ${map.width} ${map.height}">${paths.join('')}</svg>`;
}
