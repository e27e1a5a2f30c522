/**
 * bench/council-report: the time to make the council report of 2025 over the data of
 * bench/dashboards (5,000 participants across the 44 buurten, three years of attendance,
 * 500 grants), on PGlite in memory: the job from its first step to the stored PDF and XLSX,
 * median of 3 after one warm-up (each run a new version). Also the files' sizes and the PDF's
 * pages. Prints JSON. Run: `npm run bench:council-report`.
 */
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { loadDemo } from '../src/server/demo/load-demo.ts';
import {
  generateCouncilReportJob,
  listReports,
  startReport,
} from '../src/server/features/council-report/council-report.service.ts';
import { migrateDatabase, openDatabase } from '../src/server/platform/db/database.ts';
import { systemContext } from '../src/server/platform/use-case.ts';
import { YEAR, rowsOf, seedDashboardData } from './dashboards-data.ts';

const NOW = new Date('2026-11-30T11:00:00Z');
const WARM_UP_RUNS = 1;
const TIMED_RUNS = 3;

const handle = await openDatabase({ kind: 'pglite-memory' });
try {
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
      (select count(*)::int from grants) as grants`,
  );
  const context = systemContext(db, NOW);
  const job = generateCouncilReportJob({ municipalityNameOverride: undefined });
  const steps: number[] = [];
  const once = async () => {
    const { id } = await startReport(context, { year: YEAR, scenario: 'nota-2018' });
    const started = performance.now();
    await job({
      db,
      params: { reportId: id },
      progress: async (done) => {
        steps[done - 1] = Math.round(performance.now() - started);
      },
      now: () => NOW,
    });
    return performance.now() - started;
  };
  for (let run = 0; run < WARM_UP_RUNS; run++) await once();
  const wall: number[] = [];
  for (let run = 0; run < TIMED_RUNS; run++) wall.push(await once());
  const median = Math.round([...wall].sort((a, b) => a - b)[Math.floor(wall.length / 2)]!);
  const newest = (await listReports(context)).reports[0]!;
  const [sizes] = await rowsOf<{ pdf: number; xlsx: number }>(
    db,
    sql`select (select length(d.data) from documents d where d.id = r.pdf_document_id)::int as pdf,
      (select length(d.data) from documents d where d.id = r.xlsx_document_id)::int as xlsx
      from council_reports r where r.id = ${newest.id}`,
  );
  console.log(
    JSON.stringify(
      {
        benchmark: 'council-report',
        node: process.version,
        cpus: os.cpus().length,
        loadAverage: os.loadavg().map((n) => n.toFixed(2)),
        engine: 'pglite',
        year: YEAR,
        seedMs,
        data,
        generateMs: median,
        runsMs: wall.map(Math.round),
        /** Milliseconds from the start at which each step of the last run was done. */
        stepsDoneAtMs: steps,
        pdfBytes: sizes!.pdf,
        pdfPages: newest.pdfPages,
        xlsxBytes: sizes!.xlsx,
        versions: newest.version,
      },
      null,
      2,
    ),
  );
} finally {
  await handle.close();
}
