/**
 * On start-up the real process moves a pseudonym key that earlier versions kept in DATA_DIR
 * to PSEUDONYM_KEY_FILE, outside the data folder, and says so.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataDirWithDemo } from '../../test/support/data-dir.ts';
import { freePort, startServer, waitForHealth } from '../../test/support/server-process.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'samenredzaam-key-start-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

describe('starting with a pseudonym key in DATA_DIR', () => {
  it('moves it out of the data folder and keeps using it', async () => {
    const dataDir = path.join(tmp, 'data');
    const keyFile = path.join(tmp, 'secrets', 'pseudonym.key');
    const legacyKey = 'legacy-key-0123456789abcdef0123456789abcdef';
    await mkdir(dataDir, { recursive: true });
    await writeFile(path.join(dataDir, 'pseudonym.key'), `${legacyKey}\n`);
    // An installation of an earlier version: its database is there too.
    await dataDirWithDemo(dataDir);
    const port = await freePort();
    const server = startServer({
      DATA_DIR: dataDir,
      PSEUDONYM_KEY_FILE: keyFile,
      PORT: String(port),
      SCHEDULER: 'off',
    });
    await waitForHealth(port);
    expect(server.output()).toContain(
      `Moved the pseudonym key from ${path.join(dataDir, 'pseudonym.key')} to ${keyFile}, outside the data folder; the existing pseudonyms stay valid.`,
    );
    expect(await readdir(dataDir)).not.toContain('pseudonym.key');
    expect((await readFile(keyFile, 'utf8')).trim()).toBe(legacyKey);
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }, 120_000);
});
