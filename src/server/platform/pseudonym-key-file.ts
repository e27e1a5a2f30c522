/**
 * The embedded database keeps its pseudonym key next to its data, so that `npm start` works
 * without configuration and pseudonyms stay the same across restarts. The file is readable
 * by its owner only. A real installation sets SAMENREDZAAM_PSEUDONYM_KEY instead.
 */
import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

export const PSEUDONYM_KEY_FILE = 'pseudonym.key';

export async function embeddedPseudonymKey(dataDir: string): Promise<string> {
  const file = path.join(dataDir, PSEUDONYM_KEY_FILE);
  try {
    const key = (await readFile(file, 'utf8')).trim();
    if (key.length >= 32) return key;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const key = randomBytes(32).toString('hex');
  // 'wx': of two processes starting at once, only one writes; the other reads its key.
  try {
    await writeFile(file, `${key}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return embeddedPseudonymKey(dataDir);
    throw error;
  }
  await chmod(file, 0o600);
  return key;
}
