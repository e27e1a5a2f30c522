import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isValidBsn } from '../../../../domain/bsn.ts';
import { isValidDay } from '../../../../domain/periods.ts';
import { pseudonymiseBsn } from '../../../platform/pseudonym.ts';
import { BadInputError } from '../imports/bad-input.ts';
import { checkFiles, type CheckFilesResult } from './check-files.ts';
import { readWmo301 } from '../imports/iwmo301-parser.ts';
import { readParticipantsCsv } from '../imports/participants-csv.ts';
import { mutate, mutation } from '../imports/fuzz-mutations.ts';
import type { IdentifyPerson } from '../imports/records.ts';
import { writeWmo301 } from '../imports/wmo301-writer.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
const fixture = (name: string) => path.join(FIXTURES, name);
const KEY = 'test-key-for-pseudonyms-0123456789abcdef';
const person = (bsn: string) => pseudonymiseBsn(bsn, KEY);
const identify: IdentifyPerson = (bsn) => (isValidBsn(bsn) ? person(bsn) : null);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'double-financing-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const A = person('111222333');
const B = person('999993653');
const D = person('012345672');

describe('the double-financing check on files', () => {
  it('matches the fixtures as worked out by hand', async () => {
    const result = await checkFiles({
      participants: fixture('deelnemers.csv'),
      allocations: [
        fixture('wmo301-dagbesteding.xml'),
        fixture('wmo301-open-einde.xml'),
        fixture('toewijzingen.csv'),
      ],
      key: KEY,
    });
    expect(result).toEqual({
      signals: [
        // B takes part from 30 June; allocation 201 ends on 30 June: one day.
        {
          provision: 'Dagactiviteit De Boomgaard',
          person: B,
          allocationNumber: '201',
          providerAgb: '42420002',
          category: '07',
          product: null,
          overlapStart: '2026-06-30',
          overlapEnd: '2026-06-30',
        },
        {
          provision: 'Dagactiviteit De Boomgaard, Heer',
          person: A,
          allocationNumber: '101',
          providerAgb: '42420001',
          category: '07',
          product: '07A12',
          overlapStart: '2026-02-01',
          overlapEnd: '2026-06-30',
        },
        // Both open-ended: the overlap has no end.
        {
          provision: 'Dagactiviteit De Boomgaard, Heer',
          person: A,
          allocationNumber: '301',
          providerAgb: '42420003',
          category: '07',
          product: '07A12',
          overlapStart: '2026-05-01',
          overlapEnd: null,
        },
        {
          provision: 'Inloop Het Trefpunt',
          person: A,
          allocationNumber: '103',
          providerAgb: '42420001',
          category: '07',
          product: null,
          overlapStart: '2025-06-01',
          overlapEnd: '2025-12-31',
        },
      ],
      // 8 participant rows, 2 without consent; 3 + 2 + 4 allocations, of which 101, 103,
      // 201, 202, 301, 303 and 304 have category 07.
      counts: {
        participants: 8,
        withoutConsent: 2,
        allocations: 9,
        allocationsInScope: 7,
        signals: 4,
      },
      rejected: [
        { file: fixture('deelnemers.csv'), line: 7, reason: 'BSN fails the 11-proef' },
        { file: fixture('toewijzingen.csv'), line: 4, reason: 'BSN fails the 11-proef' },
      ],
    } satisfies CheckFilesResult);
    // 123456782 has an overlapping allocation (304) but gave consent only for 2027.
    expect(JSON.stringify(result)).not.toMatch(/111222333|999993653|123456782|012345672|123456789/);
  });

  it('reads a zip of messages and widens the scope with --categories and --products', async () => {
    const zip = path.join(dir, 'toewijzingen.zip');
    await writeFile(
      zip,
      zipSync({
        'wmo301-dagbesteding.xml': readFileSync(fixture('wmo301-dagbesteding.xml')),
        'wmo301-ongeldig-bsn.xml': readFileSync(fixture('wmo301-ongeldig-bsn.xml')),
      }),
    );
    const result = await checkFiles({
      participants: fixture('deelnemers.csv'),
      allocations: [zip, fixture('toewijzingen.csv')],
      categories: ['07', '02'],
      products: ['07A12'],
      key: KEY,
    });
    expect(
      result.signals.map((s) => [
        s.provision,
        s.person,
        s.allocationNumber,
        s.overlapStart,
        s.overlapEnd,
      ]),
    ).toEqual([
      ['Dagactiviteit De Boomgaard, Heer', A, '101', '2026-02-01', '2026-06-30'],
      // Category 02 is in scope now; open and open.
      ['Dagactiviteit De Boomgaard, Heer', A, '102', '2026-02-01', null],
      ['Dagactiviteit De Boomgaard, Heer', A, '301', '2026-05-01', null],
      ['Inloop Het Trefpunt', A, '103', '2025-06-01', '2025-12-31'],
      // No category, but product 07A12 is in scope; one shared day.
      ['Moestuin "Samen"', D, '302', '2026-03-31', '2026-03-31'],
    ]);
    expect(result.counts).toEqual({
      participants: 8,
      withoutConsent: 2,
      allocations: 10,
      allocationsInScope: 10,
      signals: 5,
    });
    expect(result.rejected).toEqual([
      { file: fixture('deelnemers.csv'), line: 7, reason: 'BSN fails the 11-proef' },
      { file: `${zip}:wmo301-ongeldig-bsn.xml`, line: 20, reason: 'BSN fails the 11-proef' },
      { file: fixture('toewijzingen.csv'), line: 4, reason: 'BSN fails the 11-proef' },
    ]);
  });

  it('refuses the whole check for one bad file, naming the file, line and field', async () => {
    const zipWithSheet = path.join(dir, 'met-spreadsheet.zip');
    await writeFile(
      zipWithSheet,
      zipSync({
        'wmo301-dagbesteding.xml': readFileSync(fixture('wmo301-dagbesteding.xml')),
        'overzicht.xlsx': new Uint8Array([0x50, 0x4b, 3, 4]),
      }),
    );
    const cases: [string, string[], string][] = [
      [
        'deelnemers.csv',
        ['wmo301-dagbesteding.xml', 'wmo301-fout-afgebroken.xml'],
        `${fixture('wmo301-fout-afgebroken.xml')}, line 42: is not well-formed XML: unclosed tag: iwmo:Categorie`,
      ],
      [
        'deelnemers.csv',
        ['wmo302-retour.xml'],
        `${fixture('wmo302-retour.xml')}, line 3: is an iWmo 3.2 WMO302 message`,
      ],
      [
        'deelnemers.csv',
        ['wmo301-fout-berichtcode-415.xml'],
        `${fixture('wmo301-fout-berichtcode-415.xml')}, line 5, field "BerichtCode": is "415"`,
      ],
      [
        'deelnemers.csv',
        ['wmo301-fout-alles-in-wmo301-namespace.xml'],
        `${fixture('wmo301-fout-alles-in-wmo301-namespace.xml')}, line 11: element "Identificatie" is in namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema; in iWmo 3.2 the elements inside BerichtIdentificatie are declared by the basisschema`,
      ],
      [
        'deelnemers.csv',
        ['wmo301-dagbesteding.xml', 'ggk-envelop-fout-wmo302.xml'],
        `${fixture('ggk-envelop-fout-wmo302.xml')}:xmlBestand, line 2: is an iWmo 3.2 WMO302 message`,
      ],
      [
        'deelnemers-ongeldige-datum.csv',
        ['wmo301-dagbesteding.xml'],
        `${fixture('deelnemers-ongeldige-datum.csv')}, line 3, field "start": "2026-02-30" is not a valid date (YYYY-MM-DD)`,
      ],
      [
        'deelnemers-einde-voor-begin.csv',
        ['wmo301-dagbesteding.xml'],
        `${fixture('deelnemers-einde-voor-begin.csv')}, line 3, field "end": the end 2026-06-30 lies before the start 2026-07-01`,
      ],
      [
        'deelnemers.csv',
        ['bestaat-niet.xml'],
        `${fixture('bestaat-niet.xml')}: cannot be read: there is no such file`,
      ],
      [
        'bestaat-niet.csv',
        ['wmo301-dagbesteding.xml'],
        `${fixture('bestaat-niet.csv')}: cannot be read: there is no such file`,
      ],
      [
        'deelnemers.csv',
        [zipWithSheet],
        `${zipWithSheet}: contains "overzicht.xlsx", which is not an .xml file; a zip may hold only WMO301 messages`,
      ],
    ];
    for (const [participants, allocations, message] of cases) {
      const run = checkFiles({
        participants: path.isAbsolute(participants) ? participants : fixture(participants),
        allocations: allocations.map((a) => (path.isAbsolute(a) ? a : fixture(a))),
        key: KEY,
      });
      await expect(run).rejects.toThrow(BadInputError);
      await expect(run).rejects.toThrow(message);
    }
  });

  it('recognises a file without a known extension by its content', async () => {
    const copy = path.join(dir, 'toewijzingen-export');
    await writeFile(copy, readFileSync(fixture('toewijzingen.csv')));
    const xml = path.join(dir, 'bericht.dat');
    await writeFile(xml, readFileSync(fixture('wmo301-open-einde.xml')));
    const result = await checkFiles({
      participants: fixture('deelnemers.csv'),
      allocations: [copy, xml],
      key: KEY,
    });
    expect(result.counts.allocations).toBe(6);
    expect(result.signals.map((s) => s.allocationNumber)).toEqual(['201', '301']);
  });
});

describe('versions of an allocation (rule IV013)', () => {
  it('counts only the latest version and drops a removed allocation, in either order of files', async () => {
    for (const order of [
      [
        'wmo301-dagbesteding.xml',
        'wmo301-versie-2-verkort.xml',
        'wmo301-open-einde.xml',
        'wmo301-verwijderd.xml',
      ],
      [
        'wmo301-verwijderd.xml',
        'wmo301-open-einde.xml',
        'wmo301-versie-2-verkort.xml',
        'wmo301-dagbesteding.xml',
      ],
    ]) {
      const notices: string[] = [];
      const result = await checkFiles({
        participants: fixture('deelnemers.csv'),
        allocations: order.map(fixture),
        key: KEY,
        onNotice: (line) => notices.push(line),
      });
      // 101 ends on 31 March in its second version; 202 was removed, so B's only signal is
      // 201 (signals are sorted by provision: "De Boomgaard" before "De Boomgaard, Heer").
      expect(
        result.signals.map((s) => [s.provision, s.allocationNumber, s.overlapStart, s.overlapEnd]),
      ).toEqual([
        ['Dagactiviteit De Boomgaard', '201', '2026-06-30', '2026-06-30'],
        ['Dagactiviteit De Boomgaard, Heer', '101', '2026-02-01', '2026-03-31'],
        ['Inloop Het Trefpunt', '103', '2025-06-01', '2025-12-31'],
      ]);
      expect(result.counts.allocations).toBe(4);
      expect(notices).toEqual([
        'rule IV013: 2 earlier version(s) of allocations set aside, 1 allocation(s) removed by RedenWijziging 13',
      ]);
    }
  });

  it('refuses two different versions fixed at the same moment, naming both files', async () => {
    const same = path.join(dir, 'zelfde-moment.xml');
    await writeFile(
      same,
      readFileSync(fixture('wmo301-versie-2-verkort.xml'), 'utf8')
        .replace('TOEW2026102', 'TOEW2026103')
        .replace('2026-03-31', '2026-04-30'),
    );
    const original = fixture('wmo301-versie-2-verkort.xml');
    // Named the same way whichever file is given first: the conflict is reported at the file
    // whose path sorts last, pointing to the one whose path sorts first. Where the checkout
    // lies decides which of the two that is, so the test asks the paths rather than assuming.
    const [first, second] = [original, same].sort();
    for (const allocations of [
      [same, original],
      [original, same],
    ]) {
      await expect(
        checkFiles({
          participants: fixture('deelnemers.csv'),
          allocations,
          key: KEY,
        }),
      ).rejects.toThrow(
        `${second}, line 48, field "Toewijzingstijd": ToewijzingNummer 101 of AGB 42420001 has another version with the same Toewijzingsdatum and Toewijzingstijd (2026-02-10T08:30:00) but different contents in ${first}, line 48; rule IV013 cannot tell which one is current`,
      );
    }
  });

  it('gives the same signals whatever the order of the files (property)', async () => {
    const participantsFile = path.join(dir, 'iv013-deelnemers.csv');
    await writeFile(
      participantsFile,
      'provision,bsn,consent,start,end\nDe Boomgaard,111222333,yes,2026-03-01,2026-09-30\n',
    );
    const version = fc.record({
      number: fc.constantFrom(1, 2, 3),
      minute: fc.integer({ min: 0, max: 59 }),
      day: fc.integer({ min: 1, max: 28 }),
      startMonth: fc.integer({ min: 1, max: 12 }),
      months: fc.option(fc.integer({ min: 0, max: 11 }), { nil: null }),
      removed: fc.boolean(),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(version, {
          minLength: 1,
          maxLength: 8,
          selector: (v) => `${v.number}:${v.day}:${v.minute}`,
        }),
        fc.infiniteStream(fc.nat()),
        async (versions, randomness) => {
          const files = await Promise.all(
            versions.map(async (v, k) => {
              const start = `2026-${String(v.startMonth).padStart(2, '0')}-01`;
              const end = v.removed
                ? start
                : v.months === null
                  ? null
                  : `2026-${String(Math.min(12, v.startMonth + v.months)).padStart(2, '0')}-28`;
              const file = path.join(dir, `iv013-${k}.xml`);
              await writeFile(
                file,
                writeWmo301({
                  identification: `IV${k}`,
                  dated: '2026-01-31',
                  providerAgb: '42420001',
                  client: { bsn: '111222333', birthDate: '1958-04-12', surname: 'Jansen' },
                  allocations: [
                    {
                      number: v.number,
                      category: '07',
                      assignedOn: `2026-01-${String(v.day).padStart(2, '0')}`,
                      assignedAt: `10:${String(v.minute).padStart(2, '0')}:00`,
                      start,
                      end,
                      changeReason: v.removed ? '13' : null,
                    },
                  ],
                }),
              );
              return file;
            }),
          );
          const shuffled = [...files];
          const draws = randomness[Symbol.iterator]();
          for (let i = shuffled.length - 1; i > 0; i--) {
            const j = (draws.next().value as number) % (i + 1);
            [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
          }
          const check = (allocations: string[]) =>
            checkFiles({ participants: participantsFile, allocations, key: KEY });
          const [inOrder, reordered] = [await check(files), await check(shuffled)];
          expect(reordered.signals).toEqual(inOrder.signals);
          // The model: per number the version with the latest moment, unless it is a removal.
          const latest = new Map<number, (typeof versions)[number]>();
          for (const v of versions) {
            const known = latest.get(v.number);
            if (!known || v.day * 60 + v.minute > known.day * 60 + known.minute)
              latest.set(v.number, v);
          }
          const expected = [...latest.values()]
            .filter((v) => !v.removed)
            .filter(
              (v) =>
                v.startMonth <= 9 &&
                (v.months === null || Math.min(12, v.startMonth + v.months) >= 3),
            )
            .map((v) => String(v.number))
            .sort();
          expect(inOrder.signals.map((s) => s.allocationNumber).sort()).toEqual(expected);
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe('the StUF-GGk envelope', () => {
  it('is read as the WMO301 message inside it, also in a zip', async () => {
    const zip = path.join(dir, 'enveloppen.zip');
    await writeFile(zip, zipSync({ 'env.xml': readFileSync(fixture('ggk-envelop-wmo301.xml')) }));
    for (const file of [fixture('ggk-envelop-wmo301.xml'), zip]) {
      const result = await checkFiles({
        participants: fixture('deelnemers.csv'),
        allocations: [file],
        key: KEY,
      });
      // Allocation 401 of B (999993653), 2026-07-01 to 2026-12-31, meets B's participation.
      expect(result.signals).toEqual([
        {
          provision: 'Dagactiviteit De Boomgaard',
          person: B,
          allocationNumber: '401',
          providerAgb: '42420004',
          category: '07',
          product: '07A12',
          overlapStart: '2026-07-01',
          overlapEnd: '2026-09-30',
        },
      ]);
    }
  });

  it('refuses an envelope without a message, with content that is not base64, or twice a message', async () => {
    const envelope = readFileSync(fixture('ggk-envelop-wmo301.xml'), 'utf8');
    const cases: [string, string][] = [
      [
        envelope.replace(/<GGK:xmlBestand>[^<]*<\/GGK:xmlBestand>/, ''),
        'field "xmlBestand": is a StUF-GGk envelope (envelopHeenbericht-ggk_Di01) without xmlBestand: it holds no message',
      ],
      [
        envelope.replace(/<GGK:xmlBestand>[^<]*</, '<GGK:xmlBestand>dit is geen base64!<'),
        'line 23, field "xmlBestand": is not base64 text; the envelope must hold the WMO301 message base64-encoded',
      ],
      [
        envelope.replace(/(<GGK:xmlBestand>[^<]*<\/GGK:xmlBestand>)/, '$1\n$1'),
        'line 68, field "xmlBestand": occurs twice (also on line 23); a StUF-GGk envelope holds one message',
      ],
    ];
    for (const [text, message] of cases) {
      const file = path.join(dir, 'envelop.xml');
      await writeFile(file, text);
      await expect(
        checkFiles({
          participants: fixture('deelnemers.csv'),
          allocations: [file],
          key: KEY,
        }),
      ).rejects.toThrow(`${file}, ${message}`);
    }
  });
});

// ---------------------------------------------------------------------------------------
// Fuzzing: damaged files never crash the check and never give part of a refused file.

/** The outcome of reading, as data: records read, or the refusal; anything else fails the test. */
async function outcome<T>(
  read: () => Promise<T> | T,
): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    return { ok: true, value: await read() };
  } catch (error) {
    if (error instanceof BadInputError) {
      expect(error.message).not.toContain('\n');
      expect(error.message).not.toMatch(/111222333|999993653|012345672/);
      return { ok: false };
    }
    throw error;
  }
}

describe('damaged files', () => {
  const xml = readFileSync(fixture('wmo301-dagbesteding.xml'));
  const csv = readFileSync(fixture('deelnemers.csv'));

  it('a damaged WMO301 message is read whole or refused, never in part', async () => {
    const original = await readWmo301([xml], 'm.xml', identify);
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const damaged = mutate(xml, m);
        const read = await outcome(() => readWmo301([damaged], 'm.xml', identify));
        if (!read.ok) return;
        if (m.kind !== 'flip') {
          // Cutting or repeating lines can only leave the message intact (perhaps with its
          // lines moved) or break it.
          const withoutLines = (value: typeof original) => ({
            ...value,
            records: value.records.map(({ line: _line, ...record }) => record),
          });
          expect(withoutLines(read.value)).toEqual(withoutLines(original));
        }
        for (const r of read.value.records) {
          expect(r.providerAgb).toMatch(/^[0-9]{8}$/);
          expect(isValidDay(r.start)).toBe(true);
          if (r.end !== null) expect(isValidDay(r.end) && r.start <= r.end).toBe(true);
          expect(r.person === null || /^[0-9a-f]{64}$/.test(r.person)).toBe(true);
        }
        expect(read.value.records).toHaveLength(3);
      }),
      { numRuns: 400 },
    );
  });

  it('a damaged participants file gives whole records or a refusal', async () => {
    const original = readParticipantsCsv(csv, 'p.csv', identify);
    await fc.assert(
      fc.asyncProperty(mutation, async (m) => {
        const damaged = mutate(csv, m);
        const read = await outcome(() => readParticipantsCsv(damaged, 'p.csv', identify));
        if (!read.ok) return;
        if (m.kind === 'truncate') {
          // Only whole records survive a cut: what is left is a prefix of the original.
          expect(read.value.records).toEqual(original.records.slice(0, read.value.records.length));
        }
        if (m.kind === 'duplicate') {
          expect(read.value.records.length - original.records.length).toBeLessThanOrEqual(1);
        }
        for (const r of read.value.records) {
          expect(isValidDay(r.start)).toBe(true);
          if (r.end !== null) expect(isValidDay(r.end) && r.start <= r.end).toBe(true);
          expect(r.person === null || /^[0-9a-f]{64}$/.test(r.person)).toBe(true);
          if (!r.consent) expect(r.person).toBeNull();
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a check with a damaged file either answers or is refused as a whole, in one line', async () => {
    const work = path.join(dir, 'fuzz');
    await rm(work, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(work));
    await fc.assert(
      fc.asyncProperty(mutation, mutation, fc.boolean(), async (mp, ma, damageBoth) => {
        const participants = path.join(work, 'deelnemers.csv');
        const allocations = path.join(work, 'bericht.xml');
        await writeFile(participants, damageBoth ? mutate(csv, mp) : csv);
        await writeFile(allocations, mutate(xml, ma));
        const result = await outcome(() =>
          checkFiles({ participants, allocations: [allocations], key: KEY }),
        );
        // A refusal is a BadInputError of one line without a BSN (outcome) and no result.
        if (!result.ok) return;
        expect(result.value.counts.signals).toBe(result.value.signals.length);
        expect(result.value.counts.allocations).toBe(3);
      }),
      { numRuns: 60 },
    );
  });
});
