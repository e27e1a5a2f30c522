/**
 * The embedded engine as drizzle reads it, without a copy of every type parser per query.
 *
 * drizzle passes its own parsers with every query it sends to PGlite: timestamps, dates,
 * intervals and arrays of them stay text, which drizzle then turns into its own values. For
 * each query that carries parsers, PGlite copies its whole table of type parsers (about 400
 * entries, one per type and array type) into a new object to lay drizzle's over it. That copy
 * cost more processor time than parsing the rows of most of our queries.
 *
 * Here drizzle's parsers are set once on the engine and left out of each query, so every
 * query reads the same table and the values are what drizzle's own parsers give.
 *
 * Binary data (bytea: letters, attachments, photos) goes in and out in PostgreSQL's hex
 * format, encoded and decoded by Node itself. PGlite's own codec makes a string per byte:
 * storing a letter of 60 kB took 8.8 ms and reading it 4.9 ms, against 1.6 and 0.6 ms now.
 *
 * And PGlite reads text values without first copying each one (pglite-reader.ts).
 */
import { types, type PGlite } from '@electric-sql/pglite';
import { decodeTextWithoutCopies } from './pglite-reader.ts';

type Parser = PGlite['parsers'][number];
type Serializer = PGlite['serializers'][number];

const asText: Parser = (value: string) => value;

/** bytea in PostgreSQL's hex format: `\x` and two hex digits per byte. */
const byteaFromHex: Parser = (value: string) => Buffer.from(value.slice(2), 'hex');
const byteaToHex: Serializer = (value: unknown) => {
  if (!(value instanceof Uint8Array)) throw new TypeError('A bytea value must be bytes.');
  return `\\x${Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('hex')}`;
};

/** The parsers drizzle-orm/pglite passes with each query: these types stay text. */
const DRIZZLE_TEXT_TYPES: readonly number[] = [
  types.TIMESTAMP,
  types.TIMESTAMPTZ,
  types.INTERVAL,
  types.DATE,
  1231, // numeric[]
  1115, // timestamp[]
  1185, // timestamptz[]
  1187, // interval[]
  1182, // date[]
];

interface QueryOptions {
  parsers?: unknown;
}

interface Queries {
  query(text: string, params?: unknown[], options?: QueryOptions): Promise<unknown>;
  transaction(callback: (tx: Queries) => Promise<unknown>): Promise<unknown>;
}

function withoutParsers(options: QueryOptions | undefined): QueryOptions | undefined {
  if (options?.parsers === undefined) return options;
  const { parsers: _parsers, ...rest } = options;
  return rest;
}

/** `target` (the engine or one of its transactions) with queries that carry no parsers. */
function withoutQueryParsers<T extends object>(target: T): T {
  const queries = target as unknown as Queries;
  return new Proxy(target, {
    get(object, property) {
      if (property === 'query') {
        return (text: string, params?: unknown[], options?: QueryOptions) =>
          queries.query(text, params, withoutParsers(options));
      }
      if (property === 'transaction') {
        return (callback: (tx: Queries) => Promise<unknown>) =>
          queries.transaction((tx) => callback(withoutQueryParsers(tx)));
      }
      const value = Reflect.get(object, property, object) as unknown;
      return typeof value === 'function' ? (value as () => unknown).bind(object) : value;
    },
  });
}

/**
 * The client to give drizzle for this engine. The engine's own `query` then also reads these
 * types as text; only drizzle and a few tests query it, and none reads those types directly.
 */
export function drizzleClientOf(pglite: PGlite): PGlite {
  decodeTextWithoutCopies();
  for (const type of DRIZZLE_TEXT_TYPES) pglite.parsers[type] = asText;
  pglite.parsers[types.BYTEA] = byteaFromHex;
  pglite.serializers[types.BYTEA] = byteaToHex;
  return withoutQueryParsers(pglite);
}
