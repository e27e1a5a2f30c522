/**
 * PGlite's protocol reader decodes each text value of each row (and each column name, message
 * and notice) by first copying its bytes into an ArrayBuffer of its own and then decoding that
 * copy (`BufferReader.string`, which calls `bytes`: `buffer.slice`). A new ArrayBuffer per
 * value is costly in V8 to make and to collect: without them, 146 API tests (8 feature
 * folders) took 51.9 and 54.1 processor-seconds instead of 55.6 and 56.9, and the whole API
 * project 217.4 instead of 225.4. Here `string` decodes straight from the message it reads,
 * which gives the same text: a TextDecoder decodes a view of bytes as it decodes a copy of them.
 * The message buffer is one the parser made itself, not the engine's memory, so a view of it
 * stays valid while it is decoded.
 *
 * The reader is not exported: it is found as the parser builds it, through the private fields
 * its constructor sets (esbuild keeps them in WeakMaps). Its DataView, its position and its
 * TextDecoder are told apart by their values, not their order. When PGlite's reader is not
 * shaped as expected (another version), nothing is changed and PGlite decodes as it always
 * did; pglite-reader.test.ts then fails, so an upgrade is checked here.
 */
import { protocol } from '@electric-sql/pglite';

const DONE = Symbol.for('samenredzaam.pgliteReaderWithoutCopies');

interface ReaderFields {
  prototype: { string(length: number): string };
  view: WeakMap<object, DataView>;
  position: WeakMap<object, number>;
  decoder: WeakMap<object, TextDecoder>;
}

/** The reader's prototype and the WeakMaps of its private fields, as a new parser sets them. */
function findReaderFields(): ReaderFields | null {
  const weakMaps = WeakMap.prototype as { set: (key: object, value: unknown) => unknown };
  const realSet = weakMaps.set;
  const seen: { map: WeakMap<object, unknown>; key: object; value: unknown }[] = [];
  let parser: object;
  weakMaps.set = function (this: WeakMap<object, unknown>, key: object, value: unknown) {
    seen.push({ map: this, key, value });
    return realSet.call(this, key, value);
  };
  try {
    parser = new protocol.Parser();
  } finally {
    weakMaps.set = realSet;
  }
  const ofReader = seen.filter((entry) => entry.key !== parser);
  const reader = ofReader[0]?.key;
  if (reader === undefined || ofReader.some((entry) => entry.key !== reader)) return null;
  const mapWhere = (test: (value: unknown) => boolean) => {
    const maps = new Set(ofReader.filter((entry) => test(entry.value)).map((entry) => entry.map));
    return maps.size === 1 ? [...maps][0]! : null;
  };
  const view = mapWhere((value) => value instanceof DataView);
  const position = mapWhere((value) => typeof value === 'number');
  const decoder = mapWhere((value) => value instanceof TextDecoder);
  const prototype = Object.getPrototypeOf(reader) as ReaderFields['prototype'] | null;
  if (!view || !position || !decoder || typeof prototype?.string !== 'function') return null;
  return {
    prototype,
    view: view as WeakMap<object, DataView>,
    position: position as WeakMap<object, number>,
    decoder: decoder as WeakMap<object, TextDecoder>,
  };
}

/**
 * Makes PGlite's reader decode text without copying it first, once per process. Returns
 * whether PGlite now does (false: its reader is not shaped as this expects; left as it is).
 */
export function decodeTextWithoutCopies(): boolean {
  const registry = globalThis as { [DONE]?: boolean };
  if (registry[DONE] !== undefined) return registry[DONE];
  const fields = findReaderFields();
  registry[DONE] = fields !== null;
  if (!fields) return false;
  const { view, position, decoder } = fields;
  fields.prototype.string = function (this: object, length: number): string {
    const bytes = view.get(this)!;
    const at = position.get(this)!;
    position.set(this, at + length);
    return decoder.get(this)!.decode(new Uint8Array(bytes.buffer, bytes.byteOffset + at, length));
  };
  return true;
}
