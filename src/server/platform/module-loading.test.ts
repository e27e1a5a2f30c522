/**
 * The resolve hook that makes loading the server's modules cheaper must not change what is
 * loaded: for every module the server loads (also on first use later), it gives the same
 * file and module type as Node's own resolution.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../../../test/support/server-process.ts';

describe('resolving the server modules', () => {
  it('gives the same file and module type as Node for each of them', () => {
    const check = spawnSync(process.execPath, [path.join(ROOT, 'test/support/resolve-check.ts')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    expect(check.stderr).toBe('');
    const result = JSON.parse(check.stdout) as {
      compared: number;
      drizzleModules: number;
      differences: unknown[];
    };
    expect(result.differences).toEqual([]);
    // Some 3,600 imports, 446 of them between drizzle-orm's own modules (the hook's shortcut).
    expect(result.compared).toBeGreaterThan(3000);
    expect(result.drizzleModules).toBeGreaterThan(400);
  }, 120_000);
});
