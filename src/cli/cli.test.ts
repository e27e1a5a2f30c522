import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('the command line', () => {
  it('lists its commands as help, on stderr', async () => {
    const result = await runCli(['help']);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBeUndefined();
    expect(result.stderr).toContain('Usage: npm run --silent cli -- <command> [args]');
    expect(result.stderr).toContain('version');
  });

  it('refuses an unknown command with exit code 2 and names it', async () => {
    const result = await runCli(['rank-everything']);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(/^Unknown command "rank-everything"\./);
  });

  it('runs as `npm run --silent cli` with JSON only on stdout', () => {
    const ok = spawnSync('npm', ['run', '--silent', 'cli', '--', 'version'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toEqual({ name: 'samenredzaam', version: '0.1.0' });
    const bad = spawnSync('npm', ['run', '--silent', 'cli', '--', 'nope'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toContain('Unknown command "nope"');
  });
});
