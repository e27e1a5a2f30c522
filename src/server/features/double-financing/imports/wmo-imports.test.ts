/**
 * Importing Wmo allocations through the API: WMO301 messages, CSV exports and zips read as
 * jobs, refused whole with the file and the record named, and damaged files imported whole
 * or not at all.
 */
import { and, count, eq, sql } from 'drizzle-orm';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  A,
  ALLOCATIONS_CSV,
  C,
  D,
  E,
  LIMIT,
  fixture,
  message,
  validBsn,
  wmoTestApp,
} from '../../../../../test/support/wmo-test-app.ts';
import { TEST_PSEUDONYM_KEY, type Session } from '../../../../../test/support/test-app.ts';
import { jobs, wmoAllocations, wmoImports } from '../../../platform/db/schema.ts';
import { pseudonymiseBsn } from '../../../platform/pseudonym.ts';
import type { WmoImport } from '../double-financing.schemas.ts';
import { mutate, mutation } from './fuzz-mutations.ts';

const now = new Date('2026-09-15T10:00:00Z');
const app = wmoTestApp(() => now);
const { allocationRows, api, db, importFiles, upload } = app;
let analyst: Session;
let officer: Session;
beforeAll(() => {
  analyst = app.analyst();
  officer = app.officer();
});

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
