/**
 * Commands for running an installation without the demo: the first administrator
 * (`admin create <e-mail>`) and the backup drill of the embedded database (`backup <file>`,
 * `restore <file>`). They use DATABASE_URL when set, otherwise the embedded database in
 * DATA_DIR, like the server. The result is JSON on stdout, messages on stderr; exit 2 on bad
 * input or a refused action.
 */
import { randomBytes } from 'node:crypto';
import { access, mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { emailSchema, normaliseEmail } from '../domain/email.ts';
import { type Config, ConfigError, loadConfig, publicUrl } from '../server/platform/config.ts';
import {
  type DatabaseHandle,
  DatabaseOpenError,
  embeddedDatabaseFolder,
  migrateDatabase,
  openDatabase,
} from '../server/platform/db/database.ts';
import { AppError } from '../server/platform/errors.ts';
import { createUser } from '../server/features/users/users.service.ts';
import type { CommandResult } from './commands.ts';
import { systemContext } from '../server/platform/use-case.ts';

const ADMIN_NAME = 'Beheerder';

function refused(message: string): CommandResult {
  return { exitCode: 2, stderr: message };
}

function configured(env: NodeJS.ProcessEnv): Config | CommandResult {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return refused(error.message);
    throw error;
  }
}

async function openConfigured(config: Config): Promise<DatabaseHandle> {
  return openDatabase(
    config.DATABASE_URL
      ? { kind: 'postgresql', url: config.DATABASE_URL }
      : { kind: 'pglite', dataDir: config.DATA_DIR },
  );
}

/** A password of 24 characters from 18 random bytes (144 bits): never guessed, typed once. */
export function generatePassword(): string {
  return randomBytes(18).toString('base64url');
}

/**
 * Creates an administrator with a generated password, printed once on stdout: the first
 * account of an installation that starts without the demo.
 */
export async function adminCreate(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<CommandResult> {
  const [rawEmail, ...rest] = args;
  const nameIndex = rest.indexOf('--name');
  const name = nameIndex >= 0 ? rest[nameIndex + 1] : ADMIN_NAME;
  if (rawEmail === undefined || rawEmail.startsWith('--') || !name) {
    return refused('Usage: admin create <e-mail> [--name "<full name>"]');
  }
  const parsedEmail = emailSchema.safeParse(rawEmail);
  if (!parsedEmail.success) return refused(`"${rawEmail}" is not a valid e-mail address.`);
  const email = normaliseEmail(parsedEmail.data);
  const config = configured(env);
  if ('exitCode' in config) return config;
  let handle: DatabaseHandle;
  try {
    handle = await openConfigured(config);
  } catch (error) {
    if (error instanceof DatabaseOpenError) return { exitCode: 1, stderr: error.message };
    throw error;
  }
  try {
    await migrateDatabase(handle);
    const password = generatePassword();
    try {
      await createUser(systemContext(handle.db, new Date()), {
        email,
        name,
        password,
        roles: ['admin'],
        organisationIds: [],
      });
    } catch (error) {
      if (error instanceof AppError && error.code === 'EMAIL_TAKEN') {
        return refused(`A user with e-mail address ${email} already exists; nothing was changed.`);
      }
      throw error;
    }
    const loginUrl = `${publicUrl(config)}/inloggen`;
    return {
      exitCode: 0,
      stdout: `${JSON.stringify({ email, role: 'admin', password, loginUrl })}\n`,
      stderr: [
        `Administrator ${email} created. Log in at ${loginUrl} with the password above; it is shown only this once.`,
        'Then set a password of your own under Gebruikers (the product does not force the change).',
      ].join('\n'),
    };
  } finally {
    await handle.close();
  }
}

/** The engine leaves this file in its folder while it has the database open. */
const OPEN_MARKER = 'postmaster.pid';

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

function embeddedOnly(config: Config): CommandResult | null {
  if (!config.DATABASE_URL) return null;
  return refused(
    'backup and restore are for the embedded database; with DATABASE_URL use pg_dump and pg_restore (README, "Backup and restore").',
  );
}

/**
 * Writes a consistent copy of the embedded database (a gzipped tar of its data folder, made
 * by the engine itself) to a file. The pseudonym key file is not in it: it is kept outside
 * DATA_DIR and must be backed up separately.
 */
export async function backupCommand(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<CommandResult> {
  const [file] = args.filter((a) => !a.startsWith('--'));
  if (!file) return refused('Usage: backup <file.tar.gz> [--force]');
  const config = configured(env);
  if ('exitCode' in config) return config;
  const notEmbedded = embeddedOnly(config);
  if (notEmbedded) return notEmbedded;
  const pgliteDir = embeddedDatabaseFolder(config.DATA_DIR);
  if (!(await exists(path.join(pgliteDir, 'PG_VERSION')))) {
    return refused(`There is no embedded database in ${pgliteDir} to back up.`);
  }
  if ((await exists(path.join(pgliteDir, OPEN_MARKER))) && !args.includes('--force')) {
    return refused(
      `The database in ${pgliteDir} is open: stop the server first. If no server runs (it was killed), run the backup again with --force.`,
    );
  }
  const target = path.resolve(file);
  if (await exists(target)) return refused(`${target} already exists; choose a new file name.`);
  const pglite = await PGlite.create(pgliteDir);
  try {
    const dump = await pglite.dumpDataDir('gzip');
    await writeFile(target, Buffer.from(await dump.arrayBuffer()), { flag: 'wx' });
  } finally {
    await pglite.close();
  }
  const { size } = await stat(target);
  return {
    exitCode: 0,
    stdout: `${JSON.stringify({ file: target, bytes: size })}\n`,
    stderr: `Backup written to ${target}. The pseudonym key (PSEUDONYM_KEY_FILE) is not in it: keep a copy of the key apart from the backup.`,
  };
}

/**
 * Restores a backup into DATA_DIR. An existing database is only replaced with --force, so a
 * typo cannot wipe a live installation.
 */
export async function restoreCommand(
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Promise<CommandResult> {
  const [file] = args.filter((a) => !a.startsWith('--'));
  if (!file) return refused('Usage: restore <file.tar.gz> [--force]');
  const config = configured(env);
  if ('exitCode' in config) return config;
  const notEmbedded = embeddedOnly(config);
  if (notEmbedded) return notEmbedded;
  const source = path.resolve(file);
  let backup: Buffer;
  try {
    backup = await readFile(source);
  } catch {
    return refused(`The backup file ${source} cannot be read.`);
  }
  const pgliteDir = embeddedDatabaseFolder(config.DATA_DIR);
  const present: string[] = await readdir(pgliteDir).catch(() => []);
  if (present.length > 0) {
    if (!args.includes('--force')) {
      return refused(
        `${pgliteDir} already holds a database; nothing was changed. Run restore again with --force to replace it (stop the server first).`,
      );
    }
    if (present.includes(OPEN_MARKER)) {
      return refused(`The database in ${pgliteDir} is open: stop the server first.`);
    }
  }
  // The backup is unpacked and opened beside the data folder first: a file that is not a
  // backup then leaves the existing database exactly as it was, even with --force.
  const staging = `${pgliteDir}.restoring-${process.pid}`;
  await rm(staging, { recursive: true, force: true });
  await mkdir(path.dirname(pgliteDir), { recursive: true });
  let pglite: PGlite;
  try {
    pglite = await PGlite.create(staging, { loadDataDir: new Blob([new Uint8Array(backup)]) });
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    return refused(
      `${source} is not a backup of the embedded database (${(error as Error).message}).`,
    );
  }
  try {
    await pglite.query('select 1');
  } finally {
    await pglite.close();
  }
  if (present.length > 0) {
    const replaced = `${pgliteDir}.replaced-${process.pid}`;
    await rename(pgliteDir, replaced);
    await rename(staging, pgliteDir);
    await rm(replaced, { recursive: true, force: true });
  } else {
    await rm(pgliteDir, { recursive: true, force: true });
    await rename(staging, pgliteDir);
  }
  // Migrations the backup lacks are applied now, as the server would at start.
  const handle = await openConfigured(config);
  try {
    await migrateDatabase(handle);
  } finally {
    await handle.close();
  }
  return {
    exitCode: 0,
    stdout: `${JSON.stringify({ file: source, dataDir: pgliteDir })}\n`,
    stderr: `Restored ${source} into ${pgliteDir}. Put the pseudonym key file that belongs to it at PSEUDONYM_KEY_FILE before starting the server.`,
  };
}
