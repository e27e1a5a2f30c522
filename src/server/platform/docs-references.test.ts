/**
 * The documentation stands on its own. Every document the code names (in a comment, a test's
 * name or a message) is in the repository, and nothing in the code points to a document
 * outside it: a rule the code implements is written down in docs/. The links between the
 * documents resolve, and where docs/ states what the code decides (the roles, the eligible
 * costs, the examples of the command line), it says what the code does.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROLE_CODES, ROLE_LABELS } from '../../domain/roles.ts';
import {
  BUDGET_KINDS,
  BUDGET_KIND_LABELS,
  CATEGORY_CODES,
  DEFAULT_ELIGIBLE_KINDS,
  PRICE_NUMERATOR_KINDS,
} from '../../domain/tender/categories.ts';
import { objectionTerm } from '../../domain/tender/objection.ts';
import { rankAndAllocate } from '../../domain/tender/rank-and-allocate.ts';
import { parseTenderRankInput } from '../../domain/tender/tender-rank-input.ts';
import { contractInput, contractOutput } from '../../../test/support/contract-example.ts';
import { checkFiles } from '../features/double-financing/matching/check-files.ts';
import { pseudonymKeyFromEnv } from './pseudonym.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const THIS_FILE = path.relative(ROOT, import.meta.filename);

/** Where the code is: every file whose comments or texts could name a document. */
const CODE_FOLDERS = ['src', 'test', 'bench', 'scripts', 'db', '.ci'];
const CODE_AT_ROOT = [
  'eslint.config.js',
  'vite.config.ts',
  'vitest.config.ts',
  'drizzle.config.ts',
];
const CODE_FILE = /\.(ts|tsx|js|sql|css|html)$|^run$/;

function filesUnder(folder: string, keep: (name: string) => boolean): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(path.join(ROOT, folder), { withFileTypes: true })) {
    const relative = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules') found.push(...filesUnder(relative, keep));
    } else if (keep(entry.name)) {
      found.push(relative);
    }
  }
  return found;
}

const codeFiles = [
  ...CODE_FOLDERS.filter((folder) => existsSync(path.join(ROOT, folder))).flatMap((folder) =>
    filesUnder(folder, (name) => CODE_FILE.test(name)),
  ),
  ...CODE_AT_ROOT,
];
const markdownFiles = [
  'README.md',
  'ARCHITECTURE.md',
  'DOMAIN.md',
  ...filesUnder('docs', (name) => name.endsWith('.md')),
];
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
const docBasenames = new Set(filesUnder('docs', () => true).map((file) => path.basename(file)));

/**
 * Ways of pointing outside the repository, each with what to do instead. This file itself
 * must name them, so it is the one file not held to them.
 */
const OUTSIDE: { pattern: RegExp; why: string }[] = [
  {
    pattern: /\.\.\/shared(?![\w-]|\.\w)|(?<![\w.-])shared\/(?:spec|seeds|data)\b/,
    why: 'a folder beside the repository',
  },
  {
    pattern: /\b(?:CONTRACTS|STACK)\.md\b|\bspec\/[\w.-]+\.md\b/,
    why: 'a specification that is not in the repository; name the document in docs/',
  },
  {
    pattern: /\bseeds\/|\b\d{3}_[0-9a-f]{16}\.txt\b/,
    why: 'a source document that is not in the repository; state the rule in docs/',
  },
  {
    pattern: /\.md\s*§/,
    why: 'a numbered section; the repository’s documents have none: name the document in docs/',
  },
  {
    pattern: /\bpolicy note\b/i,
    why: 'the municipality’s policy note is not in the repository; state the rule in docs/',
  },
  {
    pattern: /\bissue \d+/i,
    why: 'an issue tracker is not in the repository; state the rule in docs/',
  },
];

/** A Markdown file named in a text: `docs/rules/ceilings.md`, `README.md`. */
const MARKDOWN_NAME = /(?<![\w./-])((?:\.{0,2}\/)?(?:[\w.-]+\/)*[\w.-]+\.md)\b/g;

function markdownNameResolves(name: string): boolean {
  if (!name.includes('/')) return existsSync(path.join(ROOT, name)) || docBasenames.has(name);
  return !name.startsWith('../') && existsSync(path.join(ROOT, name.replace(/^\.\//, '')));
}

describe('documents named in the code', () => {
  it('finds the code to check', () => {
    expect(codeFiles).toContain('src/domain/tender/rank-and-allocate.ts');
    expect(codeFiles).toContain('db/migrations/0011_awb_scope_data.sql');
    expect(codeFiles).toContain('.ci/run');
    expect(codeFiles.length).toBeGreaterThan(300);
  });

  it('points nowhere outside the repository, nor do the documents', () => {
    const offences: string[] = [];
    for (const file of [...codeFiles, ...markdownFiles].filter((f) => f !== THIS_FILE)) {
      read(file)
        .split('\n')
        .forEach((line, i) => {
          for (const { pattern, why } of OUTSIDE) {
            if (pattern.test(line)) offences.push(`${file}:${i + 1}: ${line.trim()} (${why})`);
          }
        });
    }
    expect(offences).toEqual([]);
  });

  it('names only documents that exist', () => {
    const missing: string[] = [];
    for (const file of codeFiles) {
      read(file)
        .split('\n')
        .forEach((line, i) => {
          for (const [, name] of line.matchAll(MARKDOWN_NAME)) {
            if (!markdownNameResolves(name!)) missing.push(`${file}:${i + 1}: ${name}`);
          }
        });
    }
    expect(missing).toEqual([]);
  });
});

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function anchorsIn(file: string): Set<string> {
  const headings = read(file)
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line))
    .map((line) => anchorOf(line.replace(/^#+ /, '')));
  return new Set(headings);
}

/** The text outside fenced code blocks, where links and inline paths are. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '');
}

describe('the documents', () => {
  it('link only to files and headings that exist', () => {
    const broken: string[] = [];
    for (const file of markdownFiles) {
      for (const [, target] of prose(read(file)).matchAll(/\]\(([^)\s]+)\)/g)) {
        if (/^(https?:|mailto:)/.test(target!)) continue;
        const [where, anchor] = target!.split('#') as [string, string | undefined];
        const linked = where === '' ? file : path.join(path.dirname(file), where);
        if (!existsSync(path.join(ROOT, linked))) broken.push(`${file}: ${target}`);
        else if (anchor && !anchorsIn(linked).has(anchor)) broken.push(`${file}: ${target}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('name only code paths that exist', () => {
    const missing: string[] = [];
    for (const file of markdownFiles) {
      for (const [, name] of prose(read(file)).matchAll(
        /`((?:src|test|bench|scripts|db|reference|docs)\/[^`\s]*)`/g,
      )) {
        // A pattern (`src/domain/*.test.ts`, `features/<name>/`) names no one file.
        if (/[*<{]/.test(name!)) continue;
        if (!existsSync(path.join(ROOT, name!))) missing.push(`${file}: ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('list every rules document in the index', () => {
    const index = read('docs/README.md');
    const rules = readdirSync(path.join(ROOT, 'docs/rules')).filter((name) => name.endsWith('.md'));
    expect(rules.length).toBeGreaterThan(20);
    expect(rules.filter((name) => !index.includes(`](rules/${name})`))).toEqual([]);
    expect(statSync(path.join(ROOT, 'docs/command-line.md')).isFile()).toBe(true);
  });
});

/** The rows of the first Markdown table whose header starts with `firstHeader`, as cells. */
function tableOf(markdown: string, firstHeader: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`| ${firstHeader} `));
  if (start < 0) throw new Error(`no table with header ${firstHeader}`);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim()),
    );
  }
  return rows;
}

/** `living_room`, `fixed_costs` → the codes written in a cell. */
const codesIn = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map(([, code]) => code);

describe('docs/rules/roles.md', () => {
  it('lists the roles in the product’s order, with their Dutch names', () => {
    const rows = tableOf(read('docs/rules/roles.md'), 'code');
    expect(rows.map(([code, dutch]) => [codesIn(code!)[0], dutch])).toEqual(
      ROLE_CODES.map((role) => [role, ROLE_LABELS[role]]),
    );
  });
});

describe('docs/rules/eligible-costs.md', () => {
  const markdown = read('docs/rules/eligible-costs.md');

  it('lists the kinds of costs with their Dutch names', () => {
    expect(tableOf(markdown, 'kind').map(([kind, dutch]) => [codesIn(kind!)[0], dutch])).toEqual(
      BUDGET_KINDS.map((kind) => [kind, BUDGET_KIND_LABELS[kind]]),
    );
  });

  it('states per category the eligible kinds and the kinds that count for price', () => {
    expect(
      tableOf(markdown, 'category').map(([category, eligible, price]) => [
        codesIn(category!)[0],
        codesIn(eligible!),
        codesIn(price!),
      ]),
    ).toEqual(
      CATEGORY_CODES.map((category) => [
        category,
        DEFAULT_ELIGIBLE_KINDS[category],
        PRICE_NUMERATOR_KINDS[category],
      ]),
    );
  });
});

describe('docs/rules/assessment-and-ranking.md', () => {
  /** "€ 10,000" → 1_000_000 cents. */
  const cents = (text: string) => Number(/€ ([\d,]+)/.exec(text)![1]!.replaceAll(',', '')) * 100;
  /** What a cell of the example says happened, in the terms of the output. */
  const outcomeIn = (cell: string) => ({
    outcome: /partially granted/.test(cell)
      ? 'partially_granted'
      : /not granted/.test(cell)
        ? 'not_granted_ceiling'
        : /granted/.test(cell)
          ? 'granted'
          : 'rejected_criterion_below_6',
    rank: /rank (\d+)/.test(cell) ? Number(/rank (\d+)/.exec(cell)![1]) : null,
    grantedCents: /€/.test(cell) ? cents(cell) : 0,
  });

  it('works its example out as the rule does, with and without a partial grant', () => {
    const rows = tableOf(read('docs/rules/assessment-and-ranking.md'), 'reference');
    expect(rows).toHaveLength(5);
    // Each asks its fixed costs and reaches one participant per € 500, 2 day parts, 50 weeks.
    const applications = rows.map(([reference, scores, eligible]) => {
      const [samenwerking, resultaat, inclusie, duurzaamheid] = scores!
        .split(' (')[0]!
        .split(', ')
        .map(Number) as [number, number, number, number];
      return {
        reference: reference!,
        submittedOnTime: true,
        meetsGeneralConditions: true,
        requestedCents: cents(eligible!),
        budget: [{ kind: 'fixed_costs' as const, cents: cents(eligible!) }],
        reach: { participants: cents(eligible!) / 50_000, dayPartsPerWeek: 2, weeksPerYear: 50 },
        scores: { samenwerking, resultaat, inclusie, duurzaamheid },
      };
    });
    for (const [column, partialGrant] of [
      [3, true],
      [4, false],
    ] as const) {
      const output = rankAndAllocate({
        category: 'living_room',
        ceilingCents: 2_500_000,
        seed: 'Huiskamers 2027',
        partialGrant,
        applications,
      });
      expect(
        output.applications.map(({ reference, outcome, rank, grantedCents }) => ({
          reference,
          outcome,
          rank,
          grantedCents,
        })),
      ).toEqual(rows.map((row) => ({ reference: row[0], ...outcomeIn(row[column]!) })));
      for (const [reference, scores] of rows) {
        const result = output.applications.find((a) => a.reference === reference)!;
        const total = /total (\d+)/.exec(scores!);
        expect(result.total).toBe(total ? Number(total[1]) : null);
        const hash = /hash `([0-9a-f]+)…`/.exec(scores!);
        if (hash) expect(result.tieBreak!.startsWith(hash[1]!)).toBe(true);
        else expect(result.tieBreak).toBeNull();
      }
    }
  });
});

/** The text from a heading to the next heading of the same or a higher level. */
function section(markdown: string, heading: string): string {
  const level = heading.indexOf(' ');
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`no heading ${heading}`);
  const end = lines.findIndex(
    (line, i) => i > start && /^#+ /.test(line) && line.indexOf(' ') <= level,
  );
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
}

function jsonBlocks(markdown: string): unknown[] {
  return [...markdown.matchAll(/^```json\n([\s\S]*?)^```/gm)].map(([, json]) => JSON.parse(json!));
}

describe('docs/command-line.md', () => {
  const markdown = read('docs/command-line.md');

  it('shows the version as the command prints it', () => {
    const { name, version } = JSON.parse(read('package.json')) as Record<string, string>;
    expect(jsonBlocks(section(markdown, '## version'))).toEqual([{ name, version }]);
  });

  it('shows an input of `tender rank` and the output the rule gives for it', () => {
    const command = section(markdown, '## tender rank');
    const [input] = jsonBlocks(section(command, '### Input'));
    const [output] = jsonBlocks(section(command, '### Output'));
    // The same example the rule's and the command's own tests use.
    expect(input).toEqual(contractInput);
    expect(output).toEqual(contractOutput);
    const parsed = parseTenderRankInput(input);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(rankAndAllocate(parsed.input)).toEqual(output);
  });

  it('shows the objection deadline the rule gives for its example day', () => {
    const command = section(markdown, '## objection-deadline');
    expect(command).toContain('objection-deadline 2026-12-06');
    expect(jsonBlocks(command)).toEqual([objectionTerm('2026-12-06')]);
  });

  it('shows what `double-financing check` prints for the files and key it names', async () => {
    const output = section(section(markdown, '## double-financing check'), '### Output');
    const key = /SAMENREDZAAM_PSEUDONYM_KEY=(\S+)/.exec(output)![1]!;
    const participants = /--participants (\S+)/.exec(output)![1]!;
    const allocations = [...output.matchAll(/--allocations (\S+)/g)].map(([, file]) => file!);
    const result = await checkFiles({
      participants: path.join(ROOT, participants),
      allocations: allocations.map((file) => path.join(ROOT, file)),
      key: pseudonymKeyFromEnv({ SAMENREDZAAM_PSEUDONYM_KEY: key }).key,
    });
    // The command names files as they were given; the example gives them from the project folder.
    const asGiven = {
      ...result,
      rejected: result.rejected.map((r) => ({ ...r, file: path.relative(ROOT, r.file) })),
    };
    expect(jsonBlocks(output)).toEqual([asGiven]);
    expect(result.counts.signals).toBe(2);
  });
});
