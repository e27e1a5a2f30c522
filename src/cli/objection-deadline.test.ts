import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** A refusal is exit 2, nothing on stdout, and exactly one line on stderr, without a trace. */
function expectRefusal(result: { exitCode: number; stdout?: string; stderr?: string }) {
  expect(result.exitCode).toBe(2);
  expect(result.stdout ?? '').toBe('');
  expect(result.stderr!.endsWith('\n')).toBe(true);
  expect(result.stderr!.trimEnd()).not.toContain('\n');
  expect(result.stderr).not.toMatch(/\n\s+at |Error:/);
  return result.stderr!.trimEnd();
}

describe('objection-deadline', () => {
  it('prints the example of docs/command-line.md', async () => {
    const result = await runCli(['objection-deadline', '2026-12-06']);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toBeUndefined();
    expect(JSON.parse(result.stdout!)).toEqual({
      sent: '2026-12-06',
      termEnds: '2027-01-17',
      deadline: '2027-01-18',
      extendedBecause: ['2027-01-17 is a Sunday'],
    });
  });

  it('lists every skipped day with its reason, and none when the term is not extended', async () => {
    const christmas = await runCli(['objection-deadline', '2026-11-13']);
    expect(JSON.parse(christmas.stdout!)).toEqual({
      sent: '2026-11-13',
      termEnds: '2026-12-25',
      deadline: '2026-12-28',
      extendedBecause: [
        '2026-12-25 is Christmas Day',
        '2026-12-26 is Boxing Day',
        '2026-12-27 is a Sunday',
      ],
    });
    const plain = await runCli(['objection-deadline', '2027-05-03']);
    expect(JSON.parse(plain.stdout!)).toEqual({
      sent: '2027-05-03',
      termEnds: '2027-06-14',
      deadline: '2027-06-14',
      extendedBecause: [],
    });
  });

  it('refuses a day that does not exist, a date in another format and a wrong number of arguments', async () => {
    expect(expectRefusal(await runCli(['objection-deadline', '2027-02-29']))).toBe(
      'objection-deadline: 2027-02-29 is not a day that exists in the calendar',
    );
    expect(expectRefusal(await runCli(['objection-deadline', '2027-13-01']))).toBe(
      'objection-deadline: 2027-13-01 is not a day that exists in the calendar',
    );
    expect(expectRefusal(await runCli(['objection-deadline', '6-12-2026']))).toBe(
      'objection-deadline: "6-12-2026" is not a date written as YYYY-MM-DD; usage: npm run --silent cli -- objection-deadline <YYYY-MM-DD>',
    );
    expect(expectRefusal(await runCli(['objection-deadline', '2026-12-06T10:00']))).toMatch(
      /is not a date written as YYYY-MM-DD/,
    );
    expect(expectRefusal(await runCli(['objection-deadline']))).toBe(
      'objection-deadline needs exactly one date, the day the decision was sent; usage: npm run --silent cli -- objection-deadline <YYYY-MM-DD>',
    );
    expect(expectRefusal(await runCli(['objection-deadline', '2026-12-06', '2026-12-07']))).toMatch(
      /^objection-deadline needs exactly one date/,
    );
  });

  it('is listed in the help', async () => {
    expect((await runCli(['help'])).stderr).toContain('objection-deadline');
  });

  it('runs as `npm run --silent cli` with only the JSON on stdout', () => {
    const ok = spawnSync(
      'npm',
      ['run', '--silent', 'cli', '--', 'objection-deadline', '2026-12-06'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(ok.status).toBe(0);
    expect(ok.stderr).toBe('');
    expect(JSON.parse(ok.stdout)).toEqual({
      sent: '2026-12-06',
      termEnds: '2027-01-17',
      deadline: '2027-01-18',
      extendedBecause: ['2027-01-17 is a Sunday'],
    });
    const bad = spawnSync(
      'npm',
      ['run', '--silent', 'cli', '--', 'objection-deadline', '2026-02-30'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toBe(
      'objection-deadline: 2026-02-30 is not a day that exists in the calendar\n',
    );
  });
});
