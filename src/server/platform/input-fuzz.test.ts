/**
 * Every route of the OpenAPI document, with bodies generated from its own schema (fast-check)
 * and with hostile variants of them (NUL, lone surrogates, 100,000-character strings, wrong
 * types, ids that are no UUID, hostile query strings), as a policy officer, an administrator and an applicant. No
 * answer may be a 500: bad input is the client's fault and gets a 4xx that says so.
 */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Session,
  type TestContext,
  as,
  createTestApp,
  loginAs,
} from '../../../test/support/test-app.ts';

interface JsonSchema {
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  additionalProperties?: JsonSchema | boolean;
  items?: JsonSchema;
  maxItems?: number;
  minItems?: number;
  maxLength?: number;
  minLength?: number;
  minimum?: number;
  maximum?: number;
  format?: string;
  $ref?: string;
}
interface Operation {
  parameters?: { in: string; name: string; schema: JsonSchema; required?: boolean }[];
  requestBody?: { content?: Record<string, { schema: JsonSchema }> };
}

const HOSTILE_STRINGS = [
  'NUL\u0000in de tekst',
  '\u0000',
  'los \ud800 surrogaat',
  '\udfff',
  'x'.repeat(100_000),
  "'; drop table applications; --",
  '<script>alert(1)</script>',
  '../../../etc/passwd',
  '',
];

interface IdRows {
  rows: { id: string }[];
}

let ctx: TestContext;
let sessions: Session[];
/** A real id per URL parameter, so that requests get past "not found" into the routes. */
const realIds = new Map<string, string>();

beforeAll(async () => {
  ctx = await createTestApp();
  sessions = [
    await loginAs(ctx.app, 'policy_officer@demo.example'),
    await loginAs(ctx.app, 'admin@demo.example'),
    await loginAs(ctx.app, 'applicant@demo.example'),
  ];
  const tables: [string, string][] = [
    ['applicationId', 'applications'],
    ['attachmentId', 'attachments'],
    ['importId', 'wmo_imports'],
    ['jobId', 'jobs'],
    ['objectionId', 'objections'],
    ['organisationId', 'organisations'],
    ['participantId', 'participants'],
    ['provisionId', 'provisions'],
    ['referralId', 'referrals'],
    ['requestId', 'completion_requests'],
    ['roundId', 'rounds'],
    ['schemeId', 'schemes'],
    ['signalId', 'double_financing_signals'],
  ];
  for (const [param, table] of tables) {
    const result: unknown = await ctx.handle.db.execute(
      sql.raw(`select id::text as id from ${table} limit 1`),
    );
    const id = (result as IdRows).rows[0]?.id;
    if (id) realIds.set(param, id);
  }
  // A user the fuzzing does not log out: not one of the three sessions above.
  const user: unknown = await ctx.handle.db.execute(
    sql`select id::text as id from users where email = 'applicant2@demo.example'`,
  );
  realIds.set('userId', (user as IdRows).rows[0]!.id);
});
afterAll(() => ctx.close());

function resolve(schema: JsonSchema, components: Record<string, JsonSchema>): JsonSchema {
  if (schema.$ref) return components[schema.$ref.split('/').pop()!] ?? {};
  return schema;
}

/** An arbitrary of values that fit the schema (bounded, so that requests stay small). */
function fromSchema(
  raw: JsonSchema,
  components: Record<string, JsonSchema>,
  name = '',
): fc.Arbitrary<unknown> {
  const schema = resolve(raw, components);
  const base = ((): fc.Arbitrary<unknown> => {
    if (schema.const !== undefined) return fc.constant(schema.const);
    if (schema.enum) return fc.constantFrom(...schema.enum);
    const options = schema.anyOf ?? schema.oneOf;
    if (options) return fc.oneof(...options.map((o) => fromSchema(o, components, name)));
    if (schema.allOf?.[0]) return fromSchema(schema.allOf[0], components, name);
    const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
    switch (type) {
      case 'object': {
        const properties = Object.fromEntries(
          Object.entries(schema.properties ?? {}).map(([key, value]) => [
            key,
            fromSchema(value, components, key),
          ]),
        );
        if (
          Object.keys(properties).length === 0 &&
          typeof schema.additionalProperties === 'object'
        ) {
          return fc.dictionary(
            fc.string({ maxLength: 12 }),
            fromSchema(schema.additionalProperties, components),
            { maxKeys: 3 },
          );
        }
        return fc.record(properties, { requiredKeys: schema.required ?? [] });
      }
      case 'array':
        return fc.array(fromSchema(schema.items ?? {}, components), {
          minLength: Math.min(schema.minItems ?? 0, 3),
          maxLength: Math.min(schema.maxItems ?? 3, 3),
        });
      case 'integer':
        return fc.integer({
          min: Math.max(schema.minimum ?? -1000, Number.MIN_SAFE_INTEGER),
          max: Math.min(schema.maximum ?? 1_000_000, Number.MAX_SAFE_INTEGER),
        });
      case 'number':
        return fc.double({
          min: schema.minimum ?? -1000,
          max: schema.maximum ?? 1_000_000,
          noNaN: true,
        });
      case 'boolean':
        return fc.boolean();
      case 'string': {
        if (schema.format === 'uuid') {
          const real = realIds.get(name);
          return real ? fc.oneof(fc.constant(real), fc.uuid()) : fc.uuid();
        }
        if (schema.format === 'email') return fc.emailAddress();
        if (schema.format === 'date')
          return fc.constantFrom('2027-01-01', '2027-02-30', '2026-12-31');
        if (schema.format === 'date-time') return fc.constant('2027-01-01T10:00:00.000Z');
        return fc.oneof(
          fc.string({
            minLength: schema.minLength ?? 0,
            maxLength: Math.min(schema.maxLength ?? 40, 40),
          }),
          fc.constantFrom(
            '2027-01-01',
            '2027-01-10T09:00',
            '12345678',
            'BU09350201',
            'a@b.example',
          ),
        );
      }
      default:
        return fc.constantFrom(null, 'tekst', 1, true, {});
    }
  })();
  return schema.nullable ? fc.option(base, { nil: null }) : base;
}

/** Percent-encoding; a lone surrogate becomes the bytes of one (not valid UTF-8). */
function encodeSegment(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return '%ED%A0%80';
  }
}

/** Every string leaf replaced by a hostile string. */
function hostile(value: unknown, pick: () => string): unknown {
  if (typeof value === 'string') return pick();
  if (Array.isArray(value)) return value.map((v) => hostile(v, pick));
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => [k, hostile(v, pick)]);
    // A hostile key as well.
    entries.push([pick().slice(0, 20), 'x']);
    return Object.fromEntries(entries);
  }
  return value;
}

/** Every leaf of another type than the schema asks. */
function wrongTypes(value: unknown): unknown {
  if (typeof value === 'string') return 12345;
  if (typeof value === 'number') return 'twaalf';
  if (typeof value === 'boolean') return 'ja';
  if (value === null) return { onverwacht: true };
  if (Array.isArray(value)) return value.length === 0 ? 'geen lijst' : value.map(wrongTypes);
  return Object.fromEntries(Object.entries(value as object).map(([k, v]) => [k, wrongTypes(v)]));
}

describe('every route with bad input', () => {
  it('answers no request with a 500', { timeout: 120_000 }, async () => {
    const spec = ctx.app.swagger() as unknown as {
      paths: Record<string, Record<string, Operation>>;
      components?: { schemas?: Record<string, JsonSchema> };
    };
    const components = spec.components?.schemas ?? {};
    let hostileIndex = 0;
    const pick = () => HOSTILE_STRINGS[hostileIndex++ % HOSTILE_STRINGS.length]!;
    const failures: string[] = [];
    let requests = 0;
    let seed = 20261206;

    for (const [path, operations] of Object.entries(spec.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        // Logging out would end the session the next requests use.
        if (path === '/api/auth/logout' || path.startsWith('/api/docs')) continue;
        const sample = <T>(arbitrary: fc.Arbitrary<T>): T =>
          fc.sample(arbitrary, { numRuns: 1, seed: seed++ })[0]!;
        const parameters = operation.parameters ?? [];
        const pathParams = (variant: 'schema' | 'not-uuid') =>
          path.replace(/\{(\w+)\}/g, (_, name: string) => {
            const parameter = parameters.find((p) => p.in === 'path' && p.name === name);
            if (variant === 'not-uuid') return encodeSegment(pick().slice(0, 50) || 'geen-uuid');
            return encodeSegment(
              String(sample(fromSchema(parameter?.schema ?? {}, components, name))),
            );
          });
        const query = () => {
          const search = new URLSearchParams();
          for (const p of parameters.filter((q) => q.in === 'query')) {
            if (p.required || sample(fc.boolean())) {
              search.set(p.name, String(sample(fromSchema(p.schema, components, p.name))));
            }
          }
          const text = search.toString();
          return text ? `?${text}` : '';
        };
        const bodySchema = operation.requestBody?.content?.['application/json']?.schema;
        const hasBody = !['get', 'delete', 'head'].includes(method);
        const generated = bodySchema ? sample(fromSchema(bodySchema, components)) : {};
        const variants: { url: string; body: unknown }[] = [
          { url: pathParams('schema') + query(), body: generated },
          { url: pathParams('schema') + query(), body: hostile(generated, pick) },
          { url: pathParams('schema') + query(), body: wrongTypes(generated) },
        ];
        if (path.includes('{')) variants.push({ url: pathParams('not-uuid'), body: generated });
        const queryNames = parameters.filter((p) => p.in === 'query').map((p) => p.name);
        if (queryNames.length > 0) {
          const hostileQuery = queryNames
            .map((name) => `${name}=${encodeSegment(pick().slice(0, 1000))}`)
            .join('&');
          variants.push({ url: `${pathParams('schema')}?${hostileQuery}`, body: generated });
        }
        for (const [index, variant] of variants.entries()) {
          const session = sessions[(requests + index) % sessions.length]!;
          const response = await ctx.app.inject({
            method: method.toUpperCase() as 'GET',
            url: variant.url,
            headers: as(session),
            ...(hasBody
              ? {
                  payload: JSON.stringify(variant.body),
                  headers: { ...as(session), 'content-type': 'application/json' },
                }
              : {}),
          });
          requests++;
          if (response.statusCode >= 500) {
            failures.push(
              `${method.toUpperCase()} ${variant.url.slice(0, 120)} → ${response.statusCode} ${response.body.slice(0, 200)}`,
            );
          }
        }
      }
    }
    console.info(`input fuzz: ${requests - failures.length} of ${requests} requests without a 500`);
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(400);
  });
});
