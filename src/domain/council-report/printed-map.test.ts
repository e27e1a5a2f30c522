import { describe, expect, it } from 'vitest';
import { SHADES, HIDDEN_SHADE, shadeLegend } from '../dashboards/map-shades.ts';
import { printedMapSvg } from './printed-map.ts';

const square = (x: number, y: number) =>
  [
    [x, y],
    [x + 0.01, y],
    [x + 0.01, y + 0.01],
    [x, y + 0.01],
    [x, y],
  ] as const;

describe('the printed neighbourhood map', () => {
  it('draws one path per buurt, shaded by its count, and escapes the names', () => {
    const svg = printedMapSvg(
      [
        { code: 'BU1', name: 'Wyck & Céramique', ring: square(5.7, 50.8), participants: 30 },
        { code: 'BU2', name: 'Heer', ring: square(5.71, 50.8), participants: '<5' },
        { code: 'BU3', name: 'Amby', ring: square(5.72, 50.8), participants: null },
        { code: 'BU4', name: 'Scharn', ring: square(5.73, 50.8), participants: 0 },
      ],
      400,
    );
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="400"')).toBe(true);
    expect(svg.match(/<path /g)).toHaveLength(4);
    expect(svg).toContain(`fill="${SHADES[4]}"`);
    expect(svg).toContain(`fill="${SHADES[1]}"`);
    expect(svg).toContain(`fill="${HIDDEN_SHADE}"`);
    expect(svg).toContain(`fill="${SHADES[0]}"`);
    expect(svg).toContain('<title>Wyck &#38; Céramique</title>');
  });

  it('explains every shade, naming the largest count', () => {
    const legend = shadeLegend(30);
    expect(legend).toHaveLength(6);
    expect(legend[2]).toEqual({
      shade: SHADES[2],
      label: 'tot een derde van het hoogste aantal (30)',
    });
  });
});
