/**
 * The claim that the server's matching (set-based SQL on the imported allocations) gives the
 * signals the pure rules give: on random participants (periods, consent for matching given,
 * withdrawn or not yet, erased or not, with or without a BSN) and random Wmo allocations
 * (periods, categories and product codes in scope or not, several versions in several
 * WMO301 messages, removals), imported and matched through the API, the signals found are
 * exactly those of the domain's rules applied in memory: `consentStands`, `currentVersions`
 * (rule IV013), `inScope` of `domain/double-financing/match.ts` and `overlap` of
 * `domain/periods.ts`, the rules the check on files applies.
 */
import { randomUUID } from 'node:crypto';
import { and, inArray, isNull } from 'drizzle-orm';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  TEST_PSEUDONYM_KEY,
  as,
  createTestApp,
  loginAs,
  type Session,
  type TestContext,
} from '../../../../../test/support/test-app.ts';
import { isValidBsn } from '../../../../domain/bsn.ts';
import {
  REMOVED,
  currentVersions,
  parseVersionMoment,
} from '../../../../domain/double-financing/allocation-versions.ts';
import { inScope } from '../../../../domain/double-financing/match.ts';
import { consentStands } from '../../../../domain/participants/registration.ts';
import { overlap, type DayPeriod } from '../../../../domain/periods.ts';
import {
  doubleFinancingSignals,
  participantConsents,
  participants,
  provisions,
} from '../../../platform/db/schema.ts';
import { pseudonymiseBsn } from '../../../platform/pseudonym.ts';
import type { WmoImport } from '../double-financing.schemas.ts';
import { writeWmo301 } from '../imports/wmo301-writer.ts';

/** The run's day: consents must stand on 15 September 2026 (Amsterdam). */
const NOW = new Date('2026-09-15T10:00:00Z');
const TODAY = '2026-09-15';
/** Every version was fixed on this day; the minute and second tell the versions apart. */
const ASSIGNED_ON = '2026-02-01';

let ctx: TestContext;
let analyst: Session;
let provisionIds: string[];

beforeAll(async () => {
  ctx = await createTestApp({}, () => NOW);
  analyst = await loginAs(ctx.app, 'wmo_analyst@demo.example');
  provisionIds = (await ctx.handle.db.select({ id: provisions.id }).from(provisions))
    .map((p) => p.id)
    .slice(0, 2);
});
afterAll(() => ctx?.close());

async function call(method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  const response = await ctx.app.inject({
    method,
    url,
    headers: as(analyst),
    ...(payload ? { payload } : {}),
  });
  if (response.statusCode >= 300) {
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  }
  return response.json();
}

/** Uploads the files as the browser does and lets the import jobs finish. */
async function importFiles(files: { name: string; data: Uint8Array }[]): Promise<WmoImport[]> {
  const boundary = '----matching-property';
  const body = Buffer.concat([
    ...files.flatMap((file) => [
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: application/xml\r\n\r\n`,
      ),
      Buffer.from(file.data),
      Buffer.from('\r\n'),
    ]),
    Buffer.from(`--${boundary}--\r\n`),
  ]);
  const response = await ctx.app.inject({
    method: 'POST',
    url: '/api/wmo/imports',
    headers: { ...as(analyst), 'content-type': `multipart/form-data; boundary=${boundary}` },
    payload: body,
  });
  if (response.statusCode !== 202) throw new Error(`import: ${response.body}`);
  await ctx.app.jobs.kick();
  const queued = response.json<{ items: WmoImport[] }>().items;
  return Promise.all(queued.map((item) => call('GET', `/api/wmo/imports/${item.id}`)));
}

/** The first BSN from `from` on that passes the 11-proef. */
function validBsn(from: number): string {
  for (let n = from; ; n += 1) {
    const bsn = String(n).padStart(9, '0');
    if (isValidBsn(bsn)) return bsn;
  }
}

const dayAfter = (start: string, days: number) =>
  new Date(Date.parse(`${start}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * Mondays of a few weeks: with so few days, periods often share exactly their first or last
 * day, and one-day periods (start = end) are common, so the ends' inclusiveness is tested.
 */
const day = fc.integer({ min: 0, max: 8 }).map((week) => dayAfter('2026-08-03', 7 * week));
const period: fc.Arbitrary<DayPeriod> = fc
  .tuple(day, fc.option(day, { nil: null, freq: 4 }))
  .map(([a, b]) =>
    b === null ? { start: a, end: null } : a <= b ? { start: a, end: b } : { start: b, end: a },
  );
/** The day before the run, the day itself, or the day after. */
const aroundToday = fc.integer({ min: -1, max: 1 }).map((n) => dayAfter(TODAY, n));

const participantArbitrary = fc.record({
  /** One of two people, or a participant without a BSN. */
  person: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null, freq: 8 }),
  provision: fc.integer({ min: 0, max: 1 }),
  period,
  /** About one in five participants has been erased. */
  erased: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  consents: fc.array(
    fc
      .record({
        scope: fc.constantFrom('matching', 'matching', 'matching', 'measurements'),
        givenOn: aroundToday,
        /** Mostly not withdrawn; else the day before, of, or after the run. */
        withdrawnOn: fc.oneof(
          { arbitrary: fc.constant(null), weight: 2 },
          { arbitrary: aroundToday, weight: 1 },
        ),
      })
      // Withdrawn on or after the day it was given.
      .map((consent) => ({
        ...consent,
        withdrawnOn:
          consent.withdrawnOn !== null && consent.withdrawnOn < consent.givenOn
            ? consent.givenOn
            : consent.withdrawnOn,
      })),
    { minLength: 1, maxLength: 2 },
  ),
});

/** Category and product code as a back office sends them; the scope picks among these. */
const PRODUCTS = [
  { category: null, productCode: null },
  { category: '07', productCode: null },
  { category: '07', productCode: '07A12' },
  { category: '02', productCode: '02A03' },
  { category: '04', productCode: '04A01' },
] as const;

const versionArbitrary = fc.record({
  second: fc.integer({ min: 0, max: 3599 }),
  product: fc.integer({ min: 0, max: PRODUCTS.length - 1 }),
  period,
  /** About one in six versions removes the allocation (RedenWijziging 13). */
  removed: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
  /** Which upload the version arrives in: later uploads need not hold later versions. */
  upload: fc.integer({ min: 0, max: 1 }),
  /** About one in five versions is sent again, unchanged, in the other upload. */
  sentAgain: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
});

const allocationArbitrary = fc.record({
  person: fc.integer({ min: 0, max: 1 }),
  provider: fc.integer({ min: 0, max: 1 }),
  number: fc.constantFrom('1', '2', '3', '4'),
  versions: fc.uniqueArray(versionArbitrary, {
    minLength: 1,
    maxLength: 3,
    // Two versions fixed at the same moment with different contents are refused (IV013).
    selector: (version) => version.second,
  }),
});

/** The analyst's scope: at least one category or product code (the API asks for one). */
const scopeArbitrary = fc
  .record({
    categories: fc.subarray(['07', '02']),
    productCodes: fc.subarray(['02A03', '04A01']),
  })
  .filter((scope) => scope.categories.length + scope.productCodes.length > 0);

type ParticipantCase = typeof participantArbitrary extends fc.Arbitrary<infer T> ? T : never;

interface Signal {
  participantId: string;
  provisionId: string;
  providerAgb: string;
  allocationNumber: string;
  category: string | null;
  productCode: string | null;
  overlapStart: string;
  overlapEnd: string | null;
}

const key = (s: Signal) =>
  JSON.stringify([
    s.participantId,
    s.provisionId,
    s.providerAgb,
    s.allocationNumber,
    s.category,
    s.productCode,
    s.overlapStart,
    s.overlapEnd,
  ]);

describe("the server's matching agrees with the pure rules on random data", () => {
  it('finds exactly the signals of consentStands, currentVersions (IV013) and overlap', async () => {
    let serial = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(participantArbitrary, { minLength: 2, maxLength: 8 }),
        fc.uniqueArray(allocationArbitrary, {
          minLength: 2,
          maxLength: 8,
          selector: (a) => `${a.provider}:${a.number}`,
        }),
        scopeArbitrary,
        async (participantCases, allocationCases, scope) => {
          serial += 1;
          // People and providers of their own in every run, so runs cannot see each other.
          const bsns = [0, 1].map((i) => validBsn(100_000_000 + serial * 1000 + i * 100));
          const pseudonyms = bsns.map((bsn) => pseudonymiseBsn(bsn, TEST_PSEUDONYM_KEY));
          const agbs = [0, 1].map((i) => `4${String(serial).padStart(6, '0')}${i}`);

          await call('PUT', '/api/wmo/scope', scope);
          const ids = await insertParticipants(participantCases, pseudonyms);

          // One WMO301 message per person, provider and upload.
          const messages = new Map<string, Parameters<typeof writeWmo301>[0]>();
          const versions = allocationCases.flatMap((allocation) =>
            allocation.versions.flatMap((version) =>
              (version.sentAgain ? [version.upload, 1 - version.upload] : [version.upload]).map(
                (upload) => ({ allocation, version, upload }),
              ),
            ),
          );
          for (const { allocation, version, upload } of versions) {
            const id = `${allocation.person}-${allocation.provider}-${upload}`;
            const message = messages.get(id) ?? {
              identification: `P${serial}-${id}`,
              dated: ASSIGNED_ON,
              providerAgb: agbs[allocation.provider]!,
              client: { bsn: bsns[allocation.person]!, birthDate: '1960-01-01', surname: 'Proef' },
              allocations: [],
            };
            const product = PRODUCTS[version.product]!;
            message.allocations.push({
              number: allocation.number,
              category: product.category,
              productCode: product.productCode,
              assignedOn: ASSIGNED_ON,
              assignedAt: clockTime(version.second),
              start: version.period.start,
              // A removal carries an end equal to its start (rule CS335).
              end: version.removed ? version.period.start : version.period.end,
              changeReason: version.removed ? REMOVED : null,
            });
            messages.set(id, message);
          }
          // Each upload is one import: a single message as it is, several in a zip.
          for (const upload of [0, 1]) {
            const files = Object.fromEntries(
              [...messages.entries()]
                .filter(([id]) => id.endsWith(`-${upload}`))
                .map(([id, message]) => [`${id}.xml`, Buffer.from(writeWmo301(message))]),
            );
            const names = Object.keys(files);
            if (names.length === 0) continue;
            const [imported] = await importFiles([
              names.length === 1
                ? { name: names[0]!, data: files[names[0]!]! }
                : { name: `upload-${upload}.zip`, data: zipSync(files) },
            ]);
            expect([imported!.status, imported!.refused]).toEqual(['imported', []]);
          }

          await call('POST', '/api/wmo/runs');
          const found = await signalsOf(ids);

          // The same data in memory, through the domain's rules.
          const { current } = currentVersions(
            versions.map(({ allocation, version }) => ({
              providerAgb: agbs[allocation.provider]!,
              allocationNumber: allocation.number,
              assignedAt: parseVersionMoment(ASSIGNED_ON, clockTime(version.second)),
              changeReason: version.removed ? REMOVED : null,
              person: allocation.person,
              ...PRODUCTS[version.product]!,
              period: version.period,
            })),
            () => true,
          );
          const expected: Signal[] = [];
          participantCases.forEach((p, i) => {
            const consenting =
              !p.erased &&
              p.person !== null &&
              p.consents.some((c) => c.scope === 'matching' && consentStands(c, TODAY));
            if (!consenting) return;
            for (const a of current) {
              const scoped = inScope({ category: a.category, product: a.productCode }, scope);
              const shared = overlap(p.period, a.period);
              if (a.person !== p.person || !scoped || shared === null) continue;
              expected.push({
                participantId: ids[i]!,
                provisionId: provisionIds[p.provision]!,
                providerAgb: a.providerAgb,
                allocationNumber: a.allocationNumber,
                category: a.category,
                productCode: a.productCode,
                overlapStart: shared.start,
                overlapEnd: shared.end,
              });
            }
          });
          expect(found.map(key).sort()).toEqual(expected.map(key).sort());
        },
      ),
      { numRuns: 30 },
    );
  });
});

/** `hh:mm:ss` from a number of seconds after ten o'clock. */
function clockTime(second: number): string {
  const minutes = String(Math.floor(second / 60)).padStart(2, '0');
  return `10:${minutes}:${String(second % 60).padStart(2, '0')}`;
}

/** The participants as the participants feature stores them; their ids in the same order. */
async function insertParticipants(
  cases: ParticipantCase[],
  pseudonyms: string[],
): Promise<string[]> {
  if (cases.length === 0) return [];
  const ids = cases.map(() => randomUUID());
  await ctx.handle.db.insert(participants).values(
    cases.map((p, i) => ({
      id: ids[i]!,
      provisionId: provisionIds[p.provision]!,
      displayName: p.erased ? null : `Deelnemer ${i + 1}`,
      startDate: p.period.start,
      endDate: p.period.end,
      clientRoute: 'self',
      bsnPseudonym: p.person === null ? null : pseudonyms[p.person]!,
      erasedAt: p.erased ? new Date('2026-09-01T08:00:00Z') : null,
    })),
  );
  const consents = cases.flatMap((p, i) =>
    p.consents.map((consent) => ({
      participantId: ids[i]!,
      scope: consent.scope,
      method: 'written',
      givenOn: consent.givenOn,
      withdrawnOn: consent.withdrawnOn,
    })),
  );
  if (consents.length > 0) await ctx.handle.db.insert(participantConsents).values(consents);
  return ids;
}

/** The signals of these participants that the latest run found. */
async function signalsOf(participantIds: string[]): Promise<Signal[]> {
  if (participantIds.length === 0) return [];
  return ctx.handle.db
    .select({
      participantId: doubleFinancingSignals.participantId,
      provisionId: doubleFinancingSignals.provisionId,
      providerAgb: doubleFinancingSignals.providerAgb,
      allocationNumber: doubleFinancingSignals.allocationNumber,
      category: doubleFinancingSignals.category,
      productCode: doubleFinancingSignals.productCode,
      overlapStart: doubleFinancingSignals.overlapStart,
      overlapEnd: doubleFinancingSignals.overlapEnd,
    })
    .from(doubleFinancingSignals)
    .where(
      and(
        inArray(doubleFinancingSignals.participantId, participantIds),
        isNull(doubleFinancingSignals.notFoundSince),
      ),
    );
}
