import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXmlEntries } from './allocations-zip.ts';
import { BadInputError } from './bad-input.ts';
import { readWmo301 } from './iwmo301-parser.ts';
import type { IdentifyPerson } from './records.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const fixture = (name: string) => readFileSync(path.join(FIXTURES, name));
const bytes = (text: string) => new TextEncoder().encode(text);
const identify: IdentifyPerson = (bsn) => (bsn === '123456789' ? null : `p:${bsn}`);

async function refusal(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof BadInputError) return error.message;
    throw error;
  }
  throw new Error('expected the input to be refused');
}

/** A minimal WMO301 message around the given Client content. */
function message(client: string, header = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<Bericht xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo301/schema">
  <Header>
    <BerichtCode>414</BerichtCode>
    <BerichtVersie>3</BerichtVersie>
    <BerichtSubversie>2</BerichtSubversie>
    <Afzender>0935</Afzender>
    <Ontvanger>42420001</Ontvanger>${header}
    <BerichtIdentificatie><Identificatie>T-1</Identificatie><Dagtekening>2026-01-05</Dagtekening></BerichtIdentificatie>
  </Header>
  <Client>${client}</Client>
</Bericht>
`;
}
const PRODUCT = `<ToegewezenProduct><ToewijzingNummer>9</ToewijzingNummer><Product><Categorie>07</Categorie></Product><Ingangsdatum>2026-01-01</Ingangsdatum></ToegewezenProduct>`;

describe('reading a WMO301 message', () => {
  it('reads several products of one client, with and without a product code and end date', async () => {
    const read = await readWmo301([fixture('wmo301-dagbesteding.xml')], 'm.xml', identify);
    expect(read.rejected).toEqual([]);
    expect(read.records).toEqual([
      {
        person: 'p:111222333',
        providerAgb: '42420001',
        allocationNumber: '101',
        category: '07',
        product: '07A12',
        start: '2026-01-01',
        end: '2026-06-30',
      },
      {
        person: 'p:111222333',
        providerAgb: '42420001',
        allocationNumber: '102',
        category: '02',
        product: '02A03',
        start: '2026-01-01',
        end: null,
      },
      {
        person: 'p:111222333',
        providerAgb: '42420001',
        allocationNumber: '103',
        category: '07',
        product: null,
        start: '2025-06-01',
        end: '2025-12-31',
      },
    ]);
  });

  it('reads the BerichtIdentificatie, which an import uses to take a message only once', async () => {
    const read = await readWmo301([fixture('wmo301-dagbesteding.xml')], 'm.xml', identify);
    expect(read.messageId).toBe('TOEW-2026-000101');
    const products = `<Bsn>111222333</Bsn><ToegewezenProducten>${PRODUCT}</ToegewezenProducten>`;
    const without = message(products).replace(
      /<BerichtIdentificatie>.*<\/BerichtIdentificatie>/,
      '',
    );
    expect((await readWmo301([bytes(without)], 'm.xml', identify)).messageId).toBeNull();
  });

  it('reads a message in the default namespace, streamed a few bytes at a time', async () => {
    const data = fixture('wmo301-open-einde.xml');
    const chunks = Array.from({ length: Math.ceil(data.length / 7) }, (_, i) =>
      data.subarray(i * 7, i * 7 + 7),
    );
    const read = await readWmo301(chunks, 'm.xml', identify);
    expect(
      read.records.map((r) => [r.allocationNumber, r.category, r.product, r.start, r.end]),
    ).toEqual([
      ['201', '07', null, '2026-01-01', '2026-06-30'],
      ['202', '07', '07A11', '2026-10-01', null],
    ]);
    expect(
      read.records.every((r) => r.providerAgb === '42420002' && r.person === 'p:999993653'),
    ).toBe(true);
  });

  it('keeps UTF-8 characters split across chunks intact', async () => {
    const data = bytes(
      message(
        `<Bsn>111222333</Bsn><Naam><Geslachtsnaam><Achternaam>Ærø-Çelik</Achternaam></Geslachtsnaam></Naam><ToegewezenProducten>${PRODUCT}</ToegewezenProducten>`,
      ),
    );
    const chunks = Array.from(data, (b) => Uint8Array.of(b));
    const read = await readWmo301(chunks, 'm.xml', identify);
    expect(read.records).toHaveLength(1);
  });

  it('rejects a BSN that fails the 11-proef at the line of its Bsn element, keeping the products unmatched', async () => {
    const read = await readWmo301([fixture('wmo301-ongeldig-bsn.xml')], 'm.xml', identify);
    expect(read.rejected).toEqual([{ file: 'm.xml', line: 20, reason: 'BSN fails the 11-proef' }]);
    expect(read.records).toHaveLength(3);
    expect(read.records.every((r) => r.person === null)).toBe(true);
  });

  it('refuses the fixtures that are not a WMO301 message, naming file, line and field', async () => {
    const cases: [string, string][] = [
      [
        'wmo301-afgebroken.xml',
        'wmo301-afgebroken.xml, line 35: is not well-formed XML: unclosed tag: wmo301:ToewijzingNummer',
      ],
      [
        'wmo301-berichtcode-415.xml',
        'wmo301-berichtcode-415.xml, line 5, field "BerichtCode": is "415" (a WMO302 message); a WMO301 message has BerichtCode 414',
      ],
      [
        'wmo302-retour.xml',
        'wmo302-retour.xml, line 3: is an iWmo 3.2 WMO302 message (namespace http://www.istandaarden.nl/iwmo/3_2/wmo302/schema); a WMO301 message of iWmo 3.2 uses namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema',
      ],
      [
        'wmo301-iwmo-3-1.xml',
        'wmo301-iwmo-3-1.xml, line 3: is an iWmo 3.1 WMO301 message (namespace http://www.istandaarden.nl/iwmo/3_1/wmo301/schema); a WMO301 message of iWmo 3.2 uses namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema',
      ],
      [
        'deelnemers.csv',
        'deelnemers.csv, line 1: is not XML: it does not start with "<" (is it a CSV file?)',
      ],
    ];
    for (const [name, expected] of cases) {
      expect(await refusal(() => readWmo301([fixture(name)], name, identify))).toBe(expected);
    }
  });

  it('refuses incomplete or inconsistent messages', async () => {
    const bsn = '<Bsn>111222333</Bsn>';
    const products = `<ToegewezenProducten>${PRODUCT}</ToegewezenProducten>`;
    const cases: [string, string][] = [
      [message(products), 'm.xml, line 11, field "Bsn": is missing from the Client'],
      [
        message(bsn),
        'm.xml, line 11, field "ToegewezenProduct": is missing: the Client has no ToegewezenProduct',
      ],
      [
        message(`${bsn}${products.replace('<Ingangsdatum>2026-01-01</Ingangsdatum>', '')}`),
        'm.xml, line 11, field "Ingangsdatum": is missing or empty in this ToegewezenProduct',
      ],
      [
        message(`${bsn}${products.replace('<ToewijzingNummer>9</ToewijzingNummer>', '')}`),
        'm.xml, line 11, field "ToewijzingNummer": is missing or empty in this ToegewezenProduct',
      ],
      [
        message(`${bsn}${products.replace('2026-01-01', '2026-02-30')}`),
        'm.xml, line 11, field "Ingangsdatum": "2026-02-30" is not a valid date (YYYY-MM-DD)',
      ],
      [
        message(
          `${bsn}${products.replace('</Ingangsdatum>', '</Ingangsdatum><Einddatum>2025-12-31</Einddatum>')}`,
        ),
        'm.xml, line 11, field "Einddatum": the end 2025-12-31 lies before the start 2026-01-01',
      ],
      [
        message(
          `${bsn}${products.replace('</Ingangsdatum>', '</Ingangsdatum><Ingangsdatum>2026-02-01</Ingangsdatum>')}`,
        ),
        'm.xml, line 11, field "Ingangsdatum": occurs twice (also on line 11)',
      ],
      [
        message(`${bsn}${products}</Client><Client>${bsn}${products}`),
        'm.xml, line 11: holds a second Client (the first starts on line 11); a WMO301 message is about one client',
      ],
      [
        message(`${bsn}${products}`).replace(
          '<Ontvanger>42420001</Ontvanger>',
          '<Ontvanger>AGB 42420001</Ontvanger>',
        ),
        'm.xml, line 8, field "Ontvanger": "AGB 42420001" is not an AGB code of eight digits',
      ],
      [
        message(`${bsn}${products}`).replace('<BerichtCode>414</BerichtCode>', ''),
        'm.xml, field "BerichtCode": is missing; this is not a WMO301 message',
      ],
      [
        message(`<Bsn><Nummer>111222333</Nummer></Bsn>${products}`),
        'm.xml, line 11, field "Bsn": must hold a value, not other elements',
      ],
      [
        message(`${bsn}<x:Extra xmlns:x="urn:other"/>${products}`),
        'm.xml, line 11: element "Extra" is in namespace urn:other; a WMO301 message of iWmo 3.2 uses namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema',
      ],
      [
        message(`${bsn}${products}`).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'),
        'm.xml, line 1: declares encoding "ISO-8859-1"; a WMO301 message is UTF-8',
      ],
      [
        message(`${bsn}${products}`).replace(
          '<Bericht ',
          '<!DOCTYPE Bericht [<!ENTITY x "y">]>\n<Bericht ',
        ),
        'm.xml, line 2: contains a DOCTYPE declaration, which a WMO301 message never has',
      ],
      [
        message(`<Bsn>&bsn;</Bsn>${products}`),
        'm.xml, line 11: is not well-formed XML: undefined entity.',
      ],
      ['', 'm.xml, line 1: is not well-formed XML: document must contain a root element.'],
      [
        '<Bericht xmlns="http://www.istandaarden.nl/iwmo/3_2/wmo301/schema"></Bericht><Bericht/>',
        'm.xml, line 1: is not well-formed XML: documents may contain only one root.',
      ],
    ];
    for (const [text, expected] of cases) {
      expect(await refusal(() => readWmo301([bytes(text)], 'm.xml', identify))).toBe(expected);
    }
  });

  it('refuses bytes that are not UTF-8', async () => {
    const data = bytes(
      message(`<Bsn>111222333</Bsn><ToegewezenProducten>${PRODUCT}</ToegewezenProducten>`),
    );
    const broken = Uint8Array.from(data);
    broken[data.indexOf(0x3c, 200)] = 0xff;
    expect(await refusal(() => readWmo301([broken], 'm.xml', identify))).toMatch(
      /^m\.xml, line [0-9]+: is not UTF-8 text$/,
    );
  });
});

describe('a zip of WMO301 messages', () => {
  it('gives its .xml files in name order, passing over folders and __MACOSX', () => {
    const zip = zipSync({
      'b.xml': bytes('<b/>'),
      'map/': new Uint8Array(0),
      'map/a.XML': bytes('<a/>'),
      '__MACOSX/._b.xml': bytes('resource fork'),
    });
    expect(readXmlEntries(zip, 'z.zip').map((e) => e.name)).toEqual(['b.xml', 'map/a.XML']);
  });

  it('refuses a zip holding anything but .xml files', () => {
    const zip = zipSync({ 'a.xml': bytes('<a/>'), 'lijst.xlsx': bytes('PK') });
    expect(() => readXmlEntries(zip, 'z.zip')).toThrow(
      new BadInputError(
        { file: 'z.zip' },
        'contains "lijst.xlsx", which is not an .xml file; a zip may hold only WMO301 messages',
      ),
    );
  });

  it('refuses an empty zip, a broken zip and one that unpacks too large', () => {
    expect(() => readXmlEntries(zipSync({}), 'z.zip')).toThrow(
      'z.zip: contains no .xml files (WMO301 messages)',
    );
    expect(() => readXmlEntries(bytes('not a zip at all'), 'z.zip')).toThrow(
      /^z\.zip: is not a readable zip file/,
    );
    const bomb = zipSync({ 'a.xml': new Uint8Array(16 * 1024 * 1024 + 1) });
    expect(bomb.length).toBeLessThan(100_000);
    expect(() => readXmlEntries(bomb, 'z.zip')).toThrow(
      'z.zip: "a.xml" unpacks to more than a WMO301 message can be (limit 16 MB per file, 512 MB in all)',
    );
  });
});
