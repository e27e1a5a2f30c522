/**
 * bench/rendement: the business cases (docs/rules/rendement.md) over the demo with 5,000
 * participants spread over three years and the demo's provisions, half of them through the
 * social team or Sociale Zaken, 3,000 with a pseudonym, 40,000 current Wmo allocations (one in
 * ten participants matched) and 1,000 outflows, on an embedded database. Goal: each request
 * ≤ 1 s on PGlite. Prints JSON. Run: `npm run bench:rendement [-- --participants 5000]`.
 */
import { sql } from 'drizzle-orm';
import { loadDemo } from '../src/server/demo/load-demo.ts';
import { getBusinessCases } from '../src/server/features/rendement/rendement.service.ts';
import { migrateDatabase, openDatabase } from '../src/server/platform/db/database.ts';

const i = process.argv.indexOf('--participants');
const PARTICIPANTS = i > 0 ? Number(process.argv[i + 1]) : 5_000;
const ALLOCATIONS = 40_000;
const GOAL_MS = 1_000;
const now = new Date('2026-11-30T09:00:00Z');

const handle = await openDatabase({ kind: 'pglite-memory' });
await migrateDatabase(handle);
await loadDemo(handle.db, now);
const db = handle.db;

await db.execute(sql`
  insert into participants (provision_id, display_name, start_date, end_date, client_route,
    bsn_pseudonym)
  select pr.id, 'Bench ' || n, date '2024-01-01' + (n * 7 % 1000),
    case when n % 5 = 0 then date '2024-01-01' + (n * 7 % 1000) + 120 end,
    (array['self', 'social_team', 'social_services', 'other_organisation'])[1 + n % 4],
    case when n % 5 < 3 then 'bench-' || n end
  from generate_series(1, ${PARTICIPANTS}) n
  cross join lateral (
    select id from provisions order by id offset (n % (select count(*) from provisions)) limit 1
  ) pr`);
const [{ id: importId }] = (
  (await db.execute(sql`
    insert into wmo_imports (format, file_name, sha256, size_bytes, status)
    values ('csv', 'bench.csv', 'bench', 0, 'done') returning id`)) as { rows: { id: string }[] }
).rows as [{ id: string }];
await db.execute(sql`
  insert into wmo_allocations (import_id, person_pseudonym, provider_agb, allocation_number,
    category, start_date, version_at, current)
  select ${importId}::uuid,
    case when n % 40 = 0 then 'bench-' || (n / 40) else 'other-' || n end,
    '12345678', 'B' || n, '07', date '2023-06-01' + (n % 1200), now(), true
  from generate_series(1, ${ALLOCATIONS}) n`);
await db.execute(sql`
  insert into participant_outflows (participant_id, provision_id, kind, on_date)
  select id, provision_id, 'work', end_date from participants where end_date is not null
  limit 1000`);
await db.execute(sql`analyze`);

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

const context = { db, now };
const perProvision = await time(() => getBusinessCases(context, { groupBy: 'provision' }));
const perYear = await time(() => getBusinessCases(context, { groupBy: 'year', year: 2025 }));
console.log(
  JSON.stringify({
    participants: PARTICIPANTS,
    allocations: ALLOCATIONS,
    perProvisionAllYearsMs: perProvision.ms,
    rows: perProvision.result.rows.length,
    perYearOneYearMs: perYear.ms,
    totalCounted: perProvision.result.total.counted,
    goalMs: GOAL_MS,
  }),
);
await handle.close();
