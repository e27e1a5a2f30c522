import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractInput, contractOutput } from '../../test/support/contract-example.ts';
import { runCli } from './run-cli.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'samenredzaam-tender-rank-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function inputFile(name: string, content: unknown): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

function withApplication(change: (application: Record<string, unknown>) => void) {
  const input = structuredClone(contractInput) as { applications: Record<string, unknown>[] };
  change(input.applications[0]!);
  return input;
}

/** A refusal is exit 2, nothing on stdout, and exactly one line on stderr, without a trace. */
function expectRefusal(result: { exitCode: number; stdout?: string; stderr?: string }) {
  expect(result.exitCode).toBe(2);
  expect(result.stdout ?? '').toBe('');
  expect(result.stderr!.endsWith('\n')).toBe(true);
  expect(result.stderr!.trimEnd()).not.toContain('\n');
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  return result.stderr!.trimEnd();
}

describe('tender rank', () => {
  it('prints the output of the example in docs/command-line.md, as JSON on stdout', async () => {
    const file = await inputFile('contract.json', contractInput);
    const result = await runCli(['tender', 'rank', file]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBeUndefined();
    expect(JSON.parse(result.stdout!)).toEqual(contractOutput);
    expect(result.stdout).toBe(`${JSON.stringify(contractOutput, null, 2)}\n`);
  });

  it('reads a file saved with a byte-order mark', async () => {
    const file = await inputFile('bom.json', `\uFEFF${JSON.stringify(contractInput)}`);
    const result = await runCli(['tender', 'rank', file]);
    expect(result.exitCode).toBe(0);
    expect(JSON.parse(result.stdout!)).toEqual(contractOutput);
  });

  it('is listed in the help', async () => {
    const result = await runCli(['help']);
    expect(result.stderr).toContain('tender rank');
  });

  it('refuses a missing file, a folder and a wrong number of arguments', async () => {
    const missing = path.join(folder, 'ronde-1.json');
    expect(expectRefusal(await runCli(['tender', 'rank', missing]))).toBe(
      `${missing}: cannot read the file (no such file: ${missing})`,
    );
    expect(expectRefusal(await runCli(['tender', 'rank', folder]))).toBe(
      `${folder}: cannot read the file (it is a folder: ${folder})`,
    );
    expect(expectRefusal(await runCli(['tender', 'rank']))).toBe(
      'tender rank needs exactly one input file; usage: npm run --silent cli -- tender rank <input.json>',
    );
    expect(expectRefusal(await runCli(['tender', 'rank', missing, missing]))).toMatch(
      /^tender rank needs exactly one input file/,
    );
  });

  it('refuses a file that is not JSON or not UTF-8, naming the file', async () => {
    const broken = await inputFile('broken.json', '{ "category": "services", }');
    expect(expectRefusal(await runCli(['tender', 'rank', broken]))).toMatch(
      new RegExp(`^${escape(broken)}: is not valid JSON \\(.+\\)$`),
    );
    const empty = await inputFile('empty.json', '');
    expect(expectRefusal(await runCli(['tender', 'rank', empty]))).toMatch(
      new RegExp(`^${escape(empty)}: is not valid JSON`),
    );
    const latin1 = path.join(folder, 'latin1.json');
    await writeFile(latin1, Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x3a, 0x31, 0x7d])); // {"é":1}
    expect(expectRefusal(await runCli(['tender', 'rank', latin1]))).toBe(
      `${latin1}: is not UTF-8 text`,
    );
  });

  it('names the file, the reference and the field of a score out of range', async () => {
    const file = await inputFile(
      'score.json',
      withApplication((a) => ((a.scores as Record<string, unknown>).resultaat = 7.5)),
    );
    expect(expectRefusal(await runCli(['tender', 'rank', file]))).toBe(
      `${file}: reference AV-2027-003, field scores.resultaat: must be a whole number from 0 to 10`,
    );
  });

  it('says how many more problems there are, on the same line', async () => {
    const file = await inputFile(
      'several.json',
      withApplication((a) => {
        (a.scores as Record<string, unknown>).resultaat = 11;
        (a.scores as Record<string, unknown>).prijs = 10;
        a.requestedCents = -1;
      }),
    );
    expect(expectRefusal(await runCli(['tender', 'rank', file]))).toBe(
      `${file}: reference AV-2027-003, field requestedCents: must be a whole number of cents, 0 or more (and 2 more problems)`,
    );
  });

  it('refuses duplicate references, a missing returnService, zero reach and a zero price numerator', async () => {
    const duplicate = structuredClone(contractInput);
    duplicate.applications.push(structuredClone(contractInput.applications[0]!));
    const cases: [string, unknown, string][] = [
      [
        'duplicate.json',
        duplicate,
        'reference AV-2027-003, field reference: appears more than once (also at applications[0])',
      ],
      [
        'return-service.json',
        withApplication((a) => delete a.returnService),
        'reference AV-2027-003, field returnService: is missing (required for services: "tegenprestatie" or "fee")',
      ],
      [
        'reach.json',
        withApplication((a) => ((a.reach as Record<string, unknown>).weeksPerYear = 0)),
        'reference AV-2027-003, field reach.weeksPerYear: must be a whole number from 1 to 53',
      ],
      [
        'numerator.json',
        withApplication((a) => (a.budget = [{ kind: 'staff', cents: 1_700_000 }])),
        'reference AV-2027-003, field budget: has 0 cents of fixed_costs: the price index divides by them, so they must be more than 0',
      ],
      [
        'category.json',
        { ...contractInput, category: 'sport' },
        'field category: must be one of: living_room, day_activities, information_advice, services',
      ],
      ['array.json', [], 'the document must be an object'],
    ];
    for (const [name, content, message] of cases) {
      const file = await inputFile(name, content);
      expect(expectRefusal(await runCli(['tender', 'rank', file]))).toBe(`${file}: ${message}`);
    }
  });

  it('runs as `npm run --silent cli -- tender rank <file>`', async () => {
    const good = await inputFile('npm-good.json', contractInput);
    const ok = spawnSync('npm', ['run', '--silent', 'cli', '--', 'tender', 'rank', good], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual(contractOutput);

    const bad = await inputFile(
      'npm-bad.json',
      withApplication((a) => ((a.scores as Record<string, unknown>).resultaat = 7.5)),
    );
    const refused = spawnSync('npm', ['run', '--silent', 'cli', '--', 'tender', 'rank', bad], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `${bad}: reference AV-2027-003, field scores.resultaat: must be a whole number from 0 to 10\n`,
    );
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
