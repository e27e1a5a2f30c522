/**
 * The double-financing API tests' application and scenario: a test app with a small import
 * limit, the analyst and the policy officer logged in, uploads as the browser sends them, and
 * the people and allocations the tests speak of. Each test file that calls `wmoTestApp()`
 * gets an application of its own.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, expect } from 'vitest';
import { isValidBsn } from '../../src/domain/bsn.ts';
import type {
  Signal,
  WmoImport,
} from '../../src/server/features/double-financing/double-financing.schemas.ts';
import { writeWmo301 } from '../../src/server/features/double-financing/imports/wmo301-writer.ts';
import {
  auditEvents,
  doubleFinancingSignals,
  participantConsents,
  participants,
  provisions,
  wmoAllocations,
} from '../../src/server/platform/db/schema.ts';
import { pseudonymiseBsn } from '../../src/server/platform/pseudonym.ts';
import {
  TEST_PSEUDONYM_KEY,
  as,
  createTestApp,
  loginAs,
  type Session,
  type TestContext,
} from './test-app.ts';

const FIXTURES = path.resolve(
  import.meta.dirname,
  '../../src/server/features/double-financing/fixtures',
);
export const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
/** The import limit of the test app: 64 KiB, so a test can go over it cheaply. */
export const LIMIT = 64 * 1024;

/** A WMO301 message of iWmo 3.2 for one client, as a back office writes it. */
export function message(
  id: string,
  bsn: string,
  products: {
    number: string;
    category?: string;
    code?: string;
    start: string;
    end?: string;
    assignedOn?: string;
    assignedAt?: string;
    changeReason?: string;
  }[],
  agb = '42420001',
): string {
  return writeWmo301({
    identification: id,
    dated: '2026-01-05',
    providerAgb: agb,
    client: { bsn, birthDate: '1960-01-01', surname: 'Voorbeeld' },
    allocations: products.map((p) => ({
      number: p.number,
      category: p.category ?? null,
      productCode: p.code ?? null,
      assignedOn: p.assignedOn ?? '2026-01-05',
      assignedAt: p.assignedAt ?? '09:00:00',
      start: p.start,
      end: p.end ?? null,
      changeReason: p.changeReason ?? null,
    })),
  });
}

/** The nth valid BSN from a start: the last digit makes the 11-proef hold. */
export function validBsn(seed: number): string {
  for (let n = seed; ; n += 1) {
    const first = String(n % 100_000_000).padStart(8, '0');
    let sum = 0;
    for (let i = 0; i < 8; i += 1) sum += Number(first[i]) * (9 - i);
    const last = sum % 11;
    if (last < 10 && isValidBsn(`${first}${last}`)) return `${first}${last}`;
  }
}

// The people of the scenario. A = 111222333 is the client of wmo301-dagbesteding.xml and
// B = 999993653 the client of wmo301-open-einde.xml.
export const A = '111222333';
export const B = '999993653';
export const C = '012345672';
export const D = validBsn(23456780);
export const E = validBsn(34567890);

export const ALLOCATIONS_CSV = [
  'bsn,agb,allocationNumber,category,product,start,end',
  `${C},42420003,301,07,07A12,2026-01-01,`,
  `${D},42420003,302,07,,2026-03-01,2026-06-30`,
  `${E},42420003,303,07,,2026-01-01,2026-12-31`,
  '',
].join('\n');

/**
 * Builds the test file's application (with `clock` as its clock) before its tests and closes
 * it after them, and gives the sessions and the helpers that work on it.
 */
export function wmoTestApp(clock: () => Date) {
  let ctx: TestContext;
  let analyst: Session;
  let officer: Session;
  beforeAll(async () => {
    ctx = await createTestApp({ WMO_IMPORT_LIMIT_BYTES: String(LIMIT) }, clock);
    analyst = await loginAs(ctx.app, 'wmo_analyst@demo.example');
    officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  });
  afterAll(async () => {
    await ctx.close();
  });

  const db = () => ctx.handle.db;

  function api(session: Session, method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
    return ctx.app.inject({
      method,
      url,
      headers: as(session),
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  /** Uploads files as multipart/form-data, as the browser does. */
  function upload(files: { name: string; data: Uint8Array | string }[], session = analyst) {
    const boundary = '----wmo-import-test';
    const body = Buffer.concat([
      ...files.flatMap((file) => [
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="${file.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
        ),
        Buffer.from(file.data),
        Buffer.from('\r\n'),
      ]),
      Buffer.from(`--${boundary}--\r\n`),
    ]);
    return ctx.app.inject({
      method: 'POST',
      url: '/api/wmo/imports',
      headers: { ...as(session), 'content-type': `multipart/form-data; boundary=${boundary}` },
      payload: body,
    });
  }

  /** Uploads, waits for the jobs and answers the finished imports. */
  async function importFiles(files: { name: string; data: Uint8Array | string }[]) {
    const response = await upload(files);
    expect(response.statusCode, response.body).toBe(202);
    const queued = response.json<{ items: WmoImport[] }>().items;
    expect(queued.map((i) => i.status)).toEqual(queued.map(() => 'queued'));
    await ctx.app.jobs.kick();
    const finished: WmoImport[] = [];
    for (const item of queued) {
      const polled = await api(analyst, 'GET', `/api/wmo/imports/${item.id}`);
      expect(polled.statusCode).toBe(200);
      finished.push(polled.json<WmoImport>());
    }
    return finished;
  }

  async function allocationRows(importId?: string): Promise<number> {
    const [row] = await db()
      .select({ n: count() })
      .from(wmoAllocations)
      .where(importId ? eq(wmoAllocations.importId, importId) : undefined);
    return row!.n;
  }

  async function provisionId(name: string): Promise<string> {
    const [row] = await db()
      .select({ id: provisions.id })
      .from(provisions)
      .where(eq(provisions.name, name));
    return row!.id;
  }

  /** A participant inserted directly, as the participants feature stores them. */
  async function participant(
    provision: string,
    bsn: string,
    period: { start: string; end?: string },
    consent: { givenOn: string; withdrawnOn?: string } | null,
    extra: Partial<typeof participants.$inferInsert> = {},
  ): Promise<string> {
    const [row] = await db()
      .insert(participants)
      .values({
        provisionId: provision,
        displayName: `Deelnemer ${bsn.slice(-3)}`,
        startDate: period.start,
        endDate: period.end ?? null,
        clientRoute: 'self',
        bsnPseudonym: pseudonymiseBsn(bsn, TEST_PSEUDONYM_KEY),
        ...extra,
      })
      .returning({ id: participants.id });
    await db().insert(participantConsents).values({
      participantId: row!.id,
      scope: 'registration',
      givenOn: period.start,
      method: 'written',
    });
    if (consent) {
      await db()
        .insert(participantConsents)
        .values({
          participantId: row!.id,
          scope: 'matching',
          givenOn: consent.givenOn,
          withdrawnOn: consent.withdrawnOn ?? null,
          method: 'written',
        });
    }
    return row!.id;
  }

  async function signalRows(): Promise<number> {
    const [row] = await db().select({ n: count() }).from(doubleFinancingSignals);
    return row!.n;
  }

  /** The signals of one provider as [allocation number, overlap start, overlap end]. */
  async function overlapsOf(providerAgb: string) {
    return (await signals(`?providerAgb=${providerAgb}`)).map((s) => [
      s.allocationNumber,
      s.overlapStart,
      s.overlapEnd,
    ]);
  }

  async function currentAllocations(): Promise<number> {
    const [row] = await db()
      .select({ n: count() })
      .from(wmoAllocations)
      .where(eq(wmoAllocations.current, true));
    return row!.n;
  }

  async function auditCount(action: string): Promise<number> {
    const [row] = await db()
      .select({ n: count() })
      .from(auditEvents)
      .where(eq(auditEvents.action, action));
    return row!.n;
  }

  async function signals(query = ''): Promise<Signal[]> {
    const response = await api(analyst, 'GET', `/api/wmo/signals${query}`);
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: Signal[] }>().items;
  }

  return {
    analyst: () => analyst,
    officer: () => officer,
    db,
    api,
    upload,
    importFiles,
    allocationRows,
    provisionId,
    participant,
    signalRows,
    overlapsOf,
    currentAllocations,
    auditCount,
    signals,
  };
}
