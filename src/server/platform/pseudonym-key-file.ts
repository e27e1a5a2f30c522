/**
 * The embedded database's own pseudonym key, so that `npm start` works without configuration
 * and pseudonyms stay the same across restarts. There are fewer than a billion BSNs: whoever
 * holds the key and the data can recompute every pseudonym. So the key never lives in the
 * data folder it protects (a copy or backup of DATA_DIR then holds no key): it lives in its
 * own file, PSEUDONYM_KEY_FILE (default `./secrets/pseudonym.key`, beside `./data`), readable
 * by its owner only. A real installation sets SAMENREDZAAM_PSEUDONYM_KEY instead.
 * See docs/privacy/pseudonyms.md.
 */
import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PSEUDONYM_KEY_MIN_LENGTH, PseudonymKeyError } from './pseudonym.ts';

/** Where earlier versions kept the key: inside DATA_DIR. Moved out on the first start. */
export const LEGACY_PSEUDONYM_KEY_FILE = 'pseudonym.key';
export const DEFAULT_PSEUDONYM_KEY_FILE = './secrets/pseudonym.key';

export interface EmbeddedPseudonymKey {
  key: string;
  /** What the operator should know (a key moved out of DATA_DIR, a key inside it). */
  notices: string[];
}

/** Whether `file` lies inside `folder` (both resolved; the folder itself counts). */
export function isInside(file: string, folder: string): boolean {
  const relative = path.relative(path.resolve(folder), path.resolve(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

async function readKey(file: string): Promise<string | null> {
  try {
    const key = (await readFile(file, 'utf8')).trim();
    if (key.length >= PSEUDONYM_KEY_MIN_LENGTH) return key;
    throw new PseudonymKeyError(
      `The pseudonym key in ${file} is ${key.length} characters long; it needs at least ${PSEUDONYM_KEY_MIN_LENGTH}. Restore the right key file, or remove it only if no BSN pseudonym was ever stored.`,
    );
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * Writes a key to a new file, readable by its owner only, in a folder only the owner can
 * enter. Answers false when the file appeared meanwhile ('wx': of two processes starting at
 * once, only one writes).
 */
async function writeNewKey(file: string, key: string): Promise<boolean> {
  await mkdir(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    await writeFile(file, `${key}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  await chmod(file, 0o600);
  return true;
}

export async function embeddedPseudonymKey(options: {
  keyFile: string;
  dataDir: string;
}): Promise<EmbeddedPseudonymKey> {
  const keyFile = path.resolve(options.keyFile);
  const legacyFile = path.resolve(options.dataDir, LEGACY_PSEUDONYM_KEY_FILE);
  const notices: string[] = [];
  if (isInside(keyFile, options.dataDir)) {
    notices.push(
      `Warning: the pseudonym key file ${keyFile} is inside DATA_DIR (${path.resolve(options.dataDir)}). Whoever has a copy of the data folder can then recompute every BSN pseudonym. Set PSEUDONYM_KEY_FILE to a place outside DATA_DIR, or set SAMENREDZAAM_PSEUDONYM_KEY.`,
    );
  }

  const legacyKey = keyFile === legacyFile ? null : await readKey(legacyFile);
  let key = await readKey(keyFile);
  if (legacyKey !== null) {
    // The pseudonyms in the database were made with the legacy key: it must be the one used.
    if (key !== null && key !== legacyKey) {
      throw new PseudonymKeyError(
        `There are two different pseudonym keys: ${legacyFile} (inside DATA_DIR, used by earlier versions) and ${keyFile} (PSEUDONYM_KEY_FILE). The pseudonyms in the database were made with the first. Remove the one that is not in use and start again.`,
      );
    }
    if (key === null && !(await writeNewKey(keyFile, legacyKey))) {
      return embeddedPseudonymKey(options);
    }
    await rm(legacyFile, { force: true });
    notices.push(
      `Moved the pseudonym key from ${legacyFile} to ${keyFile}, outside the data folder; the existing pseudonyms stay valid. Keep this file safe and apart from backups of DATA_DIR.`,
    );
    return { key: legacyKey, notices };
  }
  if (key !== null) return { key, notices };

  key = randomBytes(32).toString('hex');
  if (!(await writeNewKey(keyFile, key))) return embeddedPseudonymKey(options);
  return { key, notices };
}
