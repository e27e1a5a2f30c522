import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

// CONTRACTS §2, as in docs/command-line.md.
const EXAMPLE_INPUT = {
  participants: 420,
  shareWouldQualify: { numerator: 2, denominator: 3 },
  personsPerPlace: 4,
  costPerPlaceCents: 1663200,
  subsidyCents: 73563000,
  hoursPerApplication: 3.5,
  productiveHoursPerFte: 1300,
  monthlyContributionCents: 1900,
};
const EXAMPLE_OUTPUT = {
  wouldQualify: 280,
  placesAvoided: 70,
  avoidedCostCents: 116424000,
  savingCents: 42861000,
  hoursSaved: 980,
  fteSaved: 0.75,
  contributionForgoneCents: 6384000,
  contributionForgoneAllCents: 9576000,
};

let folder: string;
beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'samenredzaam-rendement-'));
});
afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

function cli(file: string) {
  return spawnSync('npm', ['run', '--silent', 'cli', '--', 'rendement', file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
}

describe('npm run --silent cli -- rendement', () => {
  it('reproduces the example as JSON on stdout, and refuses bad input with exit 2 naming file and field', async () => {
    const good = path.join(folder, 'rendement-2018.json');
    await writeFile(good, JSON.stringify(EXAMPLE_INPUT));
    const ok = cli(good);
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toBe(`${JSON.stringify(EXAMPLE_OUTPUT, null, 2)}\n`);

    const bad = path.join(folder, 'bad.json');
    await writeFile(
      bad,
      JSON.stringify({
        ...EXAMPLE_INPUT,
        shareWouldQualify: { numerator: 5, denominator: 3 },
        personsPerPlace: 0,
        costPerPlaceCents: -100,
      }),
    );
    const refused = cli(bad);
    expect(refused.status).toBe(2);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toBe(
      `${bad}: field shareWouldQualify: is 5/3, above 1: a share is at most the whole (numerator ≤ denominator) (and 2 more problems)\n`,
    );

    await writeFile(bad, JSON.stringify({ ...EXAMPLE_INPUT, personsPerPlace: 0 }));
    expect((await runCli(['rendement', bad])).stderr).toBe(
      `${bad}: field personsPerPlace: must be a number from 1 to 100 with at most two decimals\n`,
    );
    await writeFile(bad, JSON.stringify({ ...EXAMPLE_INPUT, costPerPlaceCents: -1 }));
    expect((await runCli(['rendement', bad])).stderr).toBe(
      `${bad}: field costPerPlaceCents: must be a whole number of cents from 0 to 1000000000\n`,
    );
    const missing = path.join(folder, 'nope.json');
    const notThere = await runCli(['rendement', missing]);
    expect(notThere.exitCode).toBe(2);
    expect(notThere.stderr).toBe(`${missing}: cannot read the file (no such file: ${missing})\n`);
  });
});
