import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../test/support/test-app.ts';
import type { Database } from '../platform/db/database.ts';
import { grantSettlements, grants } from '../platform/db/schema.ts';
import { loadDemoSettlement } from './demo-settlement.ts';

/** The demo for people trying the product: Trefpunt's grant of 2025 settled with a reclaim. */
describe('the demo settlement', () => {
  let db: Database;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const opened = await openTestDatabase();
    db = opened.handle.db;
    drop = opened.drop;
    await loadDemoSettlement(db, new Date('2026-11-30T09:00:00Z'));
  });
  afterAll(() => drop?.());

  it('reclaims € 833.26 of Trefpunt, due six weeks after the letter of a week ago', async () => {
    const [row] = await db
      .select({
        status: grants.status,
        reference: grantSettlements.reference,
        settledCents: grantSettlements.settledCents,
        paidCents: grantSettlements.paidCents,
        outcomeKind: grantSettlements.outcomeKind,
        outcomeCents: grantSettlements.outcomeCents,
        reclaimDueDay: grantSettlements.reclaimDueDay,
      })
      .from(grantSettlements)
      .innerJoin(grants, eq(grants.id, grantSettlements.grantId))
      .where(eq(grants.reference, 'SB-2025-0002'));
    expect(row).toEqual({
      status: 'settled',
      reference: 'VS-2026-0001',
      settledCents: 1_200_000,
      paidCents: 1_283_326,
      outcomeKind: 'reclaim',
      outcomeCents: 83_326,
      // Sent Monday 23 November 2026: six weeks is Monday 4 January 2027.
      reclaimDueDay: '2027-01-04',
    });
  });
});
