/**
 * The server is killed (SIGKILL) while it issues settlement letters; after a restart the job
 * resumes and ends with exactly one letter, one extra payment term and one timeline step per
 * grant.
 */
import { and, count, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  killJobHalfWay,
  removeDataDir,
  seededDataDir,
  withDatabase,
} from '../../../../test/support/crash-job.ts';
import { seedProposedSettlements } from '../../../../test/support/settlement-fixtures.ts';
import { documents, grantEvents, grantSettlements, grantTerms } from '../../platform/db/schema.ts';

const GRANTS = 30;
let dataDir: string;
let grantIds: string[];

/**
 * Thirty grants whose report is in and whose settlement is proposed at the full grant, each a
 * copy of the demo's grant of Trefpunt with its own application and decision.
 */
beforeAll(async () => {
  ({ dataDir, seeded: grantIds } = await seededDataDir('samenredzaam-settle-', (db) =>
    seedProposedSettlements(db, GRANTS, { withAdvances: false }),
  ));
}, 120_000);

afterAll(() => removeDataDir(dataDir));

describe('issuing settlement letters', () => {
  it('resumes after the server is killed half-way, issuing each grant once', async () => {
    const { count: queued } = await killJobHalfWay<{ jobId: string; count: number }>(dataDir, {
      start: (base, headers) =>
        fetch(`${base}/api/settlements/issue`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ grantIds }),
        }),
      killAfter: 3,
      total: GRANTS,
    });
    expect(queued).toBe(GRANTS);

    await withDatabase(dataDir, async (db) => {
      const issued = await db
        .select({ n: count() })
        .from(grantSettlements)
        .where(
          and(inArray(grantSettlements.grantId, grantIds), eq(grantSettlements.status, 'issued')),
        );
      expect(issued[0]!.n).toBe(GRANTS);
      const letters = await db
        .select({ n: count() })
        .from(documents)
        .where(eq(documents.kind, 'settlement'));
      expect(letters[0]!.n).toBe(GRANTS);
      // Nothing was paid on the copies: each gets one extra payment of the full € 14,000.00.
      const extra = await db
        .select({
          grantId: grantTerms.grantId,
          n: count(),
          cents: sql<number>`sum(${grantTerms.amountCents})::int`,
        })
        .from(grantTerms)
        .where(inArray(grantTerms.grantId, grantIds))
        .groupBy(grantTerms.grantId);
      expect(extra).toHaveLength(GRANTS);
      expect(extra.every((e) => e.n === 1 && e.cents === 1_400_000)).toBe(true);
      const steps = await db
        .select({ n: count() })
        .from(grantEvents)
        .where(and(inArray(grantEvents.grantId, grantIds), eq(grantEvents.kind, 'settled')));
      expect(steps[0]!.n).toBe(GRANTS);
    });
  }, 120_000);
});
