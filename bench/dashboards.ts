/**
 * bench/dashboards: the municipal dashboard and the neighbourhood map over 5,000
 * participants living across the 44 buurten, three years of attendance (about 1.5 million
 * rows, from participants-data.ts) and 500 grants of the 2025 round with their paid terms.
 * Times one dashboard request (the whole dashboard, and narrowed to one organisation) and
 * one map request for 2025, median of 5 after one warm-up, on PGlite in memory, and on
 * PostgreSQL when BENCH_DATABASE_URL or TEST_DATABASE_URL is set (a fresh database on that
 * server, dropped afterwards). Also the map page's JavaScript gzip size from dist/web (run
 * `npm run build` first), and whether Leaflet stays out of the entry chunk. Prints JSON.
 * Run: `npm run bench:dashboards [-- --engine pglite|postgresql]`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { sql, type SQL } from 'drizzle-orm';
import { loadDemo } from '../src/server/demo/load-demo.ts';
import {
  getDashboard,
  getNeighbourhoodMap,
} from '../src/server/features/dashboards/dashboards.service.ts';
import {
  type Database,
  type DatabaseHandle,
  migrateDatabase,
  openDatabase,
} from '../src/server/platform/db/database.ts';
import { onFreshPostgres, seedParticipantYears } from './participants-data.ts';

const NOW = new Date('2026-11-30T11:00:00Z');
const YEAR = 2025;
const GRANTS = 500;
const WARM_UP_RUNS = 1;
const TIMED_RUNS = 5;
const GOALS = { pglite: 2_000, postgresql: 500 };
const MAP_PAGE_BUDGET_GZIP = 250_000;

const median = (values: number[]) =>
  Math.round([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]! * 10) / 10;

async function timed(work: () => Promise<unknown>): Promise<number> {
  for (let run = 0; run < WARM_UP_RUNS; run++) await work();
  const wall: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run++) {
    const started = performance.now();
    await work();
    wall.push(performance.now() - started);
  }
  return median(wall);
}

async function rowsOf<T>(db: Database, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (result as { rows: T[] }).rows;
}

/**
 * Participants live in the 44 buurten (most near their provision); 500 granted applications
 * of the 2025 round spread over the provisions, each with twelve terms of which the first
 * eleven are paid.
 */
async function seedDashboardData(db: Database): Promise<void> {
  await seedParticipantYears(db);
  await db.execute(sql`
    with b as (select code, row_number() over (order by code) - 1 as i from neighbourhoods),
    p as (select id, row_number() over (order by id) as n from participants)
    update participants set neighbourhood_code = b.code
    from p join b on b.i = (p.n * 7) % 44
    where participants.id = p.id`);
  await db.execute(sql`
    with b as (select code, row_number() over (order by code) - 1 as i from neighbourhoods),
    p as (select id, row_number() over (order by name) as n from provisions)
    update provisions set neighbourhood_code = b.code
    from p join b on b.i = (p.n * 5) % 44
    where provisions.id = p.id and provisions.neighbourhood_code is null`);
  const [round] = await rowsOf<{ id: string }>(
    db,
    sql`select id from rounds where year = ${YEAR} limit 1`,
  );
  await db.execute(sql`
    insert into applications (round_id, organisation_id, provision_id, category, status,
      reference, form_definition, content)
    select ${round!.id}::uuid, p.organisation_id, p.id, p.category, 'submitted',
      'AV-DASH-' || lpad(k::text, 6, '0'), '{}'::jsonb, '{}'::jsonb
    from generate_series(1, ${GRANTS}) k
    join (select id, organisation_id, category, row_number() over (order by id) - 1 as i
      from provisions) p on p.i = k % (select count(*) from provisions)`);
  await db.execute(sql`
    with doc as (
      insert into documents (kind, filename, content_type, sha256, data)
      values ('decision', 'bench.pdf', 'application/pdf', 'bench', '\\x00'::bytea) returning id)
    insert into decisions (application_id, reference, outcome, granted_cents, document_id,
      html, issued_at)
    select a.id, 'BS-DASH-' || substr(a.reference, 9), 'granted', 1200000, doc.id, '', now()
    from applications a, doc where a.reference like 'AV-DASH-%'`);
  await db.execute(sql`
    insert into grants (reference, application_id, decision_id, organisation_id, provision_id,
      round_id, category, period_start, period_end, granted_cents, accountability_tier,
      report_due_day, status, schedule_kind, created_at)
    select 'SB-DASH-' || substr(a.reference, 9), a.id, d.id, a.organisation_id, a.provision_id,
      a.round_id, a.category, ${`${YEAR}-01-01`}, ${`${YEAR}-12-31`}, 1200000,
      'activity_report', ${`${YEAR + 1}-04-01`}, 'advanced', 'monthly', now()
    from applications a join decisions d on d.application_id = a.id
    where a.reference like 'AV-DASH-%'`);
  await db.execute(sql`
    insert into grant_terms (grant_id, number, due_day, amount_cents, paid_at)
    select g.id, m, make_date(${YEAR}, m, 1), 100000,
      case when m < 12 then make_date(${YEAR}, m, 1)::timestamptz end
    from grants g cross join generate_series(1, 12) m where g.reference like 'SB-DASH-%'`);
  await db.execute(sql`vacuum analyze`);
}

async function run(handle: DatabaseHandle) {
  const db = handle.db;
  const seedStarted = performance.now();
  await migrateDatabase(handle);
  await loadDemo(db, NOW);
  await seedDashboardData(db);
  const seedMs = Math.round(performance.now() - seedStarted);
  const [data] = await rowsOf<Record<string, number>>(
    db,
    sql`select (select count(*)::int from participants) as participants,
      (select count(*)::int from attendance) as attendance,
      (select count(*)::int from grants) as grants,
      (select count(*)::int from provisions) as provisions`,
  );
  const context = { db, scope: { kind: 'all' } as const, now: NOW };
  const [organisation] = await rowsOf<{ id: string }>(
    db,
    sql`select organisation_id as id from provisions order by name limit 1`,
  );
  const dashboardMs = await timed(() => getDashboard(context, { year: YEAR }));
  const filteredMs = await timed(() =>
    getDashboard(context, { year: YEAR, organisation: organisation!.id }),
  );
  const mapMs = await timed(() => getNeighbourhoodMap(context, { year: YEAR }));
  return { seedMs, data, dashboardMs, dashboardOneOrganisationMs: filteredMs, mapMs };
}

/** The map page's own chunks and what they import statically, gzipped one by one. */
function mapPageSize() {
  const assets = path.resolve(import.meta.dirname, '../dist/web/assets');
  if (!existsSync(assets)) return { error: 'no web build: run `npm run build` first' };
  const files = readdirSync(assets);
  const entry = files.filter((f) => /^index-.*\.js$/.test(f));
  const own = files.filter((f) => /^(neighbourhood-map-page|buurt-map)-.*\.(js|css)$/.test(f));
  const gzip = (file: string) => gzipSync(readFileSync(path.join(assets, file))).length;
  const leafletInEntry = entry.some((f) =>
    readFileSync(path.join(assets, f), 'utf8').includes('leaflet-container'),
  );
  const gzipBytes = own.reduce((sum, f) => sum + gzip(f), 0);
  return {
    files: own.map((f) => ({ file: f, gzipBytes: gzip(f) })),
    gzipBytes,
    budgetGzipBytes: MAP_PAGE_BUDGET_GZIP,
    withinBudget: gzipBytes <= MAP_PAGE_BUDGET_GZIP,
    leafletInEntryChunk: leafletInEntry,
  };
}

const engineArg = process.argv.indexOf('--engine');
const engine = engineArg > 0 ? process.argv[engineArg + 1] : null;
const serverUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
const verdict = (result: Awaited<ReturnType<typeof run>>, goalMs: number) => ({
  ...result,
  goalMs,
  goalMet: Math.max(result.dashboardMs, result.dashboardOneOrganisationMs, result.mapMs) <= goalMs,
});

const results: Record<string, unknown> = {};
if (engine !== 'postgresql') {
  const handle = await openDatabase({ kind: 'pglite-memory' });
  try {
    results['pglite'] = verdict(await run(handle), GOALS.pglite);
  } finally {
    await handle.close();
  }
}
if (engine !== 'pglite' && serverUrl) {
  results['postgresql'] = verdict(
    await onFreshPostgres(serverUrl, `bench_dashboards_${process.pid}`, run),
    GOALS.postgresql,
  );
}
console.log(
  JSON.stringify(
    {
      benchmark: 'dashboards',
      node: process.version,
      cpus: os.cpus().length,
      loadAverage: os.loadavg().map((n) => n.toFixed(2)),
      year: YEAR,
      ...results,
      mapPage: mapPageSize(),
    },
    null,
    2,
  ),
);
