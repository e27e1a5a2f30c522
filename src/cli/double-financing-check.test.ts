import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { pseudonymiseBsn } from '../server/platform/pseudonym.ts';
import { runCli } from './run-cli.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const FIXTURES = path.join(ROOT, 'src/server/features/double-financing/fixtures');
const fixture = (name: string) => path.join(FIXTURES, name);
const KEY = 'test-key-for-pseudonyms-0123456789abcdef';
const BSNS = /111222333|999993653|123456782|012345672|123456789/;
const check = (...args: string[]) => runCli(['double-financing', 'check', ...args]);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'double-financing-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});
afterEach(() => {
  vi.unstubAllEnvs();
});

describe('double-financing check', () => {
  it('prints the signals, counts and rejections as JSON, and no BSN', async () => {
    vi.stubEnv('SAMENREDZAAM_PSEUDONYM_KEY', KEY);
    const result = await check(
      '--participants',
      fixture('deelnemers.csv'),
      '--allocations',
      fixture('wmo301-dagbesteding.xml'),
      '--allocations',
      fixture('wmo301-open-einde.xml'),
      '--allocations',
      fixture('toewijzingen.csv'),
    );
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBeUndefined();
    expect(result.stdout).not.toMatch(BSNS);
    const output = JSON.parse(result.stdout ?? '');
    expect(output.counts).toEqual({
      participants: 8,
      withoutConsent: 2,
      allocations: 9,
      allocationsInScope: 7,
      signals: 4,
    });
    expect(output.signals[0]).toEqual({
      provision: 'Dagactiviteit De Boomgaard',
      person: pseudonymiseBsn('999993653', KEY),
      allocationNumber: '201',
      providerAgb: '42420002',
      category: '07',
      product: null,
      overlapStart: '2026-06-30',
      overlapEnd: '2026-06-30',
    });
    expect(
      output.signals.map((s: Record<string, string>) => [
        s.provision,
        s.allocationNumber,
        s.overlapEnd,
      ]),
    ).toEqual([
      ['Dagactiviteit De Boomgaard', '201', '2026-06-30'],
      ['Dagactiviteit De Boomgaard, Heer', '101', '2026-06-30'],
      ['Dagactiviteit De Boomgaard, Heer', '301', null],
      ['Inloop Het Trefpunt', '103', '2025-12-31'],
    ]);
    expect(output.rejected).toEqual([
      { file: fixture('deelnemers.csv'), line: 7, reason: 'BSN fails the 11-proef' },
      { file: fixture('toewijzingen.csv'), line: 4, reason: 'BSN fails the 11-proef' },
    ]);
  });

  it('reads a zip and takes --categories and --products; without a key it says so on stderr', async () => {
    vi.stubEnv('SAMENREDZAAM_PSEUDONYM_KEY', '');
    const zip = path.join(dir, 'berichten.zip');
    await writeFile(
      zip,
      zipSync({
        'a.xml': readFileSync(fixture('wmo301-dagbesteding.xml')),
        'b.xml': readFileSync(fixture('wmo301-open-einde.xml')),
      }),
    );
    const result = await check(
      '--participants',
      fixture('deelnemers.csv'),
      '--allocations',
      zip,
      '--allocations',
      fixture('toewijzingen.csv'),
      '--categories',
      '07,02',
      '--products',
      '07A12',
    );
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBe(
      'SAMENREDZAAM_PSEUDONYM_KEY is not set: using a random key for this run only, so these pseudonyms cannot be compared with those of another run.',
    );
    const output = JSON.parse(result.stdout ?? '');
    expect(output.signals.map((s: Record<string, string>) => s.allocationNumber)).toEqual([
      '201',
      '101',
      '102',
      '301',
      '103',
      '302',
    ]);
    expect(output.counts).toEqual({
      participants: 8,
      withoutConsent: 2,
      allocations: 9,
      allocationsInScope: 9,
      signals: 6,
    });
    // A random key, so not the pseudonym of the configured key.
    expect(output.signals[0].person).toMatch(/^[0-9a-f]{64}$/);
    expect(output.signals[0].person).not.toBe(pseudonymiseBsn('999993653', KEY));
  });

  it('refuses bad input with exit code 2 and one line naming file, line and field', async () => {
    vi.stubEnv('SAMENREDZAAM_PSEUDONYM_KEY', KEY);
    const zip = path.join(dir, 'gemengd.zip');
    await writeFile(
      zip,
      zipSync({
        'a.xml': readFileSync(fixture('wmo301-dagbesteding.xml')),
        'lees-mij.txt': new Uint8Array(1),
      }),
    );
    const participants = ['--participants', fixture('deelnemers.csv')];
    const cases: [string[], string][] = [
      [
        [...participants, '--allocations', fixture('wmo301-fout-afgebroken.xml')],
        `${fixture('wmo301-fout-afgebroken.xml')}, line 42: is not well-formed XML: unclosed tag: iwmo:Categorie`,
      ],
      [
        [...participants, '--allocations', fixture('wmo302-retour.xml')],
        `${fixture('wmo302-retour.xml')}, line 3: is an iWmo 3.2 WMO302 message (namespace http://www.istandaarden.nl/iwmo/3_2/wmo302/schema); a WMO301 message of iWmo 3.2 uses namespace http://www.istandaarden.nl/iwmo/3_2/wmo301/schema`,
      ],
      [
        [...participants, '--allocations', fixture('wmo301-fout-berichtcode-415.xml')],
        `${fixture('wmo301-fout-berichtcode-415.xml')}, line 5, field "BerichtCode": is "415" (a WMO302 message); a WMO301 message has BerichtCode 414`,
      ],
      [
        [
          '--participants',
          fixture('deelnemers-ongeldige-datum.csv'),
          '--allocations',
          fixture('toewijzingen.csv'),
        ],
        `${fixture('deelnemers-ongeldige-datum.csv')}, line 3, field "start": "2026-02-30" is not a valid date (YYYY-MM-DD)`,
      ],
      [
        [
          '--participants',
          fixture('deelnemers-einde-voor-begin.csv'),
          '--allocations',
          fixture('toewijzingen.csv'),
        ],
        `${fixture('deelnemers-einde-voor-begin.csv')}, line 3, field "end": the end 2026-06-30 lies before the start 2026-07-01`,
      ],
      [
        [...participants, '--allocations', path.join(dir, 'weg.xml')],
        `${path.join(dir, 'weg.xml')}: cannot be read: there is no such file`,
      ],
      [
        [...participants, '--allocations', zip],
        `${zip}: contains "lees-mij.txt", which is not an .xml file; a zip may hold only WMO301 messages`,
      ],
      [
        participants,
        'double-financing check: give at least one --allocations file; usage: double-financing check --participants <file.csv> --allocations <file> [--allocations <file> ...] [--categories 07[,02...]] [--products 07A12[,...]]',
      ],
      [
        [...participants, '--allocations', fixture('toewijzingen.csv'), '--categories', '7'],
        expect.stringMatching(
          /^double-financing check: --categories: "7" is not an iWmo product category of two digits, such as 07; usage: /,
        ),
      ],
      [
        [...participants, '--allocations', fixture('toewijzingen.csv'), 'extra'],
        expect.stringMatching(/^double-financing check: Unexpected argument 'extra'/),
      ],
    ] as [string[], string][];
    for (const [args, message] of cases) {
      const result = await check(...args);
      expect(result).toEqual({ exitCode: 2, stderr: message });
      expect(result.stderr).not.toContain('\n');
    }
  });

  it('refuses a pseudonym key that is too short', async () => {
    vi.stubEnv('SAMENREDZAAM_PSEUDONYM_KEY', 'kort');
    const result = await check(
      '--participants',
      fixture('deelnemers.csv'),
      '--allocations',
      fixture('toewijzingen.csv'),
    );
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(
      /^SAMENREDZAAM_PSEUDONYM_KEY is 4 characters long; use at least 32/,
    );
  });

  it('runs as `npm run --silent cli` with only JSON on stdout', () => {
    const env = { ...process.env, SAMENREDZAAM_PSEUDONYM_KEY: KEY };
    const ok = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'cli',
        '--',
        'double-financing',
        'check',
        '--participants',
        fixture('deelnemers.csv'),
        '--allocations',
        // The later version comes first: the order of the files does not matter (IV013).
        fixture('wmo301-versie-2-verkort.xml'),
        '--allocations',
        fixture('wmo301-dagbesteding.xml'),
      ],
      { cwd: ROOT, encoding: 'utf8', env },
    );
    expect(ok.stderr).toBe(
      'rule IV013: 1 earlier version(s) of allocations set aside, 0 allocation(s) removed by RedenWijziging 13\n',
    );
    expect(ok.status).toBe(0);
    const output = JSON.parse(ok.stdout);
    expect(output.counts).toEqual({
      participants: 8,
      withoutConsent: 2,
      allocations: 3,
      allocationsInScope: 2,
      signals: 2,
    });
    // Allocation 101 as its second version has it: ended on 31 March.
    expect(output.signals[0]).toMatchObject({
      allocationNumber: '101',
      overlapStart: '2026-02-01',
      overlapEnd: '2026-03-31',
    });
    expect(ok.stdout).not.toMatch(BSNS);

    const bad = spawnSync(
      'npm',
      [
        'run',
        '--silent',
        'cli',
        '--',
        'double-financing',
        'check',
        '--participants',
        fixture('deelnemers.csv'),
        '--allocations',
        fixture('wmo301-fout-afgebroken.xml'),
      ],
      { cwd: ROOT, encoding: 'utf8', env },
    );
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      `${fixture('wmo301-fout-afgebroken.xml')}, line 42: is not well-formed XML: unclosed tag: iwmo:Categorie\n`,
    );
  });
});
