/**
 * bench/double-financing: the double-financing check at the scale of a large municipality.
 * 100,000 registered participants over 50 provisions (90 % with consent for matching) and
 * 1,000,000 individual Wmo allocations. Measures
 *   (a) the import throughput (records/s) of the real import path, on a zip of WMO301
 *       messages and on a CSV file, after which the rest of the allocations is bulk-loaded
 *       with generate_series;
 *   (b) the time of the server's matching run, twice: the first run on these data (every
 *       signal new, so every signal is written) and a run again (every signal known and
 *       unchanged, as a nightly run mostly is); each the median of five rounds taken in
 *       turns with (c), the first run after emptying the signals;
 *   (c) in the same database and the same state, the hand-written SQL for the same job: one
 *       INSERT … SELECT of the join (participants ⋈ consent ⋈ current allocations on the
 *       pseudonym, with the scope and the overlap condition) into the signals table,
 *       skipping signals already there, in a transaction that is rolled back; and, for
 *       reference, the bare join into a temporary table (no constraints, no log), which is
 *       the least any matching can cost. The ratio (b) ÷ (c) says what the service costs
 *       over the hand-written statement: the run's record, the counts of its inputs, its
 *       audit, and keeping signals found before with their status.
 *   (d) what an import does to everyone else: while the import job reads a CSV file of
 *       `--latency-records` allocations (1,000,000), ordinary requests arrive at
 *       `--latency-rate` a second (20), in turns GET /api/health and the analyst's
 *       GET /api/wmo/imports (the list that shows the import's progress), through the real
 *       app (app.inject). Each request's latency counts from the moment it was due, so time
 *       it spent waiting for a blocked event loop counts too. Reports p50/p95/p99/max, the
 *       event loop's longest delay, and the import's records/s. `--import-latency-only`
 *       measures only this, on a fresh database with the demo municipality.
 * On PGlite in memory, and on PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set
 * (a fresh database bench_df_<pid> on that server, dropped afterwards). Prints JSON.
 * Run: `npm run bench:double-financing [-- --participants 100000 --allocations 1000000
 * --import 100000 --latency-records 1000000 --latency-rate 20 --import-latency-only
 * --only-postgresql --keep]`.
 */
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import pino from 'pino';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { strToU8, zipSync } from 'fflate';
import { buildApp } from '../src/server/app.ts';
import { DEMO_PASSWORD, loadDemo } from '../src/server/demo/load-demo.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import {
  type Database,
  type DatabaseHandle,
  migrateDatabase,
  openDatabase,
} from '../src/server/platform/db/database.ts';
import { pseudonymiseBsn } from '../src/server/platform/pseudonym.ts';
import { runMatching } from '../src/server/features/double-financing/matching/matching.service.ts';
import { replaceEarlierVersions } from '../src/server/features/double-financing/imports/wmo-imports.repository.ts';
import { CATEGORIES, allocationData, validBsns } from './double-financing-data.ts';
import {
  IMPORT_WMO_ALLOCATIONS,
  getImport,
  importAllocationsJob,
  queueImports,
  type SavedUpload,
} from '../src/server/features/double-financing/imports/wmo-imports.service.ts';
import type { Actor } from '../src/server/platform/access.ts';
import { JobRunner } from '../src/server/platform/jobs.ts';
import type { App } from '../src/server/platform/http.ts';
import { systemContext } from '../src/server/platform/use-case.ts';
import { usableDemoCode } from '../test/support/two-factor.ts';

function argument(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const PARTICIPANTS = argument('participants', 100_000);
/** `--only-postgresql`: skip PGlite; `--keep`: leave the PostgreSQL database behind. */
const ONLY_POSTGRESQL = process.argv.includes('--only-postgresql');
const KEEP = process.argv.includes('--keep');
/** `--import-latency-only`: only (d), the latency of other requests during an import. */
const LATENCY_ONLY = process.argv.includes('--import-latency-only');
/** Allocations in the CSV file of (d), and the ordinary requests a second beside it. */
const LATENCY_RECORDS = argument('latency-records', 1_000_000);
const LATENCY_RATE = argument('latency-rate', 20);
const ALLOCATIONS = argument('allocations', 1_000_000);
/** Allocations imported through the real path, per format (zip of WMO301 messages, CSV). */
const IMPORT = argument('import', 100_000);
/**
 * WMO301 messages (of two allocations each) per zip. The import takes larger zips too (it
 * inserts the message ids in chunks, one JSON parameter per statement); 25,000 keeps a zip
 * at a size an analyst would upload.
 */
const ZIP_MESSAGES = 25_000;
const PROVISIONS = 50;
const ORGANISATIONS = 25;
/** Every person has two allocations (k = 2m and 2m + 1); participants are persons 0…P−1. */
const PERSONS = Math.ceil(ALLOCATIONS / 2);
const PROVIDERS = 200;
const KEY = 'bench-pseudonym-key-0123456789abcdef';
const GOALS = {
  pgliteMatchingMs: 5000,
  postgresqlMatchingMs: 2000,
  ratioToHandJoin: 1.5,
  /** The 99th percentile of ordinary requests while an import runs. */
  pgliteImportP99Ms: 500,
  postgresqlImportP99Ms: 200,
};

// ---------------------------------------------------------------------------------------
// The data, the same in JavaScript (import files) and SQL (bulk load).

const { personOf, categoryOf, productOf, providerOf, periodOf, wmo301Message } = allocationData(
  PERSONS,
  PROVIDERS,
);

/** The same rules in SQL, for the allocations k of the series `s`. */
const ALLOCATION_VALUES = sql.raw(`
    'BENCH' || (s.k / 2),
    COALESCE(bp.pseudonym, encode(sha256(convert_to('bench-person-' || x.n, 'UTF8')), 'hex')),
    '42' || lpad(((s.k / 2) % ${PROVIDERS})::text, 6, '0'),
    s.k::text,
    x.category,
    x.category || 'A' || lpad((s.k % 50)::text, 2, '0'),
    x.start_date,
    CASE WHEN s.k % 4 = 0 THEN NULL ELSE x.start_date + (90 + (s.k * 17) % 700)::int END,
    TIMESTAMP '2022-05-01 09:00:00',
    true`);
const ALLOCATION_FROM = sql.raw(`
  CROSS JOIN LATERAL (SELECT
    ((s.k / 2) * 7919) % ${PERSONS} AS n,
    CASE WHEN s.k % 2 = 1 AND (s.k / 2) % 10 = 0 THEN '07'
      ELSE (ARRAY['${CATEGORIES.join("','")}'])[1 + s.k % 6] END AS category,
    DATE '2022-06-01' + ((s.k * 53) % 1200)::int AS start_date) x
  LEFT JOIN bench_person bp ON bp.n = x.n`);

/** A zip of WMO301 messages (two products each) for allocations from…from+count−1. */
function wmo301Zip(from: number, count: number, bsns: string[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  for (let m = from / 2; m < (from + count) / 2; m++) {
    files[`wmo301-${String(m).padStart(7, '0')}.xml`] = strToU8(
      wmo301Message(m, bsns[personOf(2 * m)]!),
    );
  }
  return zipSync(files, { level: 1 });
}

function allocationsCsv(from: number, count: number, bsns: string[]): Uint8Array {
  const lines = ['bsn,agb,allocationNumber,category,product,start,end'];
  for (let k = from; k < from + count; k++) {
    const { start, end } = periodOf(k);
    lines.push(
      `${bsns[personOf(k)]},${providerOf(k)},${k},${categoryOf(k)},${productOf(k)},${start},${end ?? ''}`,
    );
  }
  return strToU8(`${lines.join('\n')}\n`);
}

// ---------------------------------------------------------------------------------------
// The server's import and matching, as the routes call them.

interface Imported {
  path: string;
  records: number;
  status: string;
}

/**
 * The real import path without HTTP: the upload as the route leaves it (a file on disk
 * with its hash), `queueImports`, and the import job run by a JobRunner.
 */
async function importAllocationFile(
  db: Database,
  actor: Actor,
  fileName: string,
  bytes: Uint8Array,
): Promise<Imported> {
  const id = randomUUID();
  const file = path.join(uploadDir, id);
  await writeFile(file, bytes);
  const upload: SavedUpload = {
    id,
    fileName,
    path: file,
    sizeBytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    format: fileName.endsWith('.zip') ? 'zip' : fileName.endsWith('.csv') ? 'csv' : 'iwmo301',
  };
  const runner = new JobRunner(db, pino({ level: 'error' }, pino.destination(2)));
  runner.register(
    IMPORT_WMO_ALLOCATIONS,
    importAllocationsJob({ pseudonymKey: KEY, now: () => new Date() }),
  );
  const context = { ...systemContext(db, new Date()), actor };
  await queueImports(context, { uploads: [upload] });
  await runner.kick();
  const result = await getImport(context, { importId: id });
  if (result.status !== 'imported') {
    throw new Error(`${fileName} was not imported: ${JSON.stringify(result.refused.slice(0, 3))}`);
  }
  return {
    path: 'wmo-imports.service queueImports + importAllocationsJob (JobRunner)',
    records: result.recordsImported,
    status: result.status,
  };
}

/** The analyst of the demo municipality, as the route would have them. */
async function analyst(db: Database): Promise<Actor> {
  const [row] = rowsOf<{ id: string }>(
    await db.execute(sql`SELECT id FROM users WHERE email = 'wmo_analyst@demo.example'`),
  );
  return {
    kind: 'user',
    userId: row!.id,
    email: 'wmo_analyst@demo.example',
    roles: ['wmo_analyst'],
    organisationIds: [],
    provisionIds: [],
  };
}

// ---------------------------------------------------------------------------------------

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;
const ms = (started: number) => Math.round(performance.now() - started);

async function insertJson(
  db: Database,
  rows: object[],
  statement: (json: string) => ReturnType<typeof sql>,
) {
  for (let i = 0; i < rows.length; i += 10_000) {
    await db.execute(statement(JSON.stringify(rows.slice(i, i + 10_000))));
  }
}

/** Organisations, provisions, participants and their consents, set-based. */
async function seedParticipants(db: Database, pseudonyms: string[]) {
  await db.execute(sql`CREATE TABLE bench_person (n bigint PRIMARY KEY, pseudonym text NOT NULL)`);
  await insertJson(
    db,
    pseudonyms.map((pseudonym, n) => ({ n, pseudonym })),
    (json) => sql`INSERT INTO bench_person SELECT * FROM json_to_recordset(${json}::json)
      AS r(n bigint, pseudonym text)`,
  );
  await db.execute(sql`
    INSERT INTO organisations (name, city)
    SELECT 'Bench organisatie ' || lpad(g::text, 2, '0'), 'Maastricht'
    FROM generate_series(1, ${ORGANISATIONS}) g`);
  await db.execute(sql`
    INSERT INTO provisions (organisation_id, name, category)
    SELECT o.id, 'Bench voorziening ' || lpad((2 * o.i + g)::text, 2, '0'),
      CASE WHEN g = 0 THEN 'day_activities' ELSE 'living_room' END
    FROM (SELECT id, row_number() OVER (ORDER BY name) - 1 AS i
          FROM organisations WHERE name LIKE 'Bench organisatie %') o
    CROSS JOIN generate_series(0, ${PROVISIONS / ORGANISATIONS - 1}) g`);
  await db.execute(sql`
    CREATE TABLE bench_provision AS
    SELECT id, row_number() OVER (ORDER BY name) - 1 AS idx
    FROM provisions WHERE name LIKE 'Bench voorziening %'`);
  // Participant i is person i; one in ten has no consent for matching (and no pseudonym).
  await db.execute(sql`
    INSERT INTO participants (provision_id, display_name, birth_year, start_date, end_date,
      client_route, bsn_pseudonym)
    SELECT bp.id, 'Bench ' || i, 1940 + i % 60, x.start_date,
      CASE WHEN i % 3 = 0 THEN x.start_date + (60 + (i * 13) % 400)::int END,
      (ARRAY['self', 'social_team', 'social_services', 'other_organisation'])[1 + i % 4],
      CASE WHEN i % 10 <> 9 THEN person.pseudonym END
    FROM generate_series(0, ${PARTICIPANTS - 1}) AS g(i)
    CROSS JOIN LATERAL (SELECT DATE '2023-01-01' + ((i * 37) % 900)::int AS start_date) x
    JOIN bench_provision bp ON bp.idx = g.i % ${PROVISIONS}
    JOIN bench_person person ON person.n = g.i`);
  await db.execute(sql`
    INSERT INTO participant_consents (participant_id, scope, given_on, method)
    SELECT id, 'registration', start_date, 'written' FROM participants
    WHERE display_name LIKE 'Bench %'
    UNION ALL
    SELECT id, 'matching', start_date, 'written' FROM participants
    WHERE display_name LIKE 'Bench %' AND bsn_pseudonym IS NOT NULL`);
}

/**
 * The rest of the allocations, straight into wmo_allocations (one import row for them), then
 * the import's last step on them.
 */
async function bulkLoadAllocations(db: Database, from: number, to: number) {
  const [row] = rowsOf<{ id: string }>(
    await db.execute(sql`
      INSERT INTO wmo_imports (format, file_name, sha256, size_bytes, status, records_read,
        records_imported, finished_at)
      VALUES ('csv', 'bench-bulk', 'bench-bulk', 0, 'imported', ${to - from}, ${to - from}, now())
      RETURNING id`),
  );
  const importId = row!.id;
  for (let start = from; start < to; start += 200_000) {
    const end = Math.min(to, start + 200_000) - 1;
    await db.execute(sql`
      INSERT INTO wmo_allocations (import_id, message_id, person_pseudonym, provider_agb,
        allocation_number, category, product_code, start_date, end_date, version_at, current)
      SELECT ${importId}::uuid, ${ALLOCATION_VALUES}
      FROM generate_series(${start}::bigint, ${end}::bigint) AS s(k) ${ALLOCATION_FROM}`);
  }
  // The step of the import that keeps the current versions and their tally.
  await replaceEarlierVersions(db, importId);
}

/** The hand-written join: the same tables and the same rules as the matching. */
const HAND_JOIN = sql`
  SELECT p.id, p.provision_id, a.allocation_number, a.provider_agb, a.category,
    a.product_code, GREATEST(p.start_date, a.start_date), LEAST(p.end_date, a.end_date)
  FROM participants p
  JOIN wmo_allocations a ON a.person_pseudonym = p.bsn_pseudonym AND a.current
  WHERE p.bsn_pseudonym IS NOT NULL AND p.erased_at IS NULL
    AND EXISTS (SELECT 1 FROM participant_consents c WHERE c.participant_id = p.id
                AND c.scope = 'matching' AND c.given_on <= CURRENT_DATE
                AND (c.withdrawn_on IS NULL OR c.withdrawn_on > CURRENT_DATE))
    AND (a.category = ANY(ARRAY['07']) OR a.product_code = ANY(ARRAY[]::text[]))
    AND p.start_date <= COALESCE(a.end_date, 'infinity'::date)
    AND a.start_date <= COALESCE(p.end_date, 'infinity'::date)`;

class RolledBack extends Error {}

/**
 * The hand-written statement for the same job: the join written into the signals table,
 * skipping the signals already there, then rolled back. Returns the signals it wrote.
 */
async function handWrite(db: Database): Promise<number> {
  let written = 0;
  try {
    await db.transaction(async (tx) => {
      const [run] = rowsOf<{ id: string }>(
        await tx.execute(sql`INSERT INTO matching_runs (scope, inputs, counts)
          VALUES ('{}', '{}', '{}') RETURNING id`),
      );
      const result = await tx.execute(sql`
        INSERT INTO double_financing_signals (first_run_id, participant_id, provision_id,
          allocation_number, provider_agb, category, product_code, overlap_start, overlap_end)
        SELECT ${run!.id}::uuid, hand.* FROM (${HAND_JOIN}) hand
        ON CONFLICT (participant_id, allocation_number, provider_agb) DO NOTHING`);
      written =
        (result as { affectedRows?: number; rowCount?: number }).affectedRows ??
        (result as { rowCount?: number }).rowCount ??
        0;
      throw new RolledBack();
    });
  } catch (error) {
    if (!(error instanceof RolledBack)) throw error;
  }
  return written;
}

/** The bare join into a temporary table: no constraints, no log. Returns the rows. */
async function bareJoin(db: Database): Promise<number> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`
      CREATE TEMP TABLE hand_signal (
        participant_id uuid, provision_id uuid, allocation_number text, provider_agb text,
        category text, product_code text, overlap_start date, overlap_end date
      ) ON COMMIT DROP`);
    await tx.execute(sql`INSERT INTO hand_signal ${HAND_JOIN}`);
    const [counted] = rowsOf<{ n: number }>(
      await tx.execute(sql`SELECT count(*)::int AS n FROM hand_signal`),
    );
    return counted!.n;
  });
}

interface Timed<T> {
  ms: number;
  result: T;
}

/**
 * Five rounds of `a` then `b`, each call after `prepare`, taken in turns so that the
 * machine's ups and downs fall on both alike. Returns each one's median time and last result.
 */
async function inTurns<A, B>(
  prepare: () => Promise<unknown>,
  a: () => Promise<A>,
  b: () => Promise<B>,
): Promise<[Timed<A>, Timed<B>]> {
  const timesA: number[] = [];
  const timesB: number[] = [];
  let resultA: A | undefined;
  let resultB: B | undefined;
  for (let round = 0; round < 5; round++) {
    await prepare();
    let started = performance.now();
    resultA = await a();
    timesA.push(ms(started));
    await prepare();
    started = performance.now();
    resultB = await b();
    timesB.push(ms(started));
  }
  const median = (times: number[]) => times.sort((x, y) => x - y)[2]!;
  return [
    { ms: median(timesA), result: resultA! },
    { ms: median(timesB), result: resultB! },
  ];
}

async function benchOn(handle: DatabaseHandle) {
  const db = handle.db;
  await migrateDatabase(handle);
  await loadDemo(db);
  const bsns = validBsns(PERSONS);
  const pseudonyms = bsns.slice(0, PARTICIPANTS).map((bsn) => pseudonymiseBsn(bsn, KEY));

  let started = performance.now();
  await seedParticipants(db, pseudonyms);
  const seedMs = ms(started);

  // (a) The real import path: a zip of WMO301 messages, then a CSV file.
  const actor = await analyst(db);
  // Zips of at most ZIP_MESSAGES messages each.
  const zips: Uint8Array[] = [];
  for (let from = 0; from < IMPORT; from += 2 * ZIP_MESSAGES) {
    zips.push(wmo301Zip(from, Math.min(2 * ZIP_MESSAGES, IMPORT - from), bsns));
  }
  const csv = allocationsCsv(IMPORT, IMPORT, bsns);
  started = performance.now();
  const zipResult = { path: '', records: 0 };
  for (const [i, zip] of zips.entries()) {
    const imported = await importAllocationFile(db, actor, `bench-wmo301-${i + 1}.zip`, zip);
    zipResult.path = imported.path;
    zipResult.records += imported.records;
  }
  const zipMs = ms(started);
  started = performance.now();
  const csvResult = await importAllocationFile(db, actor, 'bench-toewijzingen.csv', csv);
  const csvMs = ms(started);

  started = performance.now();
  await bulkLoadAllocations(db, 2 * IMPORT, ALLOCATIONS);
  const bulkMs = ms(started);
  await db.execute(sql`DROP TABLE bench_person`);
  await db.execute(sql`DROP TABLE bench_provision`);
  // As autovacuum would after a load this size (PGlite has no autovacuum).
  await db.execute(sql`ANALYZE`);

  const [sizes] = rowsOf<{ participants: number; allocations: number; consents: number }>(
    await db.execute(sql`SELECT
      (SELECT count(*)::int FROM participants) AS participants,
      (SELECT count(*)::int FROM participant_consents WHERE scope = 'matching') AS consents,
      (SELECT count(*)::int FROM wmo_allocations) AS allocations`),
  );

  const noSignals = () => db.execute(sql`TRUNCATE double_financing_signals CASCADE`);
  const nothing = async () => undefined;
  // Warm the caches once for every contender, untimed.
  await bareJoin(db);
  await handWrite(db);
  // The first run on these data, and the hand-written statement in the same state (no
  // signals yet); then a run again, and the statement again, with every signal known.
  const matching = () => runMatching({ ...systemContext(db, new Date()), actor });
  const [handFirst, firstRun] = await inTurns(noSignals, () => handWrite(db), matching);
  const [againRun, handAgain] = await inTurns(nothing, matching, () => handWrite(db));
  const [bare] = await inTurns(nothing, () => bareJoin(db), nothing);
  const run = firstRun.result;
  const ratio = (a: number, b: number) => Math.round((a / Math.max(b, 1)) * 100) / 100;

  const recordsPerSecond = (records: number, elapsed: number) =>
    Math.round(records / (elapsed / 1000));
  return {
    participants: sizes!.participants,
    participantsWithMatchingConsent: sizes!.consents,
    allocations: sizes!.allocations,
    seedMs,
    import: {
      path: zipResult.path,
      wmo301Zip: {
        files: zips.length,
        messagesPerFile: ZIP_MESSAGES,
        records: zipResult.records,
        megabytes: Math.round(zips.reduce((sum, zip) => sum + zip.length, 0) / 1e5) / 10,
        ms: zipMs,
        recordsPerSecond: recordsPerSecond(zipResult.records, zipMs),
      },
      csv: {
        records: csvResult.records,
        megabytes: Math.round(csv.length / 1e5) / 10,
        ms: csvMs,
        recordsPerSecond: recordsPerSecond(csvResult.records, csvMs),
      },
      bulkLoad: { records: ALLOCATIONS - 2 * IMPORT, ms: bulkMs },
    },
    importRecordsPerSecond: recordsPerSecond(zipResult.records + csvResult.records, zipMs + csvMs),
    matching: {
      firstRunMs: firstRun.ms,
      againMs: againRun.ms,
      signals: run.counts.signals,
      newSignals: run.counts.newSignals,
      newSignalsAgain: againRun.result.counts.newSignals,
    },
    handWritten: {
      firstRunMs: handFirst.ms,
      againMs: handAgain.ms,
      signalsWrittenFirst: handFirst.result,
      signalsWrittenAgain: handAgain.result,
    },
    bareJoin: { ms: bare.ms, signals: bare.result },
    ratio: {
      firstRun: ratio(firstRun.ms, handFirst.ms),
      again: ratio(againRun.ms, handAgain.ms),
      firstRunToBareJoin: ratio(firstRun.ms, bare.ms),
      againToBareJoin: ratio(againRun.ms, bare.ms),
    },
    matchingInputs: run.inputs,
  };
}

// ---------------------------------------------------------------------------------------
// (d) Ordinary requests while an import runs.

interface LatencyFigures {
  requests: number;
  /** Answers other than 200. */
  failed: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

function latencyFigures(latencies: number[], failed: number): LatencyFigures {
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (q: number) =>
    sorted.length === 0
      ? 0
      : Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!);
  return {
    requests: sorted.length,
    failed,
    p50Ms: at(0.5),
    p95Ms: at(0.95),
    p99Ms: at(0.99),
    maxMs: Math.round(sorted.at(-1) ?? 0),
  };
}

/**
 * Requests at LATENCY_RATE a second until `until` settles, in turns the two given; each
 * one's latency runs from the moment it was due, whether or not the event loop could send
 * it then.
 */
async function ordinaryRequests(
  send: (() => Promise<number>)[],
  until: Promise<unknown>,
): Promise<LatencyFigures> {
  let done = false;
  void until.finally(() => (done = true));
  const interval = 1000 / LATENCY_RATE;
  const first = performance.now();
  const latencies: number[] = [];
  const inFlight: Promise<void>[] = [];
  let failed = 0;
  for (let k = 0; !done; k++) {
    const due = first + k * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    if (done) break;
    inFlight.push(
      send[k % send.length]!().then((status) => {
        latencies.push(performance.now() - due);
        if (status !== 200) failed += 1;
      }),
    );
  }
  await Promise.all(inFlight);
  return latencyFigures(latencies, failed);
}

/**
 * The Wmo analyst's session after both steps of logging in (password, then the demo app's
 * code): without the second step every analyst request would be refused with 403.
 */
async function analystSession(app: App): Promise<Record<string, string>> {
  const email = 'wmo_analyst@demo.example';
  const sessionCookie = (response: { cookies: { name: string; value: string }[] }) => {
    const cookie = response.cookies.find((c) => c.name === 'samenredzaam_session');
    if (!cookie) throw new Error(`logging in as ${email} gave no session`);
    return `samenredzaam_session=${cookie.value}`;
  };
  const login = await app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  const pending = sessionCookie(login);
  const verified = await app.inject({
    method: 'POST',
    url: '/api/auth/two-factor/verify',
    headers: { cookie: pending, 'x-csrf-token': login.json<{ csrfToken: string }>().csrfToken },
    payload: { code: await usableDemoCode(app, email) },
  });
  if (verified.statusCode !== 200)
    throw new Error(`second login step of ${email}: ${verified.statusCode} ${verified.body}`);
  const headers = { cookie: sessionCookie(verified) };
  const check = await app.inject({ method: 'GET', url: '/api/wmo/imports', headers });
  if (check.statusCode !== 200)
    throw new Error(`the analyst's session is refused: ${check.statusCode} ${check.body}`);
  return headers;
}

async function importLatency(handle: DatabaseHandle) {
  const db = handle.db;
  await migrateDatabase(handle);
  await loadDemo(db);
  const app = await buildApp({
    db,
    databaseKind: handle.kind,
    config: loadConfig({ SAMENREDZAAM_PSEUDONYM_KEY: KEY }),
    webDist: '/nonexistent',
  });
  await app.ready();
  try {
    const headers = await analystSession(app);
    const send = [
      async () => (await app.inject({ method: 'GET', url: '/api/health' })).statusCode,
      async () =>
        (await app.inject({ method: 'GET', url: '/api/wmo/imports', headers })).statusCode,
    ];

    const csv = allocationsCsv(0, LATENCY_RECORDS, validBsns(PERSONS));
    const id = randomUUID();
    const file = path.join(uploadDir, id);
    await writeFile(file, csv);
    const context = { ...systemContext(db, new Date()), actor: await analyst(db) };
    await queueImports(context, {
      uploads: [
        {
          id,
          fileName: 'bench-latency.csv',
          path: file,
          sizeBytes: csv.length,
          sha256: createHash('sha256').update(csv).digest('hex'),
          format: 'csv',
        },
      ],
    });

    // The same requests without an import, for comparison.
    const idle = await ordinaryRequests(send, new Promise((resolve) => setTimeout(resolve, 3000)));
    const loop = monitorEventLoopDelay({ resolution: 10 });
    loop.enable();
    const started = performance.now();
    const importing = app.jobs.kick().then(() => performance.now() - started);
    const during = await ordinaryRequests(send, importing);
    const importMs = Math.round(await importing);
    loop.disable();
    const result = await getImport(context, { importId: id });
    if (result.status !== 'imported') {
      throw new Error(`the latency import was ${result.status}: ${JSON.stringify(result.refused)}`);
    }
    return {
      records: result.recordsImported,
      megabytes: Math.round(csv.length / 1e5) / 10,
      importMs,
      recordsPerSecond: Math.round(result.recordsImported / (importMs / 1000)),
      requestsPerSecond: LATENCY_RATE,
      idle,
      duringImport: during,
      eventLoopDelayMaxMs: Math.round(loop.max / 1e6),
    };
  } finally {
    await app.close();
  }
}

async function onPglite<T>(work: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = await openDatabase({ kind: 'pglite-memory' });
  try {
    return await work(handle);
  } finally {
    await handle.close();
  }
}

async function onPostgres<T>(
  serverUrl: string,
  work: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const name = `bench_df_${process.pid}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  try {
    const handle = await openDatabase({ kind: 'postgresql', url: url.toString() });
    try {
      return await work(handle);
    } finally {
      await handle.close();
    }
  } finally {
    // --keep leaves the database for EXPLAIN ANALYZE by hand (drop it afterwards).
    if (KEEP) console.error(`kept database ${name}`);
    else await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
}

/** The whole benchmark on one engine, or only (d) with --import-latency-only. */
async function benchEngine(on: <T>(work: (handle: DatabaseHandle) => Promise<T>) => Promise<T>) {
  const main = LATENCY_ONLY ? null : await on(benchOn);
  const importLatencyFigures = await on(importLatency);
  return { ...main, importLatency: importLatencyFigures };
}

const withinRatio = (ratio: { firstRun: number; again: number }) =>
  ratio.firstRun <= GOALS.ratioToHandJoin && ratio.again <= GOALS.ratioToHandJoin;

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const uploadDir = await mkdtemp(path.join(os.tmpdir(), 'bench-df-'));
const pglite = ONLY_POSTGRESQL ? null : await benchEngine(onPglite);
const postgresql = serverUrl ? await benchEngine((work) => onPostgres(serverUrl, work)) : null;
await rm(uploadDir, { recursive: true, force: true });
console.log(
  JSON.stringify(
    {
      benchmark: 'double-financing',
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: os.loadavg().map((n) => Math.round(n * 10) / 10),
      pglite,
      postgresql,
      goals: GOALS,
      met: {
        pgliteMatching: pglite?.matching
          ? pglite.matching.firstRunMs <= GOALS.pgliteMatchingMs
          : null,
        pgliteRatio: pglite?.ratio ? withinRatio(pglite.ratio) : null,
        pgliteImportLatency: pglite
          ? pglite.importLatency.duringImport.p99Ms <= GOALS.pgliteImportP99Ms
          : null,
        postgresqlMatching: postgresql?.matching
          ? postgresql.matching.firstRunMs <= GOALS.postgresqlMatchingMs
          : null,
        postgresqlRatio: postgresql?.ratio ? withinRatio(postgresql.ratio) : null,
        postgresqlImportLatency: postgresql
          ? postgresql.importLatency.duringImport.p99Ms <= GOALS.postgresqlImportP99Ms
          : null,
      },
    },
    null,
    2,
  ),
);
