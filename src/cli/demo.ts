/**
 * `npm run demo:load` loads the demo municipality into an empty database;
 * `npm run demo:reset` throws away all data and loads it afresh.
 * Both use DATABASE_URL when set, otherwise the embedded database in DATA_DIR.
 */
import { rm } from 'node:fs/promises';
import { loadDemoIfEmpty } from '../server/demo/load-demo.ts';
import { embeddedPseudonymKey } from '../server/platform/pseudonym-key-file.ts';
import { type Config, ConfigError, loadConfig } from '../server/platform/config.ts';
import { PseudonymKeyError } from '../server/platform/pseudonym.ts';
import {
  DatabaseOpenError,
  dropAllTables,
  embeddedDatabaseFolder,
  migrateDatabase,
  openDatabase,
  redactUrl,
} from '../server/platform/db/database.ts';

async function embeddedKey(config: Config): Promise<string> {
  const { key, notices } = await embeddedPseudonymKey({
    keyFile: config.PSEUDONYM_KEY_FILE,
    dataDir: config.DATA_DIR,
  });
  for (const notice of notices) console.error(notice);
  return key;
}

async function run(command: string | undefined, args: string[]) {
  const config = loadConfig();
  if (command !== 'load' && command !== 'reset') {
    console.error('Usage: demo load | demo reset [--force]');
    return 2;
  }
  if (command === 'reset' && !config.DATABASE_URL) {
    // The embedded database is a folder: removing it is the cleanest reset.
    await rm(embeddedDatabaseFolder(config.DATA_DIR), { recursive: true, force: true });
  }
  if (command === 'reset' && config.DATABASE_URL && !args.includes('--force')) {
    console.error(
      `demo reset deletes ALL data in ${redactUrl(config.DATABASE_URL)}. Run it again with --force (npm run demo:reset -- --force) if that is what you want.`,
    );
    return 2;
  }
  const handle = await openDatabase(
    config.DATABASE_URL
      ? { kind: 'postgresql', url: config.DATABASE_URL }
      : { kind: 'pglite', dataDir: config.DATA_DIR },
  );
  try {
    if (command === 'reset' && handle.kind === 'postgresql') {
      await dropAllTables(handle);
    }
    await migrateDatabase(handle);
    const pseudonymKey =
      config.SAMENREDZAAM_PSEUDONYM_KEY ??
      (handle.kind === 'pglite' ? await embeddedKey(config) : null);
    // The same demo as the first start of `npm start`, in the same order.
    if (!(await loadDemoIfEmpty(handle.db, pseudonymKey))) {
      console.error(
        'The database already holds data; the demo is loaded only into an empty database (use demo:reset to start over).',
      );
      return 2;
    }
    console.error(
      'Demo municipality loaded: log in as admin@demo.example with password samenredzaam-demo.',
    );
    return 0;
  } finally {
    await handle.close();
  }
}

run(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const known =
      error instanceof ConfigError ||
      error instanceof DatabaseOpenError ||
      error instanceof PseudonymKeyError;
    console.error(known ? error.message : `demo failed: ${(error as Error).message}`);
    process.exit(1);
  },
);
