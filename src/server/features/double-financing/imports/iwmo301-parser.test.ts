import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { readXmlEntries } from './allocations-zip.ts';
import { BadInputError } from './bad-input.ts';
import {
  schemaErrors,
  stylesheetRuleCodes,
  xmlToolsAvailable,
} from '../../../../../test/support/iwmo-validate.ts';
import { readWmo301 } from './iwmo301-parser.ts';
import type { IdentifyPerson } from './records.ts';
import { PREFIX_STYLES, writeWmo301, type Wmo301Message } from './wmo301-writer.ts';

const FIXTURES = path.join(import.meta.dirname, '..', 'fixtures');
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

/** A WMO301 message as a back office writes it: one allocation of category 07. */
const BASE: Wmo301Message = {
  identification: 'T1',
  dated: '2026-01-05',
  providerAgb: '42420001',
  client: { bsn: '111222333', birthDate: '1960-01-01', surname: 'Test' },
  allocations: [
    {
      number: 9,
      category: '07',
      assignedOn: '2026-01-05',
      assignedAt: '12:00:00',
      start: '2026-01-01',
    },
  ],
};
/** Line 19 holds the Bsn, 45–53 the ToegewezenProduct (46 its number, 48 its Categorie). */
const message = (m: Wmo301Message = BASE) => writeWmo301(m, { style: 'wmo301-default' });

/** Every optional element of WMO301.xsd that the writer knows, present. */
const EVERYTHING: Wmo301Message = {
  ...BASE,
  client: {
    ...BASE.client,
    gender: '2',
    surnamePrefix: 'van',
    firstNames: 'Anna Maria',
    initials: 'AM',
    phone: '0431234567',
    email: 'a.test@example.org',
    communication: { form: '1', language: 'nl' },
    legalStatus: '01',
    representation: '06',
    comment: 'Graag eerst bellen.',
    relation: { number: '1', kind: '03', surname: 'Test', initials: 'P' },
  },
  allocations: [
    {
      number: 11,
      providerReference: 'REF-11',
      category: '07',
      productCode: '07A12',
      assignedOn: '2026-01-05',
      assignedAt: '12:00:00.500',
      start: '2026-01-01',
      end: '2026-06-30',
      changeReason: '05',
      extent: { volume: 3, unit: '16', frequency: '2' },
      comment: 'Dagbesteding in de groep.',
    },
    {
      number: 12,
      category: '02',
      budgetCents: 125_000,
      assignedOn: '2026-01-05',
      assignedAt: '12:00:00',
      start: '2026-01-01',
      end: '2026-12-31',
    },
  ],
};
/**
 * No Product at all: then the stylesheet wants a Budget (CD079) and with it an end (CD075).
 * BASE has the other absences: no Code, no end, no Omvang, no Budget, no RedenWijziging.
 */
const BARE: Wmo301Message = {
  ...BASE,
  allocations: [
    {
      number: 13,
      budgetCents: 5000,
      assignedOn: '2026-01-05',
      start: '2026-02-01',
      end: '2026-07-31',
    },
  ],
};
/** The messages these tests read as valid; a test below holds each against the schema. */
const VALID_MESSAGES = PREFIX_STYLES.flatMap((style) =>
  [BASE, EVERYTHING, BARE].map((m) => ({ style, xml: writeWmo301(m, { style }) })),
);

describe('reading a WMO301 message', () => {
  it('reads several products of one client, with and without a product code and end date', async () => {
    const read = await readWmo301([fixture('wmo301-dagbesteding.xml')], 'm.xml', identify);
    expect(read.rejected).toEqual([]);
    const common = { person: 'p:111222333', providerAgb: '42420001', changeReason: null };
    expect(read.records).toEqual([
      {
        ...common,
        allocationNumber: '101',
        category: '07',
        product: '07A12',
        start: '2026-01-01',
        end: '2026-06-30',
        assignedAt: '2025-12-15T10:15:00',
        line: 48,
      },
      {
        ...common,
        allocationNumber: '102',
        category: '02',
        product: '02A03',
        start: '2026-01-01',
        end: null,
        assignedAt: '2025-12-15T10:15:00',
        line: 64,
      },
      {
        ...common,
        allocationNumber: '103',
        category: '07',
        product: null,
        start: '2025-06-01',
        end: '2025-12-31',
        assignedAt: '2025-05-20T09:00:00',
        line: 79,
      },
    ]);
  });

  it('reads the same allocations in every prefix style, with every optional element present or absent', async () => {
    for (const { style, xml } of VALID_MESSAGES.filter((m) => m.xml.includes('REF-11'))) {
      const read = await readWmo301([bytes(xml)], `${style}.xml`, identify);
      expect({ style, records: read.records.map(({ line: _line, ...r }) => r) }).toEqual({
        style,
        records: [
          {
            person: 'p:111222333',
            providerAgb: '42420001',
            allocationNumber: '11',
            category: '07',
            product: '07A12',
            start: '2026-01-01',
            end: '2026-06-30',
            assignedAt: '2026-01-05T12:00:00.5',
            changeReason: '05',
          },
          {
            person: 'p:111222333',
            providerAgb: '42420001',
            allocationNumber: '12',
            category: '02',
            product: null,
            start: '2026-01-01',
            end: '2026-12-31',
            assignedAt: '2026-01-05T12:00:00',
            changeReason: null,
          },
        ],
      });
      expect(read.messageId).toBe('T1');
    }
    for (const { style, xml } of VALID_MESSAGES.filter((m) => m.xml.includes('>13<'))) {
      const read = await readWmo301([bytes(xml)], `${style}.xml`, identify);
      expect(read.records.map(({ line: _line, ...r }) => r)).toEqual([
        {
          person: 'p:111222333',
          providerAgb: '42420001',
          allocationNumber: '13',
          category: null,
          product: null,
          start: '2026-02-01',
          end: '2026-07-31',
          assignedAt: '2026-01-05T09:00:00',
          changeReason: null,
        },
      ]);
    }
  });

  it('reads the BerichtIdentificatie, which an import uses to take a message only once', async () => {
    const read = await readWmo301([fixture('wmo301-dagbesteding.xml')], 'm.xml', identify);
    expect(read.messageId).toBe('TOEW2026101');
    const without = message().replace(/<BerichtIdentificatie>[^]*<\/BerichtIdentificatie>/, '');
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
    const data = bytes(message({ ...BASE, client: { ...BASE.client, surname: 'Ærø-Çelik' } }));
    const chunks = Array.from(data, (b) => Uint8Array.of(b));
    const read = await readWmo301(chunks, 'm.xml', identify);
    expect(read.records).toHaveLength(1);
  });

  it('takes a ToewijzingNummer as the whole number it is, so 0101 and 101 are one allocation', async () => {
    const read = await readWmo301(
      [bytes(message().replace('<ToewijzingNummer>9<', '<ToewijzingNummer>0101<'))],
      'm.xml',
      identify,
    );
    expect(read.records[0]?.allocationNumber).toBe('101');
  });

  it('rejects a BSN that fails the 11-proef at the line of its Bsn element, keeping the products unmatched', async () => {
    const read = await readWmo301([fixture('wmo301-ongeldig-bsn.xml')], 'm.xml', identify);
    expect(read.rejected).toEqual([{ file: 'm.xml', line: 20, reason: 'BSN fails the 11-proef' }]);
    expect(read.records).toHaveLength(3);
    expect(read.records.every((r) => r.person === null)).toBe(true);
  });

  it('refuses the fixtures that are not a WMO301 message of iWmo 3.2, naming file, line and rule', async () => {
    const cases: [string, string][] = [
      [
        'wmo301-fout-afgebroken.xml',
        'wmo301-fout-afgebroken.xml, line 42: is not well-formed XML: unclosed tag: iwmo:Categorie',
      ],
      [
        'wmo301-fout-berichtcode-415.xml',
        'wmo301-fout-berichtcode-415.xml, line 5, field "BerichtCode": is "415" (a WMO302 message); a WMO301 message has BerichtCode 414',
      ],
      [
        'wmo302-retour.xml',
        'wmo302-retour.xml, line 3: is an iWmo 3.2 WMO302 message (namespace http://www.istandaarden.nl/iwmo/3_2/wmo302/schema); a WMO301 message of iWmo 3.2 uses namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema',
      ],
      [
        'wmo301-fout-iwmo-3-1.xml',
        'wmo301-fout-iwmo-3-1.xml, line 3: is an iWmo 3.1 WMO301 message (namespace http://www.istandaarden.nl/iwmo/3_1/wmo301/schema); a WMO301 message of iWmo 3.2 uses namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema',
      ],
      [
        'wmo301-fout-alles-in-wmo301-namespace.xml',
        'wmo301-fout-alles-in-wmo301-namespace.xml, line 11: element "Identificatie" is in namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema; in iWmo 3.2 the elements inside BerichtIdentificatie are declared by the basisschema (its datatype) and are in namespace http://www.istandaarden.nl/iwmo/3_2/basisschema/schema',
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

  it('refuses an iWmo 2.4 message and elements in the wrong namespace with the rule they break', async () => {
    const cases: [string, string][] = [
      [
        message().replaceAll('iwmo/3_2/', 'iwmo/2_4/'),
        'm.xml, line 2: is an iWmo 2.4 WMO301 message (namespace http://www.istandaarden.nl/iwmo/2_4/wmo301/schema); a WMO301 message of iWmo 3.2 uses namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema',
      ],
      [
        message().replace('<iwmo:Categorie>07</iwmo:Categorie>', '<Categorie>07</Categorie>'),
        'm.xml, line 48: element "Categorie" is in namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema; in iWmo 3.2 the elements inside Product are declared by the basisschema (its datatype) and are in namespace http://www.istandaarden.nl/iwmo/3_2/basisschema/schema',
      ],
      [
        message().replace(
          '<ToewijzingNummer>9</ToewijzingNummer>',
          '<iwmo:ToewijzingNummer>9</iwmo:ToewijzingNummer>',
        ),
        'm.xml, line 46: element "ToewijzingNummer" is in namespace http://www.istandaarden.nl/iwmo/3_2/basisschema/schema; in iWmo 3.2 the elements inside ToegewezenProduct are declared by WMO301.xsd and are in namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema',
      ],
      [
        message().replace('<Bsn>111222333</Bsn>', '<Bsn xmlns="">111222333</Bsn>'),
        'm.xml, line 19: element "Bsn" is in no namespace; in iWmo 3.2 the elements inside Client are declared by WMO301.xsd and are in namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema',
      ],
      [
        message().replace('<Geslacht>', '<x:Extra xmlns:x="urn:other"/><Geslacht>'),
        'm.xml, line 23: element "Extra" is in namespace urn:other; in iWmo 3.2 the elements inside Client are declared by WMO301.xsd and are in namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema',
      ],
    ];
    for (const [text, expected] of cases) {
      expect(await refusal(() => readWmo301([bytes(text)], 'm.xml', identify))).toBe(expected);
    }
  });

  it('refuses incomplete or inconsistent messages', async () => {
    const without = (element: string) =>
      message().replace(new RegExp(`<${element}>[^<]*</${element}>`), '');
    const cases: [string, string][] = [
      [without('Bsn'), 'm.xml, line 18, field "Bsn": is missing from the Client'],
      [
        message().replace(/<ToegewezenProduct>[^]*<\/ToegewezenProduct>/, ''),
        'm.xml, line 18, field "ToegewezenProduct": is missing: the Client has no ToegewezenProduct',
      ],
      [
        without('Ingangsdatum'),
        'm.xml, line 45, field "Ingangsdatum": is missing or empty in this ToegewezenProduct',
      ],
      [
        without('ToewijzingNummer'),
        'm.xml, line 45, field "ToewijzingNummer": is missing or empty in this ToegewezenProduct',
      ],
      [
        without('Toewijzingsdatum'),
        'm.xml, line 45, field "Toewijzingsdatum": is missing or empty in this ToegewezenProduct',
      ],
      [
        without('Toewijzingstijd'),
        'm.xml, line 45, field "Toewijzingstijd": is missing or empty in this ToegewezenProduct',
      ],
      [
        message().replace('<ToewijzingNummer>9<', '<ToewijzingNummer>T-9<'),
        'm.xml, line 46, field "ToewijzingNummer": "T-9" is not a ToewijzingNummer (a whole number from 0 to 999999999)',
      ],
      [
        message().replace('>12:00:00<', '>12:00:00+01:00<'),
        'm.xml, line 51, field "Toewijzingstijd": "12:00:00+01:00" is not a time of day (hh:mm:ss, without time zone)',
      ],
      [
        message().replace('<Toewijzingsdatum>2026-01-05<', '<Toewijzingsdatum>2026-13-05<'),
        'm.xml, line 50, field "Toewijzingsdatum": "2026-13-05" is not a valid date (YYYY-MM-DD)',
      ],
      [
        message().replace('<Ingangsdatum>2026-01-01', '<Ingangsdatum>2026-02-30'),
        'm.xml, line 52, field "Ingangsdatum": "2026-02-30" is not a valid date (YYYY-MM-DD)',
      ],
      [
        message().replace('</Ingangsdatum>', '</Ingangsdatum><Einddatum>2025-12-31</Einddatum>'),
        'm.xml, line 52, field "Einddatum": the end 2025-12-31 lies before the start 2026-01-01',
      ],
      [
        message().replace(
          '</Ingangsdatum>',
          '</Ingangsdatum><Ingangsdatum>2026-02-01</Ingangsdatum>',
        ),
        'm.xml, line 52, field "Ingangsdatum": occurs twice (also on line 52)',
      ],
      [
        message().replace('</Client>', '</Client><Client><Bsn>111222333</Bsn></Client>'),
        'm.xml, line 55: holds a second Client (the first starts on line 18); a WMO301 message is about one client',
      ],
      [
        message().replace('<Ontvanger>42420001<', '<Ontvanger>AGB 42420001<'),
        'm.xml, line 8, field "Ontvanger": "AGB 42420001" is not an AGB code of eight digits',
      ],
      [
        without('BerichtCode'),
        'm.xml, field "BerichtCode": is missing; this is not a WMO301 message',
      ],
      [
        message().replace('<Bsn>111222333</Bsn>', '<Bsn><Nummer>111222333</Nummer></Bsn>'),
        'm.xml, line 19, field "Bsn": must hold a value, not other elements',
      ],
      [
        message().replace('encoding="UTF-8"', 'encoding="ISO-8859-1"'),
        'm.xml, line 1: declares encoding "ISO-8859-1"; a WMO301 message is UTF-8',
      ],
      [
        message().replace('<Bericht ', '<!DOCTYPE Bericht [<!ENTITY x "y">]>\n<Bericht '),
        'm.xml, line 2: contains a DOCTYPE declaration, which a WMO301 message never has',
      ],
      [
        message().replace('<Bsn>111222333<', '<Bsn>&bsn;<'),
        'm.xml, line 19: is not well-formed XML: undefined entity.',
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
    const data = bytes(message());
    const broken = Uint8Array.from(data);
    broken[data.indexOf(0x3c, 200)] = 0xff;
    expect(await refusal(() => readWmo301([broken], 'm.xml', identify))).toMatch(
      /^m\.xml, line [0-9]+: is not UTF-8 text$/,
    );
  });
});

describe.runIf(xmlToolsAvailable())('the messages these tests read', () => {
  it('are valid against WMO301.xsd and break no rule of the validation stylesheet', () => {
    expect(VALID_MESSAGES).toHaveLength(12);
    for (const { style, xml } of VALID_MESSAGES) {
      expect({ style, errors: schemaErrors(xml) }).toEqual({ style, errors: [] });
      expect({ style, rules: stylesheetRuleCodes(xml) }).toEqual({ style, rules: [] });
    }
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
