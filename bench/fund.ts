/**
 * bench/fund: the balances and the balance series of the Sociaal Investeringsfonds over
 * 100,000 bookings on an embedded database (docs/rules/fund-ledger.md: balances are never
 * stored, always folded from the bookings), and the data of the council report (bookings per
 * year and kind, initiatives per priority and neighbourhood) and of the public fund page.
 * Goal: each ≤ 100 ms. Prints JSON; the report's PDF and XLSX rendering are timed beside it.
 * Run: `npm run bench:fund [-- --bookings 100000]`.
 */
import { sql } from 'drizzle-orm';
import { seriesOf } from '../src/domain/fund/ledger.ts';
import { loadDemo } from '../src/server/demo/load-demo.ts';
import { findFund, totalsPerDay } from '../src/server/features/fund/fund.repository.ts';
import {
  councilReportData,
  councilReportPdf,
  councilReportXlsx,
} from '../src/server/features/fund/fund-report.ts';
import { balances } from '../src/server/features/fund/fund.service.ts';
import { publicFund } from '../src/server/features/fund-public/fund-public.service.ts';
import { renderPdf } from '../src/server/platform/documents.ts';
import { migrateDatabase, openDatabase } from '../src/server/platform/db/database.ts';

const i = process.argv.indexOf('--bookings');
const BOOKINGS = i > 0 ? Number(process.argv[i + 1]) : 100_000;
const GOAL_MS = 100;

const handle = await openDatabase({ kind: 'pglite-memory' });
await migrateDatabase(handle);
await loadDemo(handle.db, new Date('2027-01-04T09:00:00Z'));
const db = handle.db;
const fund = (await findFund(db))!;

// Every ten bookings over about three years, one every 15 minutes: a deposit of € 10,000,
// four commitments of € 1,000, three payments of € 500, a release of € 100 and a reclaim of
// € 50. Valid all along: the free balance stays positive and payments within commitments.
await db.execute(sql`
  insert into fund_bookings (fund_id, kind, amount_cents, source_year, description, grant_id,
    booked_at, approved_at, counts_on)
  select ${fund.id}::uuid, k.kind, k.cents,
    case when k.kind = 'deposit' then 2024 end,
    case when k.kind = 'deposit' then 'Bench' end,
    case when k.kind in ('commitment', 'release', 'payment', 'reclaim_received')
      then (select id from grants order by reference limit 1) end,
    m.at, m.at, (m.at at time zone 'Europe/Amsterdam')::date
  from generate_series(1, ${BOOKINGS}) n
  cross join lateral (select timestamptz '2024-01-01 08:00+01' + n * interval '15 minutes' as at) m
  cross join lateral (select
    (array['deposit','commitment','commitment','commitment','commitment','payment','payment',
           'payment','release','reclaim_received'])[1 + n % 10] as kind,
    (array[1000000, 100000, 100000, 100000, 100000, 50000, 50000, 50000, 10000, 5000])[1 + n % 10]
      as cents) k`);
await db.execute(sql`analyze fund_bookings`);

async function time<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  await work(); // warm
  const times: number[] = [];
  let result!: T;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    result = await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round(times[2]! * 10) / 10, result };
}

const balance = await time(() => balances(db, fund.id));
const series = await time(async () => seriesOf(await totalsPerDay(db, fund.id)));
const report = await time(() => councilReportData(db, new Date('2027-01-04T09:00:00Z')));
const publicPage = await time(() => publicFund({ db }));
const pdf = await time(() => renderPdf(councilReportPdf(report.result)));
const xlsx = await time(() => councilReportXlsx(report.result));
const [count] = (
  (await db.execute(sql`select count(*)::int as n from fund_bookings`)) as {
    rows: { n: number }[];
  }
).rows;
console.log(
  JSON.stringify({
    bookings: Number(count!.n),
    balanceMs: balance.ms,
    seriesMs: series.ms,
    seriesDays: series.result.length,
    reportDataMs: report.ms,
    reportBookingLines: report.result.bookings.length,
    publicFundMs: publicPage.ms,
    publicFundMonths: publicPage.result.months.length,
    reportPdfMs: pdf.ms,
    reportXlsxMs: xlsx.ms,
    freeCents: balance.result.freeCents,
    goalMs: GOAL_MS,
  }),
);
await handle.close();
