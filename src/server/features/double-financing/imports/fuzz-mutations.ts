/**
 * Damage for fuzzing the readers and the import (tests only): cut a file off, flip the
 * bits of one byte, or repeat one line. Valid files mutated this way must be read whole
 * or refused, never half.
 */
import fc from 'fast-check';

export type Mutation =
  | { kind: 'truncate'; at: number }
  | { kind: 'flip'; at: number; mask: number }
  | { kind: 'duplicate'; line: number };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('flip' as const),
    at: fc.nat(),
    mask: fc.integer({ min: 1, max: 255 }),
  }),
  fc.record({ kind: fc.constant('duplicate' as const), line: fc.nat() }),
);

export function mutate(data: Uint8Array, m: Mutation): Uint8Array {
  if (m.kind === 'truncate') return data.subarray(0, m.at % data.length);
  if (m.kind === 'flip') {
    const copy = Uint8Array.from(data);
    const at = m.at % copy.length;
    copy[at] = (copy[at] as number) ^ m.mask;
    return copy;
  }
  const lines = new TextDecoder().decode(data).split('\n');
  const at = m.line % lines.length;
  lines.splice(at, 0, lines[at] as string);
  return new TextEncoder().encode(lines.join('\n'));
}
