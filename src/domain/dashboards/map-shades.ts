/**
 * The colours of the neighbourhood map's choropleth (docs/rules/dashboards.md), shared by the
 * map page and the council report's printed map, so both colour a buurt the same way.
 */
import type { ProtectedCount } from '../participants/report/protection.ts';

/** Light to dark blue; the darkest has 3:1 against white (WCAG 1.4.11). */
export const SHADES = ['#f0f4f8', '#c6d7ea', '#8fb1d6', '#4f7fb3', '#24578f'] as const;

/** The grey of a hidden number ("x"). */
export const HIDDEN_SHADE = '#d9d9d9';

/** The shade of a count: by its share of the largest; "<5" the lightest but one, hidden grey. */
export function shadeOf(value: ProtectedCount, largest: number): string {
  if (value === null) return HIDDEN_SHADE;
  if (value === '<5') return SHADES[1];
  if (value === 0 || largest === 0) return SHADES[0];
  return SHADES[Math.min(4, 1 + Math.ceil((value / largest) * 3))]!;
}

/** The largest count shown as a number: what the shades are measured against. */
export function largestCount(values: readonly ProtectedCount[]): number {
  return Math.max(0, ...values.map((v) => (typeof v === 'number' ? v : 0)));
}

/** What each shade means, in Dutch, for a legend beside a map whose largest count is `largest`. */
export function shadeLegend(largest: number): { shade: string; label: string }[] {
  return [
    { shade: SHADES[0], label: 'geen deelnemers' },
    { shade: SHADES[1], label: '1 tot 5 deelnemers ("<5")' },
    { shade: SHADES[2], label: `tot een derde van het hoogste aantal (${largest})` },
    { shade: SHADES[3], label: 'tot twee derde van het hoogste aantal' },
    { shade: SHADES[4], label: 'meer dan twee derde van het hoogste aantal' },
    { shade: HIDDEN_SHADE, label: 'verborgen ("x"), om terugrekenen te voorkomen' },
  ];
}
