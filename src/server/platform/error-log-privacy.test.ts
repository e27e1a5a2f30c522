/**
 * A query that fails carries its parameters: the names, birth years, pseudonyms and password
 * hashes of the request. The log of a sequence of ordinary requests in which writes fail
 * holds none of them, nor the values of a constraint's detail (docs/privacy/logging.md).
 */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  as,
  loginAs,
  openTestDatabase,
  TEST_PSEUDONYM_KEY,
} from '../../../test/support/test-app.ts';
import { buildApp } from '../app.ts';
import { loadConfig } from './config.ts';
import { provisions, users } from './db/schema.ts';
import type { App } from './http.ts';
import { loggerOptions } from './logging.ts';
import { pseudonymiseBsn } from './pseudonym.ts';

const lines: string[] = [];
let app: App;
let close: () => Promise<void>;
let db: Awaited<ReturnType<typeof openTestDatabase>>['handle']['db'];

beforeAll(async () => {
  const { handle, drop } = await openTestDatabase();
  db = handle.db;
  const config = loadConfig({
    SAMENREDZAAM_PSEUDONYM_KEY: TEST_PSEUDONYM_KEY,
    LOG_LEVEL: 'debug',
    LOG_FORMAT: 'json',
  });
  app = await buildApp({
    db: handle.db,
    databaseKind: handle.kind,
    config,
    webDist: '/nonexistent',
    logger: loggerOptions(config, { write: (line) => lines.push(line) }),
    clock: () => new Date('2027-03-10T09:00:00Z'),
  });
  await app.ready();
  close = async () => (await app.close(), await drop());
});
afterAll(() => close());

/** A BSN that passes the 11-proef (made up). */
const BSN = '111222333';

describe('the log of requests whose queries fail', () => {
  it('names the error class, code and constraint, and none of the values', async () => {
    const coordinator = await loginAs(app, 'coordinator@demo.example');
    const admin = await loginAs(app, 'admin@demo.example');
    // Writes to participants fail (as a full disk or a bug would make them); a change of a
    // user breaks a unique constraint whose detail quotes the e-mail address.
    for (const statement of [
      `CREATE FUNCTION refuse_participant() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION 'participant refused'; END $$`,
      `CREATE TRIGGER refuse_participant BEFORE INSERT ON participants
       FOR EACH ROW EXECUTE FUNCTION refuse_participant()`,
      `CREATE FUNCTION refuse_user() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN RAISE EXCEPTION USING ERRCODE = 'unique_violation',
         CONSTRAINT = 'users_email_unique',
         MESSAGE = 'duplicate key value violates unique constraint "users_email_unique"',
         DETAIL = 'Key (email)=(' || NEW.email || ') already exists.'; END $$`,
      `CREATE TRIGGER refuse_user BEFORE UPDATE ON users
       FOR EACH ROW EXECUTE FUNCTION refuse_user()`,
    ]) {
      await db.execute(sql.raw(statement));
    }
    const [lindeboom] = await db
      .select({ id: provisions.id })
      .from(provisions)
      .where(eq(provisions.name, 'Huiskamer De Lindeboom'));
    const [coordinatorRow] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'coordinator@demo.example'));

    const registered = await app.inject({
      method: 'POST',
      url: `/api/provisions/${lindeboom!.id}/participants`,
      headers: as(coordinator),
      payload: {
        displayName: 'Anna Jansen-Verbeek',
        birthYear: 1947,
        neighbourhoodCode: 'BU09350101',
        startDate: '2027-03-08',
        clientRoute: 'self',
        bsn: BSN,
        consent: {
          scopes: ['registration', 'measurements', 'matching'],
          givenOn: '2027-03-08',
          method: 'written',
        },
      },
    });
    const renamed = await app.inject({
      method: 'PATCH',
      url: `/api/users/${coordinatorRow!.id}`,
      headers: as(admin),
      payload: { name: 'Carla Mertens-de Wit', password: 'Zonnebloem-Vlinder-2027!' },
    });
    expect([registered.statusCode, renamed.statusCode]).toEqual([500, 500]);
    expect(renamed.json()).toMatchObject({ code: 'INTERNAL' });

    const log = lines.join('');
    for (const value of [
      'Anna Jansen-Verbeek',
      '1947',
      BSN,
      pseudonymiseBsn(BSN, TEST_PSEUDONYM_KEY),
      'Carla Mertens-de Wit',
      'Zonnebloem-Vlinder-2027!',
      '$argon2',
      'coordinator@demo.example',
      'admin@demo.example',
      'Failed query',
      'params',
    ]) {
      expect(log, value).not.toContain(value);
    }
    const errors = lines
      .map((line) => JSON.parse(line) as { level: number; msg: string; err?: object })
      .filter((entry) => entry.level === 50 && entry.msg === 'unexpected error')
      .map((entry) => entry.err);
    expect(errors).toEqual([
      expect.objectContaining({ code: 'P0001', message: 'participant refused' }),
      expect.objectContaining({
        code: '23505',
        constraint: 'users_email_unique',
        message: 'duplicate key value violates unique constraint "users_email_unique"',
      }),
    ]);
  });
});
