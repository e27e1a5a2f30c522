/**
 * bench/payments: a payment run of 5,000 grants × 12 monthly terms (60,000 payments) on an
 * embedded database: prepare (select the due terms), approve, and export (the SEPA
 * pain.001.001.09 file and the ledger as CSV and XLSX, terms paid, grants advanced); prints
 * the times.
 * Run: `npm run bench:payments [-- --grants 5000]`.
 */
import os from 'node:os';
import { and, eq, sql } from 'drizzle-orm';
import { loadDemo } from '../src/server/demo/load-demo.ts';
import {
  approveRun,
  exportRun,
  prepareRun,
} from '../src/server/features/payments/payments.service.ts';
import type { Actor } from '../src/server/platform/access.ts';
import { migrateDatabase, openDatabase } from '../src/server/platform/db/database.ts';
import { paymentRuns, rounds, users } from '../src/server/platform/db/schema.ts';

const i = process.argv.indexOf('--grants');
const GRANTS = i > 0 ? Number(process.argv[i + 1]) : 5000;
const PER_ORGANISATION = 10;
const ORGANISATIONS = Math.ceil(GRANTS / PER_ORGANISATION);

const handle = await openDatabase({ kind: 'pglite-memory' });
await migrateDatabase(handle);
const now = new Date('2027-01-04T09:00:00Z');
await loadDemo(handle.db, now);
const db = handle.db;

// The grants of a round of 2026, made in bulk: organisations with valid IBANs, one provision
// each, ten granted applications per organisation, € 12,000 each in twelve terms of € 1,000.
const [round] = await db
  .select({ id: rounds.id })
  .from(rounds)
  .where(and(eq(rounds.year, 2026), eq(rounds.rolling, false)));
await db.execute(sql`
  insert into organisations (name, iban)
  select 'Stichting Bench ' || n,
    (array['NL85INGB0001234561','NL39RABO0123456782','NL91ABNA0417164300',
           'NL39TRIO0198765431','NL61SNSB0987654321'])[1 + n % 5]
  from generate_series(1, ${ORGANISATIONS}) n`);
await db.execute(sql`
  insert into provisions (organisation_id, name, category)
  select id, name || ' huiskamer', 'living_room' from organisations where name like 'Stichting Bench %'`);
await db.execute(sql`
  insert into applications (round_id, organisation_id, provision_id, category, status, reference,
    form_definition, content)
  select ${round!.id}::uuid, p.organisation_id, p.id, 'living_room', 'submitted',
    'AV-BENCH-' || lpad((row_number() over ())::text, 6, '0'), '{}'::jsonb, '{}'::jsonb
  from provisions p cross join generate_series(1, ${PER_ORGANISATION}) k
  where p.name like 'Stichting Bench %'
  limit ${GRANTS}`);
await db.execute(sql`
  with doc as (
    insert into documents (kind, filename, content_type, sha256, data)
    values ('decision', 'bench.pdf', 'application/pdf', 'bench', '\\x00'::bytea) returning id)
  insert into decisions (application_id, reference, outcome, granted_cents, document_id, html, issued_at)
  select a.id, 'BS-BENCH-' || substr(a.reference, 10), 'granted', 1200000, doc.id, '', now()
  from applications a, doc where a.reference like 'AV-BENCH-%'`);
await db.execute(sql`
  insert into grants (reference, application_id, decision_id, organisation_id, provision_id,
    round_id, category, period_start, period_end, granted_cents, accountability_tier,
    report_due_day, status, schedule_kind, created_at)
  select 'SB-BENCH-' || substr(a.reference, 10), a.id, d.id, a.organisation_id, a.provision_id,
    a.round_id, 'living_room', '2026-01-01', '2026-12-31', 1200000, 'activity_report',
    '2027-04-01', 'granted', 'monthly', now()
  from applications a join decisions d on d.application_id = a.id
  where a.reference like 'AV-BENCH-%'`);
await db.execute(sql`
  insert into grant_terms (grant_id, number, due_day, amount_cents)
  select g.id, m, make_date(2026, m, 1), 100000
  from grants g cross join generate_series(1, 12) m where g.reference like 'SB-BENCH-%'`);
await db.execute(sql`analyze`);

async function actor(email: string): Promise<Actor> {
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  return {
    kind: 'user',
    userId: user!.id,
    email,
    roles: ['finance'],
    organisationIds: [],
    provisionIds: [],
  };
}
const context = async (email: string, moment: Date) => ({
  db,
  actor: await actor(email),
  scope: { kind: 'all' } as const,
  now: moment,
});
const preparer = await context('finance@demo.example', now);
const approver = await context('finance2@demo.example', new Date(now.getTime() + 60_000));

const t0 = performance.now();
const run = await prepareRun(preparer, { upToDay: '2026-12-31' });
const t1 = performance.now();
await approveRun(approver, { runId: run.id });
const t2 = performance.now();
const exported = await exportRun(approver, { runId: run.id });
const t3 = performance.now();
const [files] = await db
  .select({
    xml: sql<number>`length(${paymentRuns.sepaXml})`,
    csv: sql<number>`length(${paymentRuns.ledgerCsv})`,
    xlsx: sql<number>`length(${paymentRuns.ledgerXlsx})`,
    excluded: sql<number>`jsonb_array_length(${paymentRuns.excluded})`,
  })
  .from(paymentRuns)
  .where(eq(paymentRuns.id, run.id));
await handle.close();
console.log(
  JSON.stringify(
    {
      benchmark: 'payments',
      node: process.version,
      cpus: os.cpus().length,
      grants: GRANTS,
      termsPerGrant: 12,
      payments: exported.count,
      totalCents: exported.totalCents,
      excludedGrants: Number(files!.excluded),
      prepareMs: Math.round(t1 - t0),
      approveMs: Math.round(t2 - t1),
      exportMs: Math.round(t3 - t2),
      totalMs: Math.round(t3 - t0),
      sepaXmlChars: Number(files!.xml),
      ledgerCsvChars: Number(files!.csv),
      ledgerXlsxBytes: Number(files!.xlsx),
      goalMs: 2000,
    },
    null,
    2,
  ),
);
