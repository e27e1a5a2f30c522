/**
 * Every WMO301 message in the repository is one a municipality could really send: the
 * fixtures, the messages of the demo and of bench/double-financing, held against the
 * official iWmo 3.2 schema and validation stylesheet (reference/istandaarden). A fixture
 * that breaks the standard on purpose says so in its name ("fout", or "ongeldig-bsn") and
 * is listed below with what it breaks, so that a fixture cannot drift from the standard
 * unnoticed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { allocationData, validBsns } from '../../../../bench/double-financing-data.ts';
import {
  schemaErrors,
  stylesheetRuleCodes,
  xmlToolsAvailable,
} from '../../../../test/support/iwmo-validate.ts';
import { demoAllocationsZip } from '../../demo/demo-allocations.ts';

const FIXTURES = path.join(import.meta.dirname, 'fixtures');
const xmlFixtures = readdirSync(FIXTURES).filter((name) => name.endsWith('.xml'));

/** The content of a StUF-GGk envelope's xmlBestand. */
function envelopeContent(xml: string): string {
  const base64 = /<GGK:xmlBestand>([^<]*)<\/GGK:xmlBestand>/.exec(xml)?.[1];
  if (base64 === undefined) throw new Error('no xmlBestand');
  return Buffer.from(base64.replace(/\s+/g, ''), 'base64').toString('utf8');
}

/** The WMO301 message a fixture holds (for an envelope: the one inside it). */
function messageOf(name: string): string {
  const xml = readFileSync(path.join(FIXTURES, name), 'utf8');
  return name.startsWith('ggk-envelop') ? envelopeContent(xml) : xml;
}

/** What each deliberately broken fixture breaks: a schema complaint, or a stylesheet rule. */
const BROKEN: Record<string, { schema: RegExp | null; rules: string[] }> = {
  'wmo301-fout-afgebroken.xml': { schema: /Premature end of data/, rules: [] },
  'wmo301-fout-alles-in-wmo301-namespace.xml': {
    schema:
      /Element '\{http:\/\/www\.istandaarden\.nl\/iwmo\/3_2\/wmo301\/schema\}Identificatie': This element is not expected/,
    rules: [],
  },
  'wmo301-fout-berichtcode-415.xml': { schema: /BerichtCode.*'415'/, rules: [] },
  'wmo301-fout-iwmo-3-1.xml': { schema: /iwmo\/3_1\/wmo301\/schema\}Bericht/, rules: [] },
  'wmo302-retour.xml': { schema: /iwmo\/3_2\/wmo302\/schema\}Bericht/, rules: [] },
  'ggk-envelop-fout-wmo302.xml': { schema: /iwmo\/3_2\/wmo302\/schema\}Bericht/, rules: [] },
  // Valid against the schema; the stylesheet's 11-proef (CS002) refuses the Bsn.
  'wmo301-ongeldig-bsn.xml': { schema: null, rules: ['CS002'] },
};

describe.runIf(xmlToolsAvailable())('WMO301 messages against the official iWmo 3.2 schema', () => {
  it('has the fixtures it is about', () => {
    expect(xmlFixtures.length).toBe(12);
    const broken = xmlFixtures.filter((name) => /fout|ongeldig|wmo302/.test(name));
    expect(broken.sort()).toEqual(Object.keys(BROKEN).sort());
  });

  it.each(xmlFixtures.filter((name) => !(name in BROKEN)))(
    '%s is valid and breaks no rule of the stylesheet',
    (name) => {
      const message = messageOf(name);
      expect(schemaErrors(message)).toEqual([]);
      expect(stylesheetRuleCodes(message)).toEqual([]);
    },
  );

  it.each(Object.entries(BROKEN))('%s breaks what its name says', (name, breaks) => {
    const message = messageOf(name);
    const errors = schemaErrors(message);
    if (breaks.schema === null) {
      expect(errors).toEqual([]);
    } else {
      expect(errors.join('\n')).toMatch(breaks.schema);
    }
    if (errors.length === 0) expect(stylesheetRuleCodes(message)).toEqual(breaks.rules);
  });

  it('the demo imports ten messages, each valid and breaking no rule', () => {
    const bsn = (n: number) => validBsns(n + 1)[n]!;
    const files = unzipSync(demoAllocationsZip('2026-12-06', bsn));
    const names = Object.keys(files);
    expect(names).toHaveLength(10);
    for (const name of names) {
      const message = files[name]!;
      expect({ name, errors: schemaErrors(message) }).toEqual({ name, errors: [] });
      expect({ name, rules: stylesheetRuleCodes(message) }).toEqual({ name, rules: [] });
    }
  });

  it('the benchmark writes valid messages, open-ended and ended, of every category', () => {
    const data = allocationData(500_000, 200);
    const bsns = validBsns(40);
    // Messages 0–19 hold allocations 0–39: all six categories, 07 (k = 1), open ends (k % 4 = 0).
    const categories = new Set<string>();
    for (let m = 0; m < 20; m++) {
      categories.add(data.categoryOf(2 * m)).add(data.categoryOf(2 * m + 1));
      const message = data.wmo301Message(m, bsns[m]!);
      expect({ m, errors: schemaErrors(message) }).toEqual({ m, errors: [] });
      expect({ m, rules: stylesheetRuleCodes(message) }).toEqual({ m, rules: [] });
    }
    expect([...categories].sort()).toEqual(['02', '03', '04', '06', '07', '08', '10']);
  });
});
