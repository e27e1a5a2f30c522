/**
 * The privacy documentation matches the code: the who-sees-what table in docs/privacy is the
 * access table, and the retention table names the configuration and its defaults.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLE_CODES, type Role } from '../../domain/roles.ts';
import { ACCESS, type Action, type Rule } from './access.ts';
import { loadConfig } from './config.ts';

const DOCS = path.resolve(import.meta.dirname, '../../../docs/privacy');
const read = (name: string) => readFileSync(path.join(DOCS, name), 'utf8');

/** The rows of the first Markdown table under the document's text, as cells. */
function tableOf(markdown: string, firstHeader: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`| ${firstHeader}`));
  if (start < 0) throw new Error(`no table with header ${firstHeader}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  }
  // Without the separator row.
  return rows.filter((row) => !row.every((cell) => /^-+$/.test(cell)));
}

/** The kinds of action the document covers: everything about personal data. */
const COVERED = [
  'participant.',
  'consent.',
  'attendance.',
  'measurement.',
  'questionnaire.',
  'referral.',
  'report.',
  'wmo.',
  'audit.',
  'outbox.',
  'settings.',
  'provision.coordinators',
];

function cellOf(rule: Rule, role: Role): string {
  if (rule === 'public' || rule === 'authenticated') return rule;
  return rule[role] ?? '—';
}

describe('docs/privacy/who-sees-what.md', () => {
  const [header, ...rows] = tableOf(read('who-sees-what.md'), 'action');

  it('has a column for every role', () => {
    expect(header).toEqual(['action', ...ROLE_CODES]);
  });

  it('says for each action what the access table says, role by role', () => {
    for (const row of rows) {
      const action = row[0]!.replaceAll('`', '') as Action;
      expect(Object.hasOwn(ACCESS, action), `${action} is in the access table`).toBe(true);
      const documented = Object.fromEntries(ROLE_CODES.map((role, i) => [role, row[i + 1]]));
      const inCode = Object.fromEntries(ROLE_CODES.map((r) => [r, cellOf(ACCESS[action], r)]));
      expect(documented, action).toEqual(inCode);
    }
  });

  it('lists every action on personal data', () => {
    const listed = new Set(rows.map((row) => row[0]!.replaceAll('`', '')));
    const onPersonalData = Object.keys(ACCESS).filter((action) =>
      COVERED.some((prefix) => action.startsWith(prefix)),
    );
    expect(onPersonalData.filter((action) => !listed.has(action))).toEqual([]);
    // The board sees no participant by name: the document says what the code does.
    expect(cellOf(ACCESS['participant.list'], 'applicant')).toBe('—');
    expect(cellOf(ACCESS['report.provision'], 'applicant')).toBe('own');
  });
});

describe('docs/privacy/retention.md', () => {
  const [header, ...rows] = tableOf(read('retention.md'), 'table');
  const settingColumn = header!.indexOf('setting');
  const defaultColumn = header!.indexOf('default');
  const defaults = loadConfig({}) as unknown as Record<string, unknown>;

  it('names only settings that exist, with their real defaults', () => {
    const named = rows.filter((row) => row[settingColumn] !== '—');
    expect(named.length).toBeGreaterThanOrEqual(6);
    for (const row of named) {
      const setting = row[settingColumn]!.replaceAll('`', '');
      expect(Object.hasOwn(defaults, setting), `${setting} is configuration`).toBe(true);
      expect(String(defaults[setting]), setting).toBe(row[defaultColumn]);
    }
  });

  it('covers every retention setting of the configuration', () => {
    const documented = new Set(rows.map((row) => row[settingColumn]!.replaceAll('`', '')));
    const retention = Object.keys(defaults).filter((key) => key.endsWith('_RETENTION_MONTHS'));
    expect(retention.sort()).toEqual([
      'PARTICIPANT_RETENTION_MONTHS',
      'REFERRAL_RETENTION_MONTHS',
      'SIGNAL_RETENTION_MONTHS',
      'WMO_ALLOCATION_RETENTION_MONTHS',
    ]);
    for (const key of retention) expect(documented.has(key), key).toBe(true);
  });
});

describe('docs/privacy', () => {
  it('has every document the index and the code point to', () => {
    const index = read('README.md');
    for (const name of [
      'processing-register.md',
      'dpia.md',
      'retention.md',
      'who-sees-what.md',
      'pseudonyms.md',
      'small-numbers.md',
      'consent-form.md',
    ]) {
      expect(index).toContain(`](${name})`);
      expect(read(name).length).toBeGreaterThan(500);
    }
  });
});
