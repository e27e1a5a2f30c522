/**
 * The matching of the check on files (check-files.ts) as set-based SQL: participants and Wmo
 * allocations are loaded into temporary tables in bulk, and one query finds every
 * participant period that shares at least one day with an allocation period of the same
 * (pseudonymised) person, for participants with consent and allocations in scope. The
 * period rule is that of `domain/periods.ts` (inclusive ends, an empty end is open); a
 * test holds the two to the same answers.
 *
 * The tables are TEMP tables dropped at commit, inside one transaction: they live on the
 * transaction's own connection, so this works on PGlite and on a PostgreSQL pool alike,
 * and nothing of it stays behind in the database.
 */
import { sql } from 'drizzle-orm';
import type { Queryable } from '../../../platform/db/database.ts';
import { type Counts, rowsOf, type Scope, type Signal } from '../match-signals.ts';
import {
  allocationInScope,
  overlapEnd,
  overlapStart,
  periodsOverlap,
  type PeriodColumns,
} from './matching.repository.ts';
import type { AllocationRecord, ParticipantRecord } from '../imports/records.ts';

const participant: PeriodColumns = { start: sql`p.start_date`, end: sql`p.end_date` };
const allocation: PeriodColumns = { start: sql`a.start_date`, end: sql`a.end_date` };

/** Rows per INSERT: one statement per chunk, never one per row. */
const CHUNK = 5000;

export async function matchSignals(
  db: Queryable,
  participants: ParticipantRecord[],
  allocations: AllocationRecord[],
  scope: Scope,
): Promise<{ signals: Signal[]; counts: Counts }> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`
      CREATE TEMP TABLE df_participant (
        provision text NOT NULL,
        person text,
        consent boolean NOT NULL,
        start_date date NOT NULL,
        end_date date
      ) ON COMMIT DROP`);
    await tx.execute(sql`
      CREATE TEMP TABLE df_allocation (
        person text,
        provider_agb text NOT NULL,
        allocation_number text NOT NULL,
        category text,
        product text,
        start_date date NOT NULL,
        end_date date
      ) ON COMMIT DROP`);

    for (let i = 0; i < participants.length; i += CHUNK) {
      const rows = participants.slice(i, i + CHUNK);
      await tx.execute(sql`
        INSERT INTO df_participant (provision, person, consent, start_date, end_date)
        SELECT r.provision, r.person, r.consent, r."start", r."end"
        FROM json_to_recordset(${JSON.stringify(rows)}::json)
          AS r(provision text, person text, consent boolean, "start" date, "end" date)`);
    }
    for (let i = 0; i < allocations.length; i += CHUNK) {
      const rows = allocations.slice(i, i + CHUNK);
      await tx.execute(sql`
        INSERT INTO df_allocation
          (person, provider_agb, allocation_number, category, product, start_date, end_date)
        SELECT r.person, r."providerAgb", r."allocationNumber", r.category, r.product,
               r."start", r."end"
        FROM json_to_recordset(${JSON.stringify(rows)}::json)
          AS r(person text, "providerAgb" text, "allocationNumber" text, category text,
               product text, "start" date, "end" date)`);
    }

    const inScope = allocationInScope(sql`a.category`, sql`a.product`, {
      categories: scope.categories,
      productCodes: scope.products,
    });
    const matched = await tx.execute(sql`
      SELECT s.* FROM (
        SELECT DISTINCT
          p.provision,
          p.person,
          a.allocation_number AS "allocationNumber",
          a.provider_agb AS "providerAgb",
          a.category,
          a.product,
          to_char(${overlapStart(participant, allocation)}, 'YYYY-MM-DD') AS "overlapStart",
          to_char(${overlapEnd(participant, allocation)}, 'YYYY-MM-DD') AS "overlapEnd"
        FROM df_participant p
        JOIN df_allocation a ON a.person = p.person
        WHERE p.consent
          AND ${inScope}
          AND ${periodsOverlap(participant, allocation)}
      ) s
      ORDER BY s.provision COLLATE "C", s.person COLLATE "C", s."allocationNumber" COLLATE "C",
        s."overlapStart", s."overlapEnd" NULLS LAST, s."providerAgb" COLLATE "C",
        s.category COLLATE "C" NULLS FIRST, s.product COLLATE "C" NULLS FIRST`);
    const counted = await tx.execute(sql`
      SELECT
        (SELECT count(*)::int FROM df_participant) AS participants,
        (SELECT count(*)::int FROM df_participant WHERE NOT consent) AS "withoutConsent",
        (SELECT count(*)::int FROM df_allocation) AS allocations,
        (SELECT count(*)::int FROM df_allocation a WHERE ${inScope}) AS "allocationsInScope"`);

    const signals = rowsOf<Signal>(matched);
    const counts = rowsOf<Omit<Counts, 'signals'>>(counted)[0];
    if (!counts) throw new Error('The count query returned no row.');
    return { signals, counts: { ...counts, signals: signals.length } };
  });
}
