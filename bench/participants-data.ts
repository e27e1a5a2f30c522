/**
 * The data of bench/participants, shared with bench/dashboards: a municipality of 5,000
 * participants over 20 provisions with three years of attendance (about 1.5 million rows),
 * generated set-based with generate_series; and a fresh PostgreSQL database to run on.
 */
import { sql } from 'drizzle-orm';
import pg from 'pg';
import {
  type Database,
  type DatabaseHandle,
  openDatabase,
} from '../src/server/platform/db/database.ts';

export const PARTICIPANTS = 5_000;
export const PROVISIONS = 20;
export const FIRST_DAY = '2023-12-01';
export const LAST_DAY = '2026-11-30';

/**
 * 14 provisions beside the demo's 6, all open on monday, wednesday and friday mornings and
 * afternoons; participants starting over three years (2 in 5 leave after 3 months to 2
 * years), present on about three quarters of the open day parts of their participation;
 * anonymous counts; a measurement by the participant every 4 months and by the coordinator
 * every year; an outflow for everyone who left. Returns the opening day parts (JSON).
 */
export async function seedParticipantYears(db: Database): Promise<string> {
  const opening = JSON.stringify({
    monday: ['morning', 'afternoon'],
    wednesday: ['morning', 'afternoon'],
    friday: ['morning', 'afternoon'],
  });
  await db.execute(sql`
    insert into provisions (organisation_id, name, category, opening_day_parts)
    select o.id, 'Voorziening ' || n,
      (array['living_room','day_activities','information_advice','services'])[1 + n % 4],
      ${opening}::jsonb
    from generate_series(7, ${PROVISIONS}) n
    join (select id, row_number() over (order by name) as i from organisations) o
      on o.i = 1 + n % 4`);
  await db.execute(sql`update provisions set opening_day_parts = ${opening}::jsonb`);
  await db.execute(sql`
    insert into participants (provision_id, display_name, birth_year, start_date, end_date, client_route)
    select p.id, 'Deelnemer ' || n, 1940 + n % 60,
      ${FIRST_DAY}::date + (n * 7919) % 1000,
      case when n % 5 < 2
        then least(${FIRST_DAY}::date + (n * 7919) % 1000 + 90 + (n * 31) % 630, ${LAST_DAY}::date)
      end,
      (array['self','social_team','social_services','other_organisation'])[1 + n % 4]
    from generate_series(0, ${PARTICIPANTS - 1}) n
    join (select id, row_number() over (order by id) - 1 as i from provisions) p
      on p.i = n % ${PROVISIONS}`);
  await db.execute(sql`
    insert into participant_consents (participant_id, scope, given_on, method)
    select id, 'registration', start_date, 'written' from participants`);
  await db.execute(sql`
    insert into attendance (participant_id, provision_id, day, day_part)
    select p.id, p.provision_id, d::date, dp.part
    from participants p
    cross join lateral generate_series(p.start_date, coalesce(p.end_date, ${LAST_DAY}::date), interval '1 day') d
    cross join (values ('morning', 0), ('afternoon', 1)) dp(part, k)
    where extract(isodow from d) in (1, 3, 5)
      and (extract(doy from d)::int * 13 + dp.k * 7 + p.birth_year * 17) % 100 < 74`);
  await db.execute(sql`
    insert into anonymous_attendance (provision_id, day, day_part, count)
    select p.id, d::date, dp, (extract(doy from d)::int + length(p.name)) % 6
    from provisions p
    cross join generate_series(${FIRST_DAY}::date, ${LAST_DAY}::date, interval '1 day') d
    cross join unnest(array['morning','afternoon']) dp
    where extract(isodow from d) in (1, 3, 5)`);
  await db.execute(sql`
    insert into measurements (participant_id, provision_id, respondent, measured_on,
      bodily_functions, mental_wellbeing, meaning, quality_of_life, participation,
      daily_functioning, satisfaction)
    select p.id, p.provision_id, r.respondent, g.d::date,
      least(10, 3 + p.birth_year % 4 + g.i::int), least(10, 4 + p.birth_year % 3 + g.i::int / 2),
      least(10, 5 + g.i::int / 2), least(10, 4 + p.birth_year % 5), least(10, 2 + g.i::int),
      least(10, 5 + p.birth_year % 2 + g.i::int / 3),
      case when r.respondent = 'participant' then 5 + (p.birth_year + g.i::int) % 6 end
    from participants p
    cross join (values ('participant', 120), ('coordinator', 365)) r(respondent, every)
    cross join lateral generate_series(p.start_date, coalesce(p.end_date, ${LAST_DAY}::date),
      make_interval(days => r.every)) with ordinality g(d, i)`);
  await db.execute(sql`
    insert into participant_outflows (participant_id, provision_id, kind, on_date)
    select id, provision_id,
      (array['paid_work','education','volunteer_work','other_provision','maatwerk','stopped','moved'])[1 + birth_year % 7],
      end_date
    from participants where end_date is not null`);
  return opening;
}

/** Runs `work` on a new database on the PostgreSQL server, dropped afterwards. */
export async function onFreshPostgres<T>(
  serverUrl: string,
  name: string,
  work: (handle: DatabaseHandle) => Promise<T>,
): Promise<T> {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ kind: 'postgresql', url: url.toString() });
  try {
    return await work(handle);
  } finally {
    await handle.close();
    const again = new pg.Client({ connectionString: serverUrl });
    await again.connect();
    await again.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await again.end();
  }
}
