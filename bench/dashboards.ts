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
import { sql } from 'drizzle-orm';
import { loadDemo } from '../src/server/demo/load-demo.ts';
import {
  getDashboard,
  getNeighbourhoodMap,
} from '../src/server/features/dashboards/dashboards.service.ts';
import {
  type DatabaseHandle,
  migrateDatabase,
  openDatabase,
} from '../src/server/platform/db/database.ts';
import { YEAR, rowsOf, seedDashboardData } from './dashboards-data.ts';
import { onFreshPostgres } from './participants-data.ts';

const NOW = new Date('2026-11-30T11:00:00Z');
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
