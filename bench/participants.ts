/**
 * bench/participants: the participant reports on a municipality with 5,000 participants over
 * 20 provisions and three years of attendance (about 1.5 million rows, generated set-based
 * with generate_series), with measurements and outflow; and saving a full week grid of 30
 * participants. Times the provision report and the municipality report (median of 5 runs
 * after one warm-up) and the week save (median of 5 weeks after one), on PGlite in memory,
 * and also on PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set (a fresh
 * database on that server, dropped afterwards). Prints JSON. Run: `npm run bench:participants`
 * [-- --engine pglite|postgresql] to run on one engine only.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { eq, sql, type SQL } from 'drizzle-orm';
import { addDays } from '../src/domain/dates.ts';
import { loadDemo } from '../src/server/demo/load-demo.ts';
import { saveAttendanceWeek } from '../src/server/features/attendance/attendance.service.ts';
import {
  getMunicipalityReport,
  getProvisionReport,
} from '../src/server/features/participant-reports/participant-reports.service.ts';
import type { Actor, DataScope } from '../src/server/platform/access.ts';
import {
  type Database,
  type DatabaseHandle,
  migrateDatabase,
  openDatabase,
} from '../src/server/platform/db/database.ts';
import { users } from '../src/server/platform/db/schema.ts';
import { onFreshPostgres, seedParticipantYears } from './participants-data.ts';

/** Today for the reports: their default period is the last twelve months. */
const NOW = new Date('2026-11-30T11:00:00Z');
const GRID_PARTICIPANTS = 30;
const WARM_UP_RUNS = 1;
const TIMED_RUNS = 5;
const SUGGESTED_INDEX = { name: 'attendance_day_idx', columns: 'day, provision_id, day_part' };
const GOALS = {
  pglite: { reportMs: 2_000, saveWeekMs: 100 },
  postgresql: { reportMs: 500, saveWeekMs: 100 },
};

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.floor(sorted.length / 2)]! * 10) / 10;
};

/**
 * Median wall-clock time, and median CPU time of this process: on PGlite that includes the
 * database's work, so it shows the cost apart from other load on the machine.
 */
async function timed(
  work: (run: number) => Promise<unknown>,
): Promise<{ ms: number; nodeCpuMs: number }> {
  for (let run = 0; run < WARM_UP_RUNS; run++) await work(run);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = WARM_UP_RUNS; run < WARM_UP_RUNS + TIMED_RUNS; run++) {
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    await work(run);
    const used = process.cpuUsage(cpuStarted);
    wall.push(performance.now() - started);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(wall), nodeCpuMs: median(cpu) };
}

/** Both drivers answer `execute` with `{ rows }`. */
async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

const count = async (db: Database, table: string) =>
  (await rowsOf<{ n: number }>(db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

/**
 * The municipality of participants-data.ts, plus one provision with the 30 participants of
 * the week grid.
 */
async function seed(db: Database): Promise<{ reportProvisionId: string; gridProvisionId: string }> {
  const opening = await seedParticipantYears(db);
  const [report] = await rowsOf<{ id: string }>(
    db,
    sql`select id from provisions where name = 'Huiskamer De Lindeboom'`,
  );
  const reportProvisionId = report!.id;

  const [grid] = await rowsOf<{ id: string }>(
    db,
    sql`
      insert into provisions (organisation_id, name, category, opening_day_parts)
      select organisation_id, 'Weekrooster', 'living_room', ${opening}::jsonb
      from provisions where id = ${reportProvisionId}::uuid
      returning id`,
  );
  const gridProvisionId = grid!.id;
  await db.execute(sql`
    insert into participants (provision_id, display_name, start_date, client_route)
    select ${gridProvisionId}::uuid, 'Roosterdeelnemer ' || n, date '2026-01-05', 'self'
    from generate_series(1, ${GRID_PARTICIPANTS}) n`);
  await db.execute(sql`
    insert into participant_consents (participant_id, scope, given_on, method)
    select id, 'registration', start_date, 'written' from participants
    where provision_id = ${gridProvisionId}::uuid`);
  await db.execute(sql`vacuum analyze`);
  return { reportProvisionId, gridProvisionId };
}

/** The full grid of a week: every participant on every open day part, and anonymous counts. */
async function weekBody(db: Database, provisionId: string, monday: string) {
  const ids = (
    await rowsOf<{ id: string }>(
      db,
      sql`select id from participants where provision_id = ${provisionId}::uuid order by id`,
    )
  ).map((r) => r.id);
  const cells = [0, 2, 4].flatMap((n) =>
    (['morning', 'afternoon'] as const).map((dayPart) => ({ day: addDays(monday, n), dayPart })),
  );
  return {
    weekStart: monday,
    present: ids.flatMap((participantId) => cells.map((c) => ({ participantId, ...c }))),
    anonymous: cells.map((c) => ({ ...c, count: 3 })),
  };
}

async function run(handle: DatabaseHandle) {
  const db = handle.db;
  const seedStarted = performance.now();
  await migrateDatabase(handle);
  await loadDemo(db, NOW);
  const { reportProvisionId, gridProvisionId } = await seed(db);
  const seedMs = Math.round(performance.now() - seedStarted);
  const data = {
    provisions: await count(db, 'provisions'),
    participants: await count(db, 'participants'),
    attendance: await count(db, 'attendance'),
    anonymousAttendance: await count(db, 'anonymous_attendance'),
    measurements: await count(db, 'measurements'),
    outflows: await count(db, 'participant_outflows'),
  };

  const all: DataScope = { kind: 'all' };
  const reports = async () => ({
    provisionReport: await timed(() =>
      getProvisionReport(
        { db, scope: all, now: NOW },
        { provisionId: reportProvisionId, query: {} },
      ),
    ),
    municipalityReport: await timed(() => getMunicipalityReport({ db, scope: all, now: NOW }, {})),
  });
  // The schema's index for the municipality's report (the period's attendance of all
  // provisions in the order the report groups it, read from the index alone), measured
  // without and with it to show what it brings.
  await db.execute(sql.raw(`drop index ${SUGGESTED_INDEX.name}`));
  await db.execute(sql`analyze attendance`);
  const withoutSuggestedIndex = await reports();
  await db.execute(
    sql.raw(`create index ${SUGGESTED_INDEX.name} on attendance (${SUGGESTED_INDEX.columns})`),
  );
  await db.execute(sql`vacuum analyze attendance`);
  const withSuggestedIndex = await reports();

  const [coordinator] = await db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(eq(users.email, 'coordinator@demo.example'));
  const actor: Actor = {
    kind: 'user',
    userId: coordinator!.id,
    email: coordinator!.email,
    roles: ['coordinator'],
    organisationIds: [],
    provisionIds: [gridProvisionId],
  };
  const scope: DataScope = { kind: 'provisions', provisionIds: [gridProvisionId] };
  // A different, empty week each run: filling in a whole week from scratch.
  const mondays = [
    '2026-09-07',
    '2026-09-14',
    '2026-09-21',
    '2026-09-28',
    '2026-10-05',
    '2026-10-12',
  ];
  const bodies = await Promise.all(mondays.map((m) => weekBody(db, gridProvisionId, m)));
  const saveWeek = await timed((i) =>
    saveAttendanceWeek({ db, actor, scope }, { provisionId: gridProvisionId, body: bodies[i]! }),
  );
  return {
    seedMs,
    data,
    gridCells: bodies[0]!.present.length,
    provisionReportMs: withSuggestedIndex.provisionReport.ms,
    municipalityReportMs: withSuggestedIndex.municipalityReport.ms,
    saveWeekMs: saveWeek.ms,
    nodeCpuMs: {
      provisionReport: withSuggestedIndex.provisionReport.nodeCpuMs,
      municipalityReport: withSuggestedIndex.municipalityReport.nodeCpuMs,
      saveWeek: saveWeek.nodeCpuMs,
    },
    withoutSuggestedIndex: {
      provisionReportMs: withoutSuggestedIndex.provisionReport.ms,
      municipalityReportMs: withoutSuggestedIndex.municipalityReport.ms,
      nodeCpuMs: {
        provisionReport: withoutSuggestedIndex.provisionReport.nodeCpuMs,
        municipalityReport: withoutSuggestedIndex.municipalityReport.nodeCpuMs,
      },
    },
  };
}

async function onPglite() {
  const handle = await openDatabase({ kind: 'pglite-memory' });
  try {
    return await run(handle);
  } finally {
    await handle.close();
  }
}

async function onPostgres(serverUrl: string) {
  return onFreshPostgres(serverUrl, `bench_participants_${process.pid}`, run);
}

function verdict(
  result: Awaited<ReturnType<typeof run>>,
  goals: { reportMs: number; saveWeekMs: number },
) {
  return {
    ...result,
    goals: {
      provisionReportMs: goals.reportMs,
      municipalityReportMs: goals.reportMs,
      saveWeekMs: goals.saveWeekMs,
    },
    goalsMet:
      result.provisionReportMs <= goals.reportMs &&
      result.municipalityReportMs <= goals.reportMs &&
      result.saveWeekMs <= goals.saveWeekMs,
  };
}

const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const engineArg = process.argv.indexOf('--engine');
const only = engineArg > 0 ? process.argv[engineArg + 1] : undefined;
const pglite =
  only === 'postgresql' ? 'skipped: --engine postgresql' : verdict(await onPglite(), GOALS.pglite);
const postgresql =
  only === 'pglite'
    ? 'skipped: --engine pglite'
    : serverUrl
      ? verdict(await onPostgres(serverUrl), GOALS.postgresql)
      : 'skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a PostgreSQL server';
console.log(
  JSON.stringify(
    {
      benchmark: 'participants',
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: os.loadavg().map((l) => Math.round(l * 10) / 10),
      runs: { warmUp: WARM_UP_RUNS, timed: TIMED_RUNS, figure: 'median' },
      suggestedIndex: `${SUGGESTED_INDEX.name} on attendance (${SUGGESTED_INDEX.columns})`,
      pglite,
      postgresql,
    },
    null,
    2,
  ),
);
