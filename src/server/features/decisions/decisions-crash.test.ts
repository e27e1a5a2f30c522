/**
 * The server is killed (SIGKILL) while it generates decision letters; after a restart the
 * job resumes and ends with exactly one letter per application.
 */
import { and, count, eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  killJobHalfWay,
  removeDataDir,
  seededDataDir,
  withDatabase,
} from '../../../../test/support/crash-job.ts';
import { seedRankedRound } from '../../../../test/support/decision-fixtures.ts';
import { applications, decisions } from '../../platform/db/schema.ts';

const APPLICATIONS = 40;
let dataDir: string;
let roundId: string;

/** A round with a fixed ranking of 40 living-room applications, written straight into the data folder. */
beforeAll(async () => {
  ({ dataDir, seeded: roundId } = await seededDataDir('samenredzaam-crash-', (db) =>
    seedRankedRound(db, APPLICATIONS),
  ));
}, 120_000);

afterAll(() => removeDataDir(dataDir));

describe('generating decision letters', () => {
  it('resumes after the server is killed half-way, with exactly one letter per application', async () => {
    await killJobHalfWay(dataDir, {
      start: (base, headers) =>
        fetch(`${base}/api/rounds/${roundId}/decisions/generate`, { method: 'POST', headers }),
      killAfter: 5,
      total: APPLICATIONS,
    });

    await withDatabase(dataDir, async (db) => {
      // The demo's own letters (of last year's round) are not this round's.
      const ofRound = inArray(
        decisions.applicationId,
        db
          .select({ id: applications.id })
          .from(applications)
          .where(eq(applications.roundId, roundId)),
      );
      const [letters] = await db.select({ n: count() }).from(decisions).where(ofRound);
      expect(letters!.n).toBe(APPLICATIONS);
      const perApplication = await db
        .select({ applicationId: decisions.applicationId, n: count() })
        .from(decisions)
        .where(ofRound)
        .groupBy(decisions.applicationId);
      expect(perApplication.every((r) => r.n === 1)).toBe(true);
      const [granted] = await db
        .select({ n: count() })
        .from(decisions)
        .where(and(ofRound, eq(decisions.outcome, 'granted')));
      // € 300.000 ÷ € 16.000–16.039 eligible each: 18 applications fit whole.
      expect(granted!.n).toBe(18);
    });
  }, 120_000);
});
