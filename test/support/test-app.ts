/**
 * A fresh database and application per test file: PGlite in memory (from the template the
 * global setup made), or a copy of its template database on the PostgreSQL server of
 * TEST_DATABASE_URL.
 */
import { readFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { DEMO_PASSWORD } from '../../src/server/demo/load-demo.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import {
  type DatabaseHandle,
  migrateDatabase,
  openDatabase,
} from '../../src/server/platform/db/database.ts';
import type { App } from '../../src/server/platform/http.ts';
import { TEMPLATE_MOMENT } from './template-moment.ts';
import { usableDemoCode } from './two-factor.ts';

/** The password of every demo account. */
export { DEMO_PASSWORD };
export { TEMPLATE_MOMENT };
/** The pseudonym key of test apps (a test value, not a secret). */
export const TEST_PSEUDONYM_KEY = 'test-pseudonym-key-0123456789abcdef';

export interface TestContext {
  app: App;
  handle: DatabaseHandle;
  close(): Promise<void>;
}

export async function openTestDatabase(): Promise<{
  handle: DatabaseHandle;
  drop: () => Promise<void>;
}> {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    const name = `samenredzaam_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('postgresTemplate')!}`);
    await admin.end();
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const handle = await openDatabase({ kind: 'postgresql', url: url.toString() });
    return {
      handle,
      drop: async () => {
        await handle.close();
        const again = new pg.Client({ connectionString: serverUrl });
        await again.connect();
        await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await again.end();
      },
    };
  }
  const handle = await openDatabase({ kind: 'pglite-memory', loadDataDir: await pgliteTemplate() });
  return { handle, drop: () => handle.close() };
}

/**
 * An embedded database in memory with every migration and no data, for a test that loads
 * the demo itself: a copy of the global setup's dump before the demo, in about a third of a
 * second, where initialising and migrating a new one took about 3 (2.3 s initdb, 0.5 s
 * migrations). The PostgreSQL pass has no such dump and makes one.
 */
export async function openMigratedDatabase(): Promise<DatabaseHandle> {
  const file = inject('pgliteMigrated');
  if (file === undefined) {
    const handle = await openDatabase({ kind: 'pglite-memory' });
    await migrateDatabase(handle);
    return handle;
  }
  return openDatabase({ kind: 'pglite-memory', loadDataDir: new Blob([await readFile(file)]) });
}

/** The PGlite template of global-setup.ts, to load into a new database. */
export async function pgliteTemplate(): Promise<Blob> {
  return new TemplateBlob(await templateBytes());
}

let template: Promise<ArrayBuffer> | undefined;

/** The template's bytes, read once per worker: the test files of a worker share its modules. */
function templateBytes(): Promise<ArrayBuffer> {
  template ??= readFile(inject('pgliteTemplate')).then((file) =>
    file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength),
  );
  return template;
}

/**
 * The template as PGlite reads it: PGlite only asks a Blob for its ArrayBuffer and copies each
 * file out of it, so every copy can read the same bytes. A Blob of its own per copy made Node
 * stream 31 MB into a new buffer each time: a fifth of the processor time of opening a copy.
 */
class TemplateBlob extends Blob {
  readonly #template: ArrayBuffer;
  constructor(template: ArrayBuffer) {
    super([]);
    this.#template = template;
  }
  override arrayBuffer(): Promise<ArrayBuffer> {
    return Promise.resolve(this.#template);
  }
}

export async function createTestApp(
  env: Record<string, string> = {},
  clock?: () => Date,
): Promise<TestContext> {
  const { handle, drop } = await openTestDatabase();
  const app = await buildApp({
    db: handle.db,
    databaseKind: handle.kind,
    config: loadConfig({ SAMENREDZAAM_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY, ...env }),
    webDist: '/nonexistent',
    ...(clock ? { clock } : {}),
  });
  await app.ready();
  return {
    app,
    handle,
    close: async () => {
      await app.close();
      await drop();
    },
  };
}

export interface Session {
  cookie: string;
  csrfToken: string;
  me: { id: string; email: string; roles: string[]; organisations: { id: string; name: string }[] };
}

type Answer = Awaited<ReturnType<App['inject']>>;

function sessionFrom(email: string, response: Answer): Session {
  if (response.statusCode !== 200)
    throw new Error(`login ${email} failed: ${response.statusCode} ${response.body}`);
  const cookie = response.cookies.find((c) => c.name === 'samenredzaam_session');
  if (!cookie) throw new Error('no session cookie');
  const me = response.json<Session['me'] & { csrfToken: string }>();
  return { cookie: `samenredzaam_session=${cookie.value}`, csrfToken: me.csrfToken, me };
}

/**
 * Logs in through the real endpoints and returns what a browser would keep. The demo's
 * administrator and Wmo analyst also give their app's code (test/support/two-factor.ts).
 */
export async function loginAs(app: App, email: string, password = DEMO_PASSWORD): Promise<Session> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
  });
  const first = sessionFrom(email, response);
  const pendingStep = response.json<{ pendingStep?: string }>().pendingStep;
  if (pendingStep === undefined) return first;
  if (pendingStep !== 'two_factor')
    throw new Error(`login ${email} waits for ${pendingStep}; enrol its second factor first`);
  return sessionFrom(
    email,
    await app.inject({
      method: 'POST',
      url: '/api/auth/two-factor/verify',
      headers: as(first),
      payload: { code: await usableDemoCode(app, email) },
    }),
  );
}

/** Headers for a request as that logged-in user, including the CSRF token. */
export function as(session: Session): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrfToken };
}
