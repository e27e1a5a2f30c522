/**
 * A visitor's postcode to a buurt (docs/rules/social-map.md). The answer is only as good as
 * the reference table (reference/maastricht/postcode-buurt.json): a six-position postcode in
 * the table gives its buurt; otherwise the buurt around the centre of its four-digit area is
 * offered as a start, said to be approximate, for the visitor to change; a postcode of the
 * municipality that neither places gets an honest "we cannot tell".
 */
export interface PostcodeTable {
  /** The four digits of the municipality's postcodes (PC4). */
  municipalityPc4: readonly string[];
  /** Six-position postcode without space (6211AB) → buurt code. */
  pc6: Readonly<Record<string, string>>;
  /** PC4 → the buurt that holds the centre of that postcode area's addresses. */
  pc4Centre?: Readonly<Record<string, string>>;
}

export type PostcodeLookup =
  | { kind: 'invalid' }
  | { kind: 'outside'; postcode: string }
  | { kind: 'unknown'; postcode: string }
  | { kind: 'found'; postcode: string; buurt: string }
  /** Only the four-digit area is known: its centre lies in this buurt; others may be nearer. */
  | { kind: 'around'; postcode: string; buurt: string };

/** "6211 ab", "6211AB" → "6211AB"; also a bare PC4 ("6211"). null when it is no postcode. */
export function normalisePostcode(text: string): string | null {
  const compact = text.replace(/\s+/g, '').toUpperCase();
  return /^[1-9]\d{3}([A-Z]{2})?$/.test(compact) ? compact : null;
}

export function lookupPostcode(text: string, table: PostcodeTable): PostcodeLookup {
  const postcode = normalisePostcode(text);
  if (postcode === null) return { kind: 'invalid' };
  const shown = postcode.length === 6 ? `${postcode.slice(0, 4)} ${postcode.slice(4)}` : postcode;
  if (!table.municipalityPc4.includes(postcode.slice(0, 4))) {
    return { kind: 'outside', postcode: shown };
  }
  const buurt = table.pc6[postcode];
  if (buurt) return { kind: 'found', postcode: shown, buurt };
  const around = table.pc4Centre?.[postcode.slice(0, 4)];
  return around
    ? { kind: 'around', postcode: shown, buurt: around }
    : { kind: 'unknown', postcode: shown };
}
