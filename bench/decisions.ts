/**
 * bench/decisions: decision letters (PDF + HTML, stored with their hash) for 200
 * applications by the real job on an embedded database; prints the time per letter.
 * Run: `npm run bench:decisions [-- --applications 200]`.
 */
import os from 'node:os';
import { count, eq, inArray } from 'drizzle-orm';
import pino from 'pino';
import { seedRankedRound } from '../test/support/decision-fixtures.ts';
import {
  GENERATE_DECISIONS,
  generateDecisionsJob,
} from '../src/server/features/decisions/decisions.service.ts';
import { loadDemo } from '../src/server/demo/load-demo.ts';
import { migrateDatabase, openDatabase } from '../src/server/platform/db/database.ts';
import { applications, decisions } from '../src/server/platform/db/schema.ts';
import { JobRunner, enqueueJob } from '../src/server/platform/jobs.ts';

const i = process.argv.indexOf('--applications');
const APPLICATIONS = i > 0 ? Number(process.argv[i + 1]) : 200;

const handle = await openDatabase({ kind: 'pglite-memory' });
await migrateDatabase(handle);
await loadDemo(handle.db);
const roundId = await seedRankedRound(handle.db, APPLICATIONS);
const runner = new JobRunner(handle.db, pino({ level: 'silent' }));
runner.register(
  GENERATE_DECISIONS,
  generateDecisionsJob({
    municipalityNameOverride: undefined,
    objectionAddress: 'Postbus 0000, 6200 AA Maastricht',
  }),
);
await enqueueJob(handle.db, GENERATE_DECISIONS, { roundId }, null);
const started = performance.now();
await runner.kick();
const elapsed = performance.now() - started;
// Only this round's letters: the demo has letters of its own (last year's round).
const [made] = await handle.db
  .select({ n: count() })
  .from(decisions)
  .where(
    inArray(
      decisions.applicationId,
      handle.db
        .select({ id: applications.id })
        .from(applications)
        .where(eq(applications.roundId, roundId)),
    ),
  );
await handle.close();
console.log(
  JSON.stringify(
    {
      benchmark: 'decisions',
      node: process.version,
      cpus: os.cpus().length,
      applications: APPLICATIONS,
      letters: made!.n,
      totalMs: Math.round(elapsed),
      msPerLetter: Math.round((elapsed / made!.n) * 10) / 10,
      goalMsPerLetter: 50,
    },
    null,
    2,
  ),
);
