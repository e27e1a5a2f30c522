/**
 * The embedded database's pseudonym key lives apart from the data it protects: a copy of
 * DATA_DIR holds no key, an existing key in DATA_DIR is moved out on the first start (so
 * the stored pseudonyms stay valid), and a key file inside DATA_DIR gives a warning.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { embeddedPseudonymKey, isInside } from './pseudonym-key-file.ts';
import { pseudonymiseBsn, PseudonymKeyError } from './pseudonym.ts';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'samenredzaam-key-'));
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

async function folders(name: string) {
  const base = path.join(tmp, name);
  const dataDir = path.join(base, 'data');
  await mkdir(dataDir, { recursive: true });
  return { base, dataDir, keyFile: path.join(base, 'secrets', 'pseudonym.key') };
}

describe('the embedded pseudonym key', () => {
  it('is by default ./secrets/pseudonym.key, beside and not inside ./data', () => {
    const config = loadConfig({});
    expect(config.PSEUDONYM_KEY_FILE).toBe('./secrets/pseudonym.key');
    expect(config.DATA_DIR).toBe('./data');
    expect(isInside(config.PSEUDONYM_KEY_FILE, config.DATA_DIR)).toBe(false);
    expect(isInside('./data/pseudonym.key', './data')).toBe(true);
    expect(isInside('./data-secrets/pseudonym.key', './data')).toBe(false);
  });

  it('is made outside DATA_DIR, readable by its owner only, and the same on the next start', async () => {
    const { dataDir, keyFile } = await folders('fresh');
    const first = await embeddedPseudonymKey({ keyFile, dataDir });
    expect(first.key).toMatch(/^[0-9a-f]{64}$/);
    expect(first.notices).toEqual([]);
    expect((await readFile(keyFile, 'utf8')).trim()).toBe(first.key);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(keyFile))).mode & 0o777).toBe(0o700);
    // Nothing of the key in the data folder: a backup of it holds no key.
    expect(await readdir(dataDir)).toEqual([]);
    expect(await embeddedPseudonymKey({ keyFile, dataDir })).toEqual(first);
  });

  it('moves a key that earlier versions kept in DATA_DIR, so existing pseudonyms stay valid, and says so', async () => {
    const { dataDir, keyFile } = await folders('legacy');
    const legacyKey = 'legacy-key-0123456789abcdef0123456789abcdef';
    await writeFile(path.join(dataDir, 'pseudonym.key'), `${legacyKey}\n`, { mode: 0o600 });
    const storedPseudonym = pseudonymiseBsn('111222333', legacyKey);

    const moved = await embeddedPseudonymKey({ keyFile, dataDir });
    expect(moved.key).toBe(legacyKey);
    expect(pseudonymiseBsn('111222333', moved.key)).toBe(storedPseudonym);
    expect(moved.notices).toEqual([
      `Moved the pseudonym key from ${path.join(dataDir, 'pseudonym.key')} to ${keyFile}, outside the data folder; the existing pseudonyms stay valid. Keep this file safe and apart from backups of DATA_DIR.`,
    ]);
    expect(await readdir(dataDir)).toEqual([]);
    expect((await readFile(keyFile, 'utf8')).trim()).toBe(legacyKey);
    expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
    // The next start finds it in its new place, without a notice.
    expect(await embeddedPseudonymKey({ keyFile, dataDir })).toEqual({
      key: legacyKey,
      notices: [],
    });
  });

  it('refuses to choose between two different keys, naming both files', async () => {
    const { dataDir, keyFile } = await folders('two-keys');
    await writeFile(path.join(dataDir, 'pseudonym.key'), 'a'.repeat(64));
    await mkdir(path.dirname(keyFile), { recursive: true });
    await writeFile(keyFile, 'b'.repeat(64));
    await expect(embeddedPseudonymKey({ keyFile, dataDir })).rejects.toThrow(PseudonymKeyError);
    await expect(embeddedPseudonymKey({ keyFile, dataDir })).rejects.toThrow(
      `There are two different pseudonym keys: ${path.join(dataDir, 'pseudonym.key')} (inside DATA_DIR, used by earlier versions) and ${keyFile} (PSEUDONYM_KEY_FILE).`,
    );
    // Both stay as they were.
    expect(await readFile(path.join(dataDir, 'pseudonym.key'), 'utf8')).toBe('a'.repeat(64));
  });

  it('warns when PSEUDONYM_KEY_FILE is inside DATA_DIR', async () => {
    const { dataDir } = await folders('inside');
    const keyFile = path.join(dataDir, 'keys', 'pseudonym.key');
    const result = await embeddedPseudonymKey({ keyFile, dataDir });
    expect(result.notices).toEqual([
      `Warning: the pseudonym key file ${keyFile} is inside DATA_DIR (${dataDir}). Whoever has a copy of the data folder can then recompute every BSN pseudonym. Set PSEUDONYM_KEY_FILE to a place outside DATA_DIR, or set SAMENREDZAAM_PSEUDONYM_KEY.`,
    ]);
  });

  it('refuses a key file that is too short instead of making a new key', async () => {
    const { dataDir, keyFile } = await folders('short');
    await mkdir(path.dirname(keyFile), { recursive: true });
    await writeFile(keyFile, 'short\n');
    await expect(embeddedPseudonymKey({ keyFile, dataDir })).rejects.toThrow(
      `The pseudonym key in ${keyFile} is 5 characters long; it needs at least 32.`,
    );
  });
});
