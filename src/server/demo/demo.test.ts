import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_PSEUDONYM_KEY, openTestDatabase } from '../../../test/support/test-app.ts';
import type { Database } from '../platform/db/database.ts';
import {
  doubleFinancingSignals,
  matchingRuns,
  participants,
  referrals,
  signalEvents,
  wmoImports,
} from '../platform/db/schema.ts';
import { loadDemoParticipants } from './demo-participants.ts';

/** The demo for people trying the product, on top of the demo municipality. */
describe('the demo participants and double financing', () => {
  let db: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const opened = await openTestDatabase();
    db = opened.handle.db;
    drop = opened.drop;
    await loadDemoParticipants(db, new Date('2026-11-30T09:00:00Z'), TEST_PSEUDONYM_KEY);
  });
  afterAll(() => drop?.());

  it('registers 26 participants, 9 more who left last year, and one pending referral', async () => {
    const [counted] = await db.select({ n: sql<number>`count(*)::int` }).from(participants);
    expect(counted!.n).toBe(26 + 9);
    const [left] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(participants)
      .where(sql`${participants.endDate} between '2025-11-06' and '2025-12-31'`);
    expect(left!.n).toBe(9);
    const pending = await db
      .select({ status: referrals.status })
      .from(referrals)
      .where(eq(referrals.status, 'pending'));
    expect(pending).toHaveLength(1);
  });

  it('imported one zip of real WMO301 messages, with a shortened allocation and a removed one', async () => {
    const imports = await db
      .select({
        fileName: wmoImports.fileName,
        format: wmoImports.format,
        status: wmoImports.status,
        recordsImported: wmoImports.recordsImported,
        versionsSuperseded: wmoImports.versionsSuperseded,
        allocationsRemoved: wmoImports.allocationsRemoved,
      })
      .from(wmoImports);
    expect(imports).toEqual([
      {
        fileName: 'toewijzingen-gemeente-maastricht.zip',
        format: 'zip',
        status: 'imported',
        recordsImported: 10,
        versionsSuperseded: 2,
        allocationsRemoved: 1,
      },
    ]);
  });

  it('has a first matching run with three signals, one of them in progress with a note', async () => {
    const runs = await db
      .select({ inputs: matchingRuns.inputs, counts: matchingRuns.counts })
      .from(matchingRuns);
    expect(runs).toHaveLength(1);
    // Seven allocations, six of them begeleiding groep (07); one is of category 02.
    expect(runs[0]!.inputs).toMatchObject({ imports: 1, allocations: 7, allocationsInScope: 6 });
    expect(runs[0]!.counts).toMatchObject({ signals: 3, newSignals: 3 });
    const signals = await db
      .select({
        allocationNumber: doubleFinancingSignals.allocationNumber,
        status: doubleFinancingSignals.status,
      })
      .from(doubleFinancingSignals)
      .orderBy(doubleFinancingSignals.allocationNumber);
    expect(signals).toEqual([
      { allocationNumber: '20250417', status: 'in_progress' },
      { allocationNumber: '20260001', status: 'new' },
      { allocationNumber: '20260112', status: 'new' },
    ]);
    const notes = await db.select({ note: signalEvents.note }).from(signalEvents);
    expect(notes).toEqual([
      { note: 'Aanbieder gebeld: de toewijzing loopt af, de deelnemer blijft in de huiskamer.' },
    ]);
  });
});

describe('the demo municipality the tests start from', () => {
  it('has the planner statistics of its tables, as an installation that loaded the demo has', async () => {
    const { handle, drop } = await openTestDatabase();
    try {
      for (const table of ['applications', 'neighbourhoods', 'organisations', 'users']) {
        const result: unknown = await handle.db.execute(
          sql`select (select count(*) from ${sql.identifier(table)})::int as counted,
                (select reltuples from pg_class where oid = ${table}::regclass)::int as estimated`,
        );
        const { rows } = result as { rows: { counted: number; estimated: number }[] };
        // ANALYZE reads every row of tables this small, so its estimate is the count; without
        // it the estimate stays what the empty table had when its indexes were made.
        expect(rows[0]!.counted, table).toBeGreaterThan(0);
        expect(rows[0]!.estimated, table).toBe(rows[0]!.counted);
      }
    } finally {
      await drop();
    }
  });
});
