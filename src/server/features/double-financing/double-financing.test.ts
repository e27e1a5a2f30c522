import { readFileSync } from 'node:fs';
import path from 'node:path';
import { and, count, eq, sql } from 'drizzle-orm';
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
} from '../../../../test/support/test-app.ts';
import { isValidBsn } from '../../../domain/bsn.ts';
import {
  auditEvents,
  doubleFinancingSignals,
  jobs,
  mailMessages,
  participantConsents,
  participants,
  provisions,
  wmoAllocations,
  wmoImports,
} from '../../platform/db/schema.ts';
import { pseudonymiseBsn } from '../../platform/pseudonym.ts';
import type { Signal, WmoImport } from './double-financing.schemas.ts';
import { mutate, mutation } from './fuzz-mutations.ts';
import { replaceEarlierVersions } from './wmo-imports.repository.ts';
import { writeWmo301 } from './wmo301-writer.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const LIMIT = 64 * 1024;

let ctx: TestContext;
let analyst: Session;
let officer: Session;
let now = new Date('2026-09-15T10:00:00Z');

beforeAll(async () => {
  ctx = await createTestApp({ WMO_IMPORT_LIMIT_BYTES: String(LIMIT) }, () => now);
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

/** A WMO301 message of iWmo 3.2 for one client, as a back office writes it. */
function message(
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
function validBsn(seed: number): string {
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
const A = '111222333';
const B = '999993653';
const C = '012345672';
const D = validBsn(23456780);
const E = validBsn(34567890);

const ALLOCATIONS_CSV = [
  'bsn,agb,allocationNumber,category,product,start,end',
  `${C},42420003,301,07,07A12,2026-01-01,`,
  `${D},42420003,302,07,,2026-03-01,2026-06-30`,
  `${E},42420003,303,07,,2026-01-01,2026-12-31`,
  '',
].join('\n');

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

describe('importing Wmo allocations', () => {
  it('imports a WMO301 message and a CSV export as jobs, reporting what was read', async () => {
    const [xml, csv] = await importFiles([
      { name: 'wmo301-dagbesteding.xml', data: fixture('wmo301-dagbesteding.xml') },
      { name: 'toewijzingen.csv', data: ALLOCATIONS_CSV },
    ]);
    expect(xml).toMatchObject({
      format: 'iwmo301',
      fileName: 'wmo301-dagbesteding.xml',
      sizeBytes: fixture('wmo301-dagbesteding.xml').length,
      status: 'imported',
      messageIds: ['TOEW2026101'],
      recordsRead: 3,
      recordsImported: 3,
      refused: [],
    });
    expect(xml!.progress).toEqual({ done: xml!.sizeBytes, total: xml!.sizeBytes });
    expect(xml!.finishedAt).toBe(now.toISOString());
    expect(csv).toMatchObject({
      format: 'csv',
      status: 'imported',
      messageIds: [],
      recordsRead: 3,
      recordsImported: 3,
    });
    expect(await allocationRows(xml!.id)).toBe(3);
    expect(await allocationRows(csv!.id)).toBe(3);
    const list = (await api(analyst, 'GET', '/api/wmo/imports')).json<{ items: WmoImport[] }>();
    expect(list.items.map((i) => i.fileName).sort()).toEqual([
      'toewijzingen.csv',
      'wmo301-dagbesteding.xml',
    ]);
  });

  it('stores every BSN only as its pseudonym, never in clear', async () => {
    const stored = await db()
      .select({ person: wmoAllocations.personPseudonym })
      .from(wmoAllocations);
    expect(new Set(stored.map((s) => s.person))).toEqual(
      new Set([A, C, D, E].map((bsn) => pseudonymiseBsn(bsn, TEST_PSEUDONYM_KEY))),
    );
    const everything = JSON.stringify(
      await db().execute(sql`SELECT * FROM wmo_imports, wmo_allocations, jobs, audit_events`),
    );
    for (const bsn of [A, C, D, E]) expect(everything).not.toContain(bsn);
  });

  it('changes nothing when the same message or the same CSV file comes again', async () => {
    const before = await allocationRows();
    const [xml, csv] = await importFiles([
      { name: 'opnieuw.xml', data: fixture('wmo301-dagbesteding.xml') },
      { name: 'opnieuw.csv', data: ALLOCATIONS_CSV },
    ]);
    expect(xml).toMatchObject({
      status: 'duplicate',
      messageIds: ['TOEW2026101'],
      recordsRead: 3,
      recordsImported: 0,
    });
    expect(csv).toMatchObject({ status: 'duplicate', recordsRead: 3, recordsImported: 0 });
    expect(await allocationRows()).toBe(before);
  });

  it('imports a zip of messages as one import', async () => {
    const zip = zipSync({
      'berichten/wmo301-open-einde.xml': fixture('wmo301-open-einde.xml'),
      'berichten/nieuw.xml': Buffer.from(
        message('TOEW2026900', validBsn(45678900), [
          { number: '901', category: '07', start: '2026-01-01' },
        ]),
      ),
    });
    const [item] = await importFiles([{ name: 'batch.zip', data: zip }]);
    expect(item).toMatchObject({
      format: 'zip',
      status: 'imported',
      messageIds: ['TOEW2026900', 'TOEW2026201'],
      recordsRead: 3,
      recordsImported: 3,
    });
    expect(await allocationRows(item!.id)).toBe(3);
  });

  it('refuses a file with one bad BSN whole, naming the file and the record', async () => {
    const before = await allocationRows();
    const badRow = [
      'bsn,agb,allocationNumber,category,product,start,end',
      `${validBsn(56789000)},42420004,401,07,,2026-01-01,`,
      '123456789,42420004,402,07,,2026-01-01,',
      `${validBsn(67890000)},42420004,403,07,,2026-01-01,`,
      '',
    ].join('\n');
    const [xml, csv] = await importFiles([
      { name: 'wmo301-ongeldig-bsn.xml', data: fixture('wmo301-ongeldig-bsn.xml') },
      { name: 'export.csv', data: badRow },
    ]);
    expect(xml).toMatchObject({
      status: 'refused',
      recordsRead: 3,
      recordsImported: 0,
      refused: [
        {
          file: 'wmo301-ongeldig-bsn.xml',
          record: 20,
          field: 'Bsn',
          reason: 'wmo301-ongeldig-bsn.xml, line 20, field "Bsn": BSN fails the 11-proef',
        },
      ],
    });
    expect(csv).toMatchObject({
      status: 'refused',
      recordsRead: 3,
      recordsImported: 0,
      refused: [
        {
          file: 'export.csv',
          record: 3,
          field: 'bsn',
          reason: 'export.csv, line 3, field "bsn": BSN fails the 11-proef',
        },
      ],
    });
    expect(await allocationRows(xml!.id)).toBe(0);
    expect(await allocationRows(csv!.id)).toBe(0);
    expect(await allocationRows()).toBe(before);
    // The refusal never quotes the BSN.
    expect(JSON.stringify([xml, csv])).not.toContain('123456789');
  });

  it('refuses days that do not exist, an end before the start, a WMO302, a zip holding a .txt, elements in the wrong namespace and an envelope around a WMO302', async () => {
    const before = await allocationRows();
    const results = await importFiles([
      {
        name: 'februari.xml',
        data: message('TOEW2026950', validBsn(11111110), [
          { number: '951', category: '07', start: '2026-02-30' },
        ]),
      },
      {
        name: 'einde.csv',
        data: `bsn,agb,allocationNumber,category,product,start,end\n${validBsn(22222220)},42420004,952,07,,2026-07-01,2026-06-30\n`,
      },
      { name: 'wmo302-retour.xml', data: fixture('wmo302-retour.xml') },
      {
        name: 'map.zip',
        data: zipSync({
          'wmo301.xml': fixture('wmo301-open-einde.xml'),
          'lees-mij.txt': Buffer.from('toelichting'),
        }),
      },
      { name: 'kapot.xml', data: fixture('wmo301-fout-afgebroken.xml') },
      { name: 'oud-dialect.xml', data: fixture('wmo301-fout-alles-in-wmo301-namespace.xml') },
      { name: 'envelop.xml', data: fixture('ggk-envelop-fout-wmo302.xml') },
    ]);
    expect(
      results.map((r) => [r.status, r.recordsImported, r.refused.map((x) => x.reason)]),
    ).toEqual([
      [
        'refused',
        0,
        [
          'februari.xml, line 52, field "Ingangsdatum": "2026-02-30" is not a valid date (YYYY-MM-DD)',
        ],
      ],
      [
        'refused',
        0,
        ['einde.csv, line 2, field "end": the end 2026-06-30 lies before the start 2026-07-01'],
      ],
      [
        'refused',
        0,
        [
          'wmo302-retour.xml, line 3: is an iWmo 3.2 WMO302 message (namespace http://www.istandaarden.nl/iwmo/3_2/wmo302/schema); a WMO301 message of iWmo 3.2 uses namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema',
        ],
      ],
      [
        'refused',
        0,
        [
          'map.zip: contains "lees-mij.txt", which is not an .xml file; a zip may hold only WMO301 messages',
        ],
      ],
      ['refused', 0, ['kapot.xml, line 42: is not well-formed XML: unclosed tag: iwmo:Categorie']],
      [
        'refused',
        0,
        [
          'oud-dialect.xml, line 11: element "Identificatie" is in namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema; in iWmo 3.2 the elements inside BerichtIdentificatie are declared by the basisschema (its datatype) and are in namespace http://www.istandaarden.nl/iwmo/3_2/basisschema/schema',
        ],
      ],
      [
        'refused',
        0,
        [
          'envelop.xml:xmlBestand, line 2: is an iWmo 3.2 WMO302 message (namespace http://www.istandaarden.nl/iwmo/3_2/wmo302/schema); a WMO301 message of iWmo 3.2 uses namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema',
        ],
      ],
    ]);
    expect(results[0]!.refused[0]).toMatchObject({
      file: 'februari.xml',
      record: 52,
      field: 'Ingangsdatum',
    });
    expect(await allocationRows()).toBe(before);
  });

  it('refuses a file over the limit at upload, naming it, and queues nothing of the upload', async () => {
    const [importsBefore] = await db().select({ n: count() }).from(wmoImports);
    const big = `${message('TOEW2026990', validBsn(33333330), [
      { number: '991', category: '07', start: '2026-01-01' },
    ])}<!-- ${'x'.repeat(LIMIT)} -->\n`;
    const response = await upload([
      { name: 'klein.xml', data: fixture('wmo301-open-einde.xml') },
      { name: 'groot.xml', data: big },
    ]);
    expect(response.statusCode).toBe(413);
    expect(response.json()).toMatchObject({
      code: 'PAYLOAD_TOO_LARGE',
      message:
        'Het bestand groot.xml is groter dan 0,1 MB, de grootste omvang die kan worden ingelezen. Er is niets ingelezen. Splits het bestand of vraag de functioneel beheerder de grens (WMO_IMPORT_LIMIT_BYTES) te verhogen.',
      fields: [{ path: 'files', message: 'groot.xml is te groot (meer dan 0,1 MB).' }],
    });
    const [importsAfter] = await db().select({ n: count() }).from(wmoImports);
    expect(importsAfter!.n).toBe(importsBefore!.n);
  });

  it('asks for files when none are sent, and is only for the Wmo analyst', async () => {
    const none = await upload([]);
    expect(none.statusCode).toBe(400);
    expect(none.json().fields).toEqual([
      { path: 'files', message: 'Kies een of meer bestanden om in te lezen.' },
    ]);
    const asOfficer = await upload(
      [{ name: 'a.xml', data: fixture('wmo301-open-einde.xml') }],
      officer,
    );
    expect(asOfficer.statusCode).toBe(403);
    for (const url of [
      '/api/wmo/imports',
      '/api/wmo/signals',
      '/api/wmo/runs',
      '/api/wmo/scope',
      '/api/wmo/dashboard',
    ]) {
      expect((await api(officer, 'GET', url)).statusCode, url).toBe(403);
    }
    expect((await api(officer, 'POST', '/api/wmo/runs')).statusCode).toBe(403);
  });
});

describe('the scope of begeleiding groep', () => {
  it('is category 07 by default and can be changed by the analyst, audited', async () => {
    const initial = await api(analyst, 'GET', '/api/wmo/scope');
    expect(initial.json()).toMatchObject({ categories: ['07'], productCodes: [] });
    const wrong = await api(analyst, 'PUT', '/api/wmo/scope', {
      categories: ['7'],
      productCodes: [],
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().fields).toEqual([
      {
        path: 'categories.0',
        message: 'Een productcategorie bestaat uit twee cijfers, bijvoorbeeld 07.',
      },
    ]);
    const audits = await auditCount('wmo.scope');
    const changed = await api(analyst, 'PUT', '/api/wmo/scope', {
      categories: ['07'],
      productCodes: ['02a03'],
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toEqual({
      categories: ['07'],
      productCodes: ['02A03'],
      updatedAt: now.toISOString(),
    });
    expect(await auditCount('wmo.scope')).toBe(audits + 1);
    // Back to the default for the matching below.
    await api(analyst, 'PUT', '/api/wmo/scope', { categories: ['07'], productCodes: [] });
  });
});

describe('matching and signals', () => {
  let lindeboom: string;
  let klusteam: string;
  let firstRunSignals: Signal[];

  beforeAll(async () => {
    lindeboom = await provisionId('Huiskamer De Lindeboom');
    klusteam = await provisionId('Klusteam Maas en Mergel');
    // A: consent, participating since 2026-02-01: overlaps allocation 101 (2026-01-01 to
    // 2026-06-30, category 07), not 102 (category 02) nor 103 (ended 2025-12-31).
    await participant(lindeboom, A, { start: '2026-02-01' }, { givenOn: '2026-02-01' });
    // B: no consent for matching (only for registration): never matched.
    await participant(lindeboom, B, { start: '2026-01-01' }, null);
    // C: consent withdrawn: never matched.
    await participant(
      klusteam,
      C,
      { start: '2026-01-01' },
      { givenOn: '2026-01-01', withdrawnOn: '2026-05-01' },
    );
    // D: starts on the last day of allocation 302: exactly one day of overlap.
    await participant(klusteam, D, { start: '2026-06-30' }, { givenOn: '2026-06-30' });
    // E: erased: never matched.
    await participant(
      klusteam,
      E,
      { start: '2026-01-01' },
      { givenOn: '2026-01-01' },
      {
        erasedAt: new Date('2026-08-01T00:00:00Z'),
      },
    );
  });

  it('finds the overlaps of participants with consent, with known numbers', async () => {
    const response = await api(analyst, 'POST', '/api/wmo/runs');
    expect(response.statusCode, response.body).toBe(201);
    const run = response.json();
    expect(run.scope).toEqual({ categories: ['07'], productCodes: [] });
    expect(run.inputs).toEqual({
      // The XML, the CSV and the zip; refused and duplicate imports bring nothing.
      imports: 3,
      // 101-103, 301-303, 201, 202, 901.
      allocations: 9,
      allocationsInScope: 8,
      participants: 4,
      participantsWithConsent: 2,
    });
    expect(run.counts).toEqual({
      signals: 2,
      newSignals: 2,
      changedSignals: 0,
      notFoundSignals: 0,
      stillOpen: 2,
    });

    firstRunSignals = await signals();
    expect(
      firstRunSignals.map((s) => [
        s.providerAgb,
        s.allocationNumber,
        s.provisionName,
        s.category,
        s.productCategory,
        s.productCode,
        s.overlapStart,
        s.overlapEnd,
        s.status,
      ]),
    ).toEqual([
      [
        '42420001',
        '101',
        'Huiskamer De Lindeboom',
        'living_room',
        '07',
        '07A12',
        '2026-02-01',
        '2026-06-30',
        'new',
      ],
      [
        '42420003',
        '302',
        'Klusteam Maas en Mergel',
        'services',
        '07',
        null,
        '2026-06-30',
        '2026-06-30',
        'new',
      ],
    ]);
    const body = JSON.stringify(firstRunSignals);
    for (const secret of [A, D, pseudonymiseBsn(A, TEST_PSEUDONYM_KEY), 'Deelnemer']) {
      expect(body).not.toContain(secret);
    }
    const list = (await api(analyst, 'GET', '/api/wmo/signals')).json();
    expect(list.byProvider).toEqual([
      { providerAgb: '42420001', count: 1, open: 1 },
      { providerAgb: '42420003', count: 1, open: 1 },
    ]);
    expect(
      list.byProvision.map((p: { provisionName: string; count: number }) => [
        p.provisionName,
        p.count,
      ]),
    ).toEqual([
      ['Huiskamer De Lindeboom', 1],
      ['Klusteam Maas en Mergel', 1],
    ]);
    expect((await signals(`?providerAgb=42420003`)).map((s) => s.allocationNumber)).toEqual([
      '302',
    ]);
    expect((await signals(`?provisionId=${lindeboom}`)).map((s) => s.allocationNumber)).toEqual([
      '101',
    ]);
    expect(await signals('?status=in_progress')).toEqual([]);
  });

  it('audits every view of signals with the filter and the count', async () => {
    const before = await auditCount('wmo.signals.view');
    await signals('?providerAgb=42420001');
    await api(analyst, 'GET', `/api/wmo/signals/${firstRunSignals[0]!.id}`);
    expect(await auditCount('wmo.signals.view')).toBe(before + 2);
    const rows = await db()
      .select({ entityId: auditEvents.entityId, after: auditEvents.after })
      .from(auditEvents)
      .where(eq(auditEvents.action, 'wmo.signals.view'))
      .orderBy(sql`${auditEvents.id} DESC`)
      .limit(2);
    expect(rows.reverse()).toEqual([
      { entityId: 'list', after: { filter: { providerAgb: '42420001' }, count: 1 } },
      { entityId: firstRunSignals[0]!.id, after: null },
    ]);
  });

  it('keeps statuses and makes no duplicates when run again', async () => {
    const signal = firstRunSignals[1]!;
    const started = await api(analyst, 'POST', `/api/wmo/signals/${signal.id}/status`, {
      status: 'in_progress',
      note: 'Aanbieder gebeld.',
    });
    expect(started.statusCode, started.body).toBe(200);
    const again = (await api(analyst, 'POST', '/api/wmo/runs')).json();
    expect(again.counts).toEqual({
      signals: 2,
      newSignals: 0,
      changedSignals: 0,
      notFoundSignals: 0,
      stillOpen: 2,
    });
    expect(await signalRows()).toBe(2);
    const after = await signals();
    expect(after.map((s) => [s.id, s.status])).toEqual([
      [firstRunSignals[0]!.id, 'new'],
      [signal.id, 'in_progress'],
    ]);
    const runs = (await api(analyst, 'GET', '/api/wmo/runs')).json().items;
    expect(runs).toHaveLength(2);
  });

  it('never changes the signals by adding unrelated allocations (other persons, other categories)', async () => {
    const baseline = (await signals()).map((s) => [s.id, s.overlapStart, s.overlapEnd, s.status]);
    let serial = 0;
    const day = fc
      .integer({ min: 0, max: 1500 })
      .map((n) => new Date(Date.UTC(2024, 0, 1 + n)).toISOString().slice(0, 10));
    const unrelated = fc.record({
      // Someone else entirely, or a participant with an allocation out of scope.
      person: fc.oneof(
        fc
          .integer({ min: 10_000_000, max: 99_999_999 })
          .map((n) => pseudonymiseBsn(validBsn(n), 'other')),
        fc.constantFrom(A, C, D).map((bsn) => pseudonymiseBsn(bsn, TEST_PSEUDONYM_KEY)),
      ),
      category: fc.constantFrom('01', '02', '03', '06', '08', '10'),
      start: day,
      length: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(unrelated, { minLength: 1, maxLength: 8 }), async (extra) => {
        const [holder] = await db()
          .insert(wmoImports)
          .values({
            format: 'csv',
            fileName: 'eigenschap.csv',
            sha256: 'property',
            sizeBytes: 0,
            status: 'imported',
          })
          .returning({ id: wmoImports.id });
        const rows = extra.map((e) => {
          serial += 1;
          const end =
            e.length === null
              ? null
              : new Date(Date.parse(`${e.start}T00:00:00Z`) + e.length * 86_400_000)
                  .toISOString()
                  .slice(0, 10);
          return {
            importId: holder!.id,
            personPseudonym: e.person,
            providerAgb: '49999999',
            allocationNumber: `U-${serial}`,
            // Another person may have begeleiding groep (07); a participant only something else.
            category: [A, C, D].some((bsn) => pseudonymiseBsn(bsn, TEST_PSEUDONYM_KEY) === e.person)
              ? e.category
              : '07',
            productCode: null,
            startDate: e.start,
            endDate: end,
            versionAt: '2026-01-05 09:00:00',
            current: true,
          };
        });
        await db().insert(wmoAllocations).values(rows);
        // The import's last step, which keeps the tally of current allocations.
        await replaceEarlierVersions(db(), holder!.id);
        const run = (await api(analyst, 'POST', '/api/wmo/runs')).json();
        expect(run.counts.signals).toBe(2);
        const current = (await signals()).map((s) => [
          s.id,
          s.overlapStart,
          s.overlapEnd,
          s.status,
        ]);
        expect(current).toEqual(baseline);
      }),
      { numRuns: 25 },
    );
  });

  it('moves through the statuses with Dutch messages, writing history and audit', async () => {
    const signal = firstRunSignals[1]!;
    const wrong = await api(analyst, 'POST', `/api/wmo/signals/${firstRunSignals[0]!.id}/status`, {
      status: 'phase_out_agreed',
      phaseOutDate: '2026-12-31',
    });
    expect(wrong.statusCode).toBe(409);
    expect(wrong.json()).toMatchObject({
      code: 'CONFLICT',
      message:
        'Een signaal met de status "nieuw" kan niet naar "afbouw afgesproken". Dat kan alleen naar "in behandeling".',
    });
    const noDate = await api(analyst, 'POST', `/api/wmo/signals/${signal.id}/status`, {
      status: 'phase_out_agreed',
    });
    expect(noDate.statusCode).toBe(400);
    expect(noDate.json().fields).toEqual([
      { path: 'phaseOutDate', message: 'Vul de datum in waarop de afbouw klaar is.' },
    ]);
    const noReason = await api(analyst, 'POST', `/api/wmo/signals/${signal.id}/status`, {
      status: 'no_double_financing',
    });
    expect(noReason.json().fields).toEqual([
      { path: 'reason', message: 'Vul de reden in waarom er geen dubbele financiering is.' },
    ]);

    const audits = await auditCount('wmo.signal.status');
    now = new Date('2026-10-02T09:00:00Z');
    const agreed = await api(analyst, 'POST', `/api/wmo/signals/${signal.id}/status`, {
      status: 'phase_out_agreed',
      phaseOutDate: '2026-12-31',
      note: 'Afbouw in drie maanden, terugvalafspraak gemaakt.',
    });
    expect(agreed.statusCode, agreed.body).toBe(200);
    expect(agreed.json()).toMatchObject({
      status: 'phase_out_agreed',
      phaseOutDate: '2026-12-31',
      updatedAt: now.toISOString(),
    });
    const note = await api(analyst, 'POST', `/api/wmo/signals/${signal.id}/notes`, {
      note: 'Bevestiging per brief ontvangen.',
    });
    expect(note.statusCode).toBe(201);
    expect(await auditCount('wmo.signal.status')).toBe(audits + 1);

    const closed = await api(analyst, 'POST', `/api/wmo/signals/${signal.id}/status`, {
      status: 'in_progress',
    });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().message).toBe(
      'Dit signaal is afgesloten (afbouw afgesproken) en kan niet meer van status veranderen.',
    );

    const detail = (await api(analyst, 'GET', `/api/wmo/signals/${signal.id}`)).json();
    expect(
      detail.events.map(
        (e: { actorName: string; fromStatus: string; toStatus: string; note: string }) => [
          e.actorName,
          e.fromStatus,
          e.toStatus,
          e.note,
        ],
      ),
    ).toEqual([
      ['Tom Vluggen', 'new', 'in_progress', 'Aanbieder gebeld.'],
      [
        'Tom Vluggen',
        'in_progress',
        'phase_out_agreed',
        'Afbouw in drie maanden, terugvalafspraak gemaakt.',
      ],
      ['Tom Vluggen', null, null, 'Bevestiging per brief ontvangen.'],
    ]);
    // Notes stay out of the audit log.
    const logged = JSON.stringify(await db().select().from(auditEvents));
    expect(logged).not.toContain('terugvalafspraak');
    expect(logged).not.toContain('Bevestiging');
  });

  it('writes a letter and an e-mail to the provider with allocation numbers only', async () => {
    const pdf = await api(analyst, 'GET', '/api/wmo/providers/42420001/letter.pdf');
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');

    const mail = await api(analyst, 'POST', '/api/wmo/providers/42420001/email', {
      to: 'Wmo@Aanbieder.example',
    });
    expect(mail.statusCode, mail.body).toBe(202);
    expect(mail.json()).toEqual({ queued: true, to: 'wmo@aanbieder.example', allocations: 1 });
    const [queued] = await db()
      .select()
      .from(mailMessages)
      .where(eq(mailMessages.to, 'wmo@aanbieder.example'));
    expect(queued!.subject).toBe(
      'Toewijzingen begeleiding groep en algemene voorzieningen (AGB-code 42420001)',
    );
    expect(queued!.text).toContain(
      '- Toewijzingsnummer 101: samen met een algemene voorziening 1 februari 2026 tot en met 30 juni 2026',
    );
    expect(queued!.text).toContain(
      'afspraken voor het geval het minder goed gaat met de inwoner (terugval)',
    );
    for (const secret of [A, pseudonymiseBsn(A, TEST_PSEUDONYM_KEY), 'Deelnemer', 'Voorbeeld']) {
      expect(queued!.text).not.toContain(secret);
      expect(pdf.rawPayload.toString('latin1')).not.toContain(secret);
    }
    expect(await auditCount('wmo.provider.letter')).toBe(1);
    expect(await auditCount('wmo.provider.email')).toBe(1);

    // Provider 42420003 has no open signal left: no letter.
    const none = await api(analyst, 'GET', '/api/wmo/providers/42420003/letter.pdf');
    expect(none.statusCode).toBe(404);
    expect(none.json().message).toBe(
      'Er zijn geen open signalen voor de zorgaanbieder met AGB-code 42420003; er is dus geen brief te maken.',
    );
    expect((await api(officer, 'GET', '/api/wmo/providers/42420001/letter.pdf')).statusCode).toBe(
      403,
    );
  });

  it('counts signals by status, provision, category and month on the dashboard', async () => {
    const response = await api(analyst, 'GET', '/api/wmo/dashboard');
    expect(response.statusCode, response.body).toBe(200);
    const dashboard = response.json();
    expect(dashboard.byStatus).toEqual([
      { status: 'new', count: 1 },
      { status: 'in_progress', count: 0 },
      { status: 'phase_out_agreed', count: 1 },
      { status: 'allocation_ended', count: 0 },
      { status: 'no_double_financing', count: 0 },
      { status: 'closed', count: 0 },
    ]);
    expect(
      dashboard.byProvision.map((p: { provisionName: string; total: number }) => [
        p.provisionName,
        p.total,
      ]),
    ).toEqual([
      ['Huiskamer De Lindeboom', 1],
      ['Klusteam Maas en Mergel', 1],
    ]);
    expect(
      dashboard.byCategory.map((c: { category: string; total: number }) => [c.category, c.total]),
    ).toEqual([
      ['living_room', 1],
      ['services', 1],
    ]);
    expect(dashboard.overTime).toEqual([
      { month: '2026-09', new: 2, closed: 0 },
      { month: '2026-10', new: 0, closed: 1 },
    ]);
  });
});

// ---------------------------------------------------------------------------------------
// Fuzzing: damaged files never crash the import, and a file is imported whole or not at all.

describe('damaged files', () => {
  let serial = 0;

  async function importDamaged(name: string, data: Uint8Array) {
    const before = await allocationRows();
    const [item] = await importFiles([{ name, data }]);
    const [job] = await db()
      .select({ status: jobs.status })
      .from(jobs)
      .where(and(eq(jobs.kind, 'wmo.import'), sql`${jobs.params}->>'importId' = ${item!.id}`));
    expect(job!.status).toBe('done');
    const rows = await allocationRows(item!.id);
    expect(['imported', 'refused', 'duplicate']).toContain(item!.status);
    if (item!.status === 'imported') {
      expect(rows).toBe(item!.recordsRead);
      expect(item!.recordsImported).toBe(item!.recordsRead);
    } else {
      expect(rows).toBe(0);
      expect(item!.recordsImported).toBe(0);
    }
    expect(await allocationRows()).toBe(before + rows);
    for (const refusal of item!.refused) {
      expect(refusal.reason.startsWith(name)).toBe(true);
      expect(refusal.reason).not.toContain('\n');
    }
    return item!;
  }

  it('a damaged WMO301 message is imported whole or not at all', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        serial += 1;
        const xml = Buffer.from(
          message(`FUZZ-${serial}`, validBsn(70000000 + serial * 7), [
            {
              number: `F${serial}-1`,
              category: '07',
              code: '07A12',
              start: '2026-01-01',
              end: '2026-06-30',
            },
            { number: `F${serial}-2`, category: '02', start: '2026-02-01' },
          ]),
        );
        const item = await importDamaged(`fuzz-${serial}.xml`, mutate(xml, m));
        if (item.status === 'imported') expect(item.recordsRead).toBe(2);
      }),
      { numRuns: 30 },
    );
  });

  it('a damaged CSV export is imported whole or not at all', async () => {
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        serial += 1;
        const csv = Buffer.from(
          [
            'bsn,agb,allocationNumber,category,product,start,end',
            `${validBsn(80000000 + serial * 7)},42420007,C${serial}-1,07,07A12,2026-01-01,2026-06-30`,
            `"${validBsn(81000000 + serial * 7)}",42420007,C${serial}-2,,07A12,2026-03-31,`,
            `${validBsn(82000000 + serial * 7)},42420007,C${serial}-3,02,,2026-01-01,2026-12-31`,
            '',
          ].join('\n'),
        );
        await importDamaged(`fuzz-${serial}.csv`, mutate(csv, m));
      }),
      { numRuns: 30 },
    );
  });
});

describe('versions of an allocation', () => {
  it('counts the WMO301 version with the latest Toewijzingsdatum and -tijd, whatever the order of imports (IV013)', async () => {
    const G = validBsn(47474700);
    await participant(
      await provisionId('Huiskamer De Lindeboom'),
      G,
      { start: '2026-02-01' },
      { givenOn: '2026-02-01' },
    );
    const agb = '42420011';
    type Product = Parameters<typeof message>[2][number];
    const version = (id: string, product: Omit<Product, 'start'> & { start?: string }) =>
      message(id, G, [{ category: '07', ...product, start: product.start ?? '2026-01-01' }], agb);
    const rowsBefore = await allocationRows();
    // The second version (an end on 30 April) arrives before the first.
    const [newer] = await importFiles([
      {
        name: 'versie-2.xml',
        data: version('IV2026002', {
          number: '700',
          end: '2026-04-30',
          assignedOn: '2026-03-01',
          assignedAt: '10:00:00',
          changeReason: '05',
        }),
      },
    ]);
    expect(newer).toMatchObject({
      status: 'imported',
      versionsSuperseded: 0,
      allocationsRemoved: 0,
    });
    const [older] = await importFiles([
      {
        name: 'versie-1.xml',
        data: version('IV2026001', {
          number: '700',
          assignedOn: '2026-02-01',
          assignedAt: '10:00:00',
        }),
      },
    ]);
    // Imported (it is a real message) but superseded at once: it changes nothing.
    expect(older).toMatchObject({
      status: 'imported',
      recordsImported: 1,
      versionsSuperseded: 1,
      allocationsRemoved: 0,
    });
    // Allocation 701 was removed (RedenWijziging 13) after it was sent; again the removal first.
    const [removal] = await importFiles([
      {
        name: 'verwijderd.xml',
        data: version('IV2026004', {
          number: '701',
          start: '2026-03-01',
          end: '2026-03-01',
          assignedOn: '2026-02-15',
          assignedAt: '08:00:00',
          changeReason: '13',
        }),
      },
    ]);
    expect(removal).toMatchObject({ status: 'imported', allocationsRemoved: 1 });
    const [sentBefore] = await importFiles([
      {
        name: 'verstuurd.xml',
        data: version('IV2026003', {
          number: '701',
          start: '2026-03-01',
          assignedOn: '2026-02-10',
          assignedAt: '08:00:00',
        }),
      },
    ]);
    expect(sentBefore).toMatchObject({ status: 'imported', versionsSuperseded: 1 });
    expect(await allocationRows()).toBe(rowsBefore + 4);

    const versions = await db()
      .select({
        number: wmoAllocations.allocationNumber,
        end: wmoAllocations.endDate,
        reason: wmoAllocations.changeReason,
        current: wmoAllocations.current,
      })
      .from(wmoAllocations)
      .where(eq(wmoAllocations.providerAgb, agb))
      .orderBy(wmoAllocations.id);
    expect(versions).toEqual([
      { number: '700', end: '2026-04-30', reason: '05', current: true },
      { number: '700', end: null, reason: null, current: false },
      { number: '701', end: '2026-03-01', reason: '13', current: false },
      { number: '701', end: null, reason: null, current: false },
    ]);
    const run = await api(analyst, 'POST', '/api/wmo/runs');
    expect(run.statusCode, run.body).toBe(201);
    expect(run.json().inputs.allocations).toBe(await currentAllocations());
    // One signal: 700 as its latest version has it; 701 counts as never sent.
    expect(await overlapsOf(agb)).toEqual([['700', '2026-02-01', '2026-04-30']]);

    // A different version fixed at the same moment as one imported before: refused whole.
    const [conflict] = await importFiles([
      {
        name: 'tegenstrijdig.xml',
        data: version('IV2026005', {
          number: '700',
          end: '2026-05-31',
          assignedOn: '2026-03-01',
          assignedAt: '10:00:00',
          changeReason: '05',
        }),
      },
    ]);
    expect(conflict).toMatchObject({
      status: 'refused',
      recordsImported: 0,
      refused: [
        {
          file: 'tegenstrijdig.xml',
          record: 45,
          field: 'Toewijzingstijd',
          reason:
            'tegenstrijdig.xml, line 45, field "Toewijzingstijd": ToewijzingNummer 700 of AGB 42420011 was imported before with the same Toewijzingsdatum and Toewijzingstijd (2026-03-01T10:00:00) but different contents; rule IV013 cannot tell which version is current, so nothing of this file was imported',
        },
      ],
    });
    expect(await allocationRows()).toBe(rowsBefore + 4);
  });

  it('leaves the same versions current whatever the order of imports (property)', async () => {
    const H = validBsn(48484800);
    let serial = 0;
    const version = fc.record({
      number: fc.constantFrom('801', '802'),
      minute: fc.integer({ min: 0, max: 59 }),
      end: fc.constantFrom(null, '2026-06-30', '2026-12-31'),
      removed: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc
          .uniqueArray(version, {
            minLength: 1,
            maxLength: 4,
            selector: (v) => `${v.number}:${v.minute}`,
          })
          .chain((list) =>
            fc.tuple(
              fc.constant(list),
              fc.shuffledSubarray(list, { minLength: list.length, maxLength: list.length }),
            ),
          ),
        async ([versions, shuffled]) => {
          serial += 1;
          const stateAfter = async (order: typeof versions, agb: string) => {
            for (const v of order) {
              serial += 1;
              const [item] = await importFiles([
                {
                  name: `v${serial}.xml`,
                  data: message(
                    `PV${serial}`,
                    H,
                    [
                      {
                        number: v.number,
                        category: '07',
                        start: '2026-01-01',
                        end: v.removed ? '2026-01-01' : (v.end ?? undefined),
                        assignedOn: '2026-02-01',
                        assignedAt: `11:${String(v.minute).padStart(2, '0')}:00`,
                        changeReason: v.removed ? '13' : undefined,
                      },
                    ],
                    agb,
                  ),
                },
              ]);
              expect(item!.status).toBe('imported');
            }
            const rows = await db()
              .select({ number: wmoAllocations.allocationNumber, end: wmoAllocations.endDate })
              .from(wmoAllocations)
              .where(and(eq(wmoAllocations.providerAgb, agb), eq(wmoAllocations.current, true)))
              .orderBy(wmoAllocations.allocationNumber);
            return rows;
          };
          const agb = (k: number) => `4249${String(serial).padStart(3, '0')}${k}`;
          const inOrder = await stateAfter(versions, agb(1));
          const reordered = await stateAfter(shuffled, agb(2));
          expect(reordered).toEqual(inOrder);
          // The model: per number the latest version, unless it is a removal.
          const expected = ['801', '802'].flatMap((number) => {
            const latest = versions
              .filter((v) => v.number === number)
              .sort((a, b) => b.minute - a.minute)[0];
            return latest && !latest.removed ? [{ number, end: latest.end }] : [];
          });
          expect(inOrder).toEqual(expected);
        },
      ),
      { numRuns: 6 },
    );
    const run = await api(analyst, 'POST', '/api/wmo/runs');
    expect(run.json().inputs.allocations).toBe(await currentAllocations());
  });

  it('imports the message inside a StUF-GGk envelope', async () => {
    const [item] = await importFiles([
      { name: 'ggk-envelop-wmo301.xml', data: fixture('ggk-envelop-wmo301.xml') },
    ]);
    expect(item).toMatchObject({
      format: 'iwmo301',
      status: 'imported',
      messageIds: ['TOEW2026401'],
      recordsRead: 1,
      recordsImported: 1,
    });
    const [stored] = await db()
      .select({ number: wmoAllocations.allocationNumber, versionAt: wmoAllocations.versionAt })
      .from(wmoAllocations)
      .where(eq(wmoAllocations.importId, item!.id));
    expect(stored).toEqual({ number: '401', versionAt: '2026-01-12 16:45:10.25' });
  });

  it('matches only the latest version: a later import replaces an earlier one, and within a file the last record', async () => {
    const F = validBsn(45678900);
    await participant(
      await provisionId('Huiskamer De Lindeboom'),
      F,
      { start: '2026-02-01' },
      { givenOn: '2026-02-01' },
    );
    const currentBefore = await currentAllocations();
    const header = 'bsn,agb,allocationNumber,category,product,start,end';
    const [first] = await importFiles([
      {
        name: 'versies-1.csv',
        data: [
          header,
          `${F},42420009,V1,07,,2026-01-01,`,
          `${F},42420009,V2,07,,2026-01-01,2026-12-31`,
          '',
        ].join('\n'),
      },
    ]);
    expect(first!.status).toBe('imported');
    const firstRun = (await api(analyst, 'POST', '/api/wmo/runs')).json();
    // Two allocations more, both in scope, and both overlap F's participation.
    expect(firstRun.inputs.allocations).toBe(currentBefore + 2);
    expect(firstRun.counts.changedSignals).toBe(0);
    expect(await overlapsOf('42420009')).toEqual([
      ['V1', '2026-02-01', null],
      ['V2', '2026-02-01', '2026-12-31'],
    ]);
    // V1 now ends before F starts; V2 is corrected twice in one file, the last one counts.
    const [second] = await importFiles([
      {
        name: 'versies-2.csv',
        data: [
          header,
          `${F},42420009,V2,07,,2026-01-01,2026-05-31`,
          `${F},42420009,V1,07,,2026-01-01,2026-01-31`,
          `${F},42420009,V2,07,,2026-01-01,2026-03-31`,
          '',
        ].join('\n'),
      },
    ]);
    expect(second!.status).toBe('imported');

    const versions = await db()
      .select({
        number: wmoAllocations.allocationNumber,
        end: wmoAllocations.endDate,
        current: wmoAllocations.current,
      })
      .from(wmoAllocations)
      .where(eq(wmoAllocations.providerAgb, '42420009'))
      .orderBy(wmoAllocations.id);
    expect(versions).toEqual([
      { number: 'V1', end: null, current: false },
      { number: 'V2', end: '2026-12-31', current: false },
      { number: 'V2', end: '2026-05-31', current: false },
      { number: 'V1', end: '2026-01-31', current: true },
      { number: 'V2', end: '2026-03-31', current: true },
    ]);

    const run = await api(analyst, 'POST', '/api/wmo/runs');
    expect(run.statusCode, run.body).toBe(201);
    // Five rows more, three of them replaced: still two current allocations more. The run's
    // numbers come from the tally the import keeps, and agree with a count of the rows.
    expect(run.json().inputs.allocations).toBe(currentBefore + 2);
    expect(await currentAllocations()).toBe(currentBefore + 2);
    // V2's overlap changed (one known signal written); V1 no longer overlaps, so it is not
    // found: its signal stays for the follow-up, marked with the moment of this run.
    expect(run.json().counts).toMatchObject({
      newSignals: 0,
      changedSignals: 1,
      notFoundSignals: 1,
    });
    expect(await overlapsOf('42420009')).toEqual([
      ['V1', '2026-02-01', null],
      ['V2', '2026-02-01', '2026-03-31'],
    ]);
    const notFound = async () =>
      Object.fromEntries(
        (await signals('?providerAgb=42420009')).map((s) => [s.allocationNumber, s.notFoundSince]),
      );
    expect(await notFound()).toEqual({ V1: run.json().startedAt, V2: null });

    // A run on the same data changes nothing: V1 stays "not found since" the earlier run.
    const same = (await api(analyst, 'POST', '/api/wmo/runs')).json();
    expect(same.counts).toMatchObject({ newSignals: 0, changedSignals: 0, notFoundSignals: 0 });
    expect(await notFound()).toEqual({ V1: run.json().startedAt, V2: null });

    // V1 extended to the end of the year: found again, with its new overlap.
    const [third] = await importFiles([
      {
        name: 'versies-3.csv',
        data: [header, `${F},42420009,V1,07,,2026-01-01,2026-12-31`, ''].join('\n'),
      },
    ]);
    expect(third!.status).toBe('imported');
    const again = (await api(analyst, 'POST', '/api/wmo/runs')).json();
    expect(again.counts).toMatchObject({ newSignals: 0, changedSignals: 1, notFoundSignals: 0 });
    expect(await overlapsOf('42420009')).toEqual([
      ['V1', '2026-02-01', '2026-12-31'],
      ['V2', '2026-02-01', '2026-03-31'],
    ]);
    expect(await notFound()).toEqual({ V1: null, V2: null });
  });

  it('marks a signal "not found since" when the consent for matching is withdrawn', async () => {
    const G = validBsn(56789012);
    const participantId = await participant(
      await provisionId('Huiskamer De Lindeboom'),
      G,
      { start: '2026-03-01' },
      { givenOn: '2026-03-01' },
    );
    const header = 'bsn,agb,allocationNumber,category,product,start,end';
    const [imported] = await importFiles([
      { name: 'intrekking.csv', data: `${header}\n${G},42420010,W1,07,,2026-01-01,\n` },
    ]);
    expect(imported!.status).toBe('imported');
    const first = (await api(analyst, 'POST', '/api/wmo/runs')).json();
    expect(first.counts.newSignals).toBe(1);
    await db()
      .update(participantConsents)
      .set({ withdrawnOn: '2026-06-01' })
      .where(
        and(
          eq(participantConsents.participantId, participantId),
          eq(participantConsents.scope, 'matching'),
        ),
      );
    const second = (await api(analyst, 'POST', '/api/wmo/runs')).json();
    expect(second.counts).toMatchObject({ newSignals: 0, notFoundSignals: 1 });
    const [signal] = await signals('?providerAgb=42420010');
    expect(signal).toMatchObject({ allocationNumber: 'W1', status: 'new' });
    expect(signal!.notFoundSince).toBe(second.startedAt);
  });
});
