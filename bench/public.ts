/**
 * bench/public: the public social map on an embedded database with 1,000 provisions.
 * - search page: p95 over 50 concurrent visitors for 10 seconds, each loading the map with a
 *   filter (a buurt, a day part, a feature), reading it for about a second (--think-ms, ± 25 %),
 *   and searching again; goal p95 ≤ 50 ms. With --think-ms 0 the visitors hammer the server
 *   back to back, which measures its throughput instead (requestsPerSecond);
 * - page weight: the search page and a provision page, HTML with its inline CSS (the public
 *   pages load no JavaScript and no other files), gzip, with and without the map; goal
 *   ≤ 100 kB without the map.
 * Prints JSON. Run: `npm run bench:public [-- --seconds 10 --visitors 50 --think-ms 1000]`.
 */
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { buildApp } from '../src/server/app.ts';
import { loadDemo } from '../src/server/demo/load-demo.ts';
import { loadConfig } from '../src/server/platform/config.ts';
import { migrateDatabase, openDatabase } from '../src/server/platform/db/database.ts';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const SECONDS = arg('seconds', 10);
const VISITORS = arg('visitors', 50);
const THINK_MS = arg('think-ms', 1000);
const PROVISIONS = 1000;
const GOAL_P95_MS = 50;
const GOAL_WEIGHT_BYTES = 100_000;

const handle = await openDatabase({ kind: 'pglite-memory' });
await migrateDatabase(handle);
await loadDemo(handle.db, new Date('2027-01-04T09:00:00Z'), { year: false });
// 1,000 provisions spread over the buurten, organisations, categories, day parts and features.
await handle.db.execute(sql`
  insert into provisions (organisation_id, name, category, street, postcode, neighbourhood_code,
    opening_day_parts, target_groups, accessibility_features, public_description)
  select o.id, 'Voorziening ' || n, (array['living_room','day_activities','information_advice','services'])[1 + n % 4],
    'Straat ' || n, '6211 AB', b.code,
    jsonb_build_object((array['monday','tuesday','wednesday','thursday','friday'])[1 + n % 5],
      (array['["morning"]','["afternoon"]','["evening"]','["morning","afternoon"]'])[1 + n % 4]::jsonb),
    (array['["ouderen"]','["mantelzorgers"]','["alle inwoners"]'])[1 + n % 3]::jsonb,
    (array['[]','["wheelchair"]','["wheelchair","hearing_loop"]'])[1 + n % 3]::jsonb,
    'Een voorziening voor de buurt, nummer ' || n
  from generate_series(1, ${PROVISIONS - 6}) n
  cross join lateral (select id from organisations order by id offset (n % 6) limit 1) o
  cross join lateral (select code from neighbourhoods order by code offset (n % 44) limit 1) b`);

const app = await buildApp({
  db: handle.db,
  databaseKind: handle.kind,
  config: loadConfig({ SAMENREDZAAM_PSEUDONYM_KEY: 'bench-pseudonym-key-0123456789abcdef' }),
  webDist: '/nonexistent',
});
await app.listen({ port: 0, host: '127.0.0.1' });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;

const buurten = (
  (await handle.db.execute(sql`select code from neighbourhoods order by code`)) as {
    rows: { code: string }[];
  }
).rows.map((r) => r.code);
const searches = buurten.flatMap((buurt) =>
  ['', 'evening', 'morning'].map(
    (dayPart, i) =>
      `/voorzieningen?buurt=${buurt}&dayPart=${dayPart}${i === 2 ? '&access=wheelchair' : ''}`,
  ),
);
searches.push('/voorzieningen', '/voorzieningen?q=buurt&page=3');

const fetchText = async (url: string) => {
  const response = await fetch(`${base}${url}`);
  const text = await response.text();
  if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
  return text;
};
for (const url of searches.slice(0, 5)) await fetchText(url); // warm

const latencies: number[] = [];
let errors = 0;
let next = 0;
const until = performance.now() + SECONDS * 1000;
await Promise.all(
  Array.from({ length: VISITORS }, async () => {
    // Visitors arrive spread over one think time, not all in the same millisecond.
    await new Promise((r) => setTimeout(r, Math.random() * THINK_MS));
    while (performance.now() < until) {
      const url = searches[next++ % searches.length]!;
      const started = performance.now();
      try {
        await fetchText(url);
        latencies.push(performance.now() - started);
      } catch {
        errors++;
      }
      if (THINK_MS > 0)
        await new Promise((r) => setTimeout(r, THINK_MS * (0.75 + Math.random() / 2)));
    }
  }),
);
latencies.sort((a, b) => a - b);
const at = (q: number) =>
  Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))]! * 10) /
  10;

const withoutMap = (page: string) => page.replace(/<figure>[\s\S]*?<\/figure>/g, '');
const gz = (text: string) => gzipSync(Buffer.from(text)).length;
const searchPage = await fetchText('/voorzieningen');
const provisionId = /href="\/voorzieningen\/([0-9a-f-]{36})"/.exec(searchPage)![1]!;
const provisionPage = await fetchText(`/voorzieningen/${provisionId}`);
const weight = {
  searchPageGzipBytes: gz(searchPage),
  searchPageWithoutMapGzipBytes: gz(withoutMap(searchPage)),
  provisionPageGzipBytes: gz(provisionPage),
  provisionPageWithoutMapGzipBytes: gz(withoutMap(provisionPage)),
  scriptBytes: 0,
};

await app.close();
await handle.close();

const p95 = at(0.95);
console.log(
  JSON.stringify(
    {
      provisions: PROVISIONS,
      visitors: VISITORS,
      thinkMs: THINK_MS,
      seconds: SECONDS,
      requests: latencies.length,
      errors,
      requestsPerSecond: Math.round(latencies.length / SECONDS),
      searchMs: { p50: at(0.5), p95, p99: at(0.99), max: at(1) },
      goalP95Ms: GOAL_P95_MS,
      weight,
      goalWeightBytes: GOAL_WEIGHT_BYTES,
      met:
        p95 <= GOAL_P95_MS &&
        errors === 0 &&
        weight.searchPageWithoutMapGzipBytes <= GOAL_WEIGHT_BYTES &&
        weight.provisionPageWithoutMapGzipBytes <= GOAL_WEIGHT_BYTES,
    },
    null,
    2,
  ),
);
