/**
 * bench/settlement-letters: settlement letters (PDF + HTML, stored with their hash, the grant
 * settled, a reclaim's due day or an extra payment term) for 500 grants by the real job on an
 * embedded database; half of them reclaim, half pay extra. Prints the time per letter.
 * Run: `npm run bench:settlement-letters [-- --letters 500]`.
 */
import os from 'node:os';
import { count, eq } from 'drizzle-orm';
import pino from 'pino';
import { seedProposedSettlements } from '../test/support/settlement-fixtures.ts';
import {
  ISSUE_SETTLEMENTS,
  issueSettlementsJob,
} from '../src/server/features/settlements/settlements.service.ts';
import { loadDemo } from '../src/server/demo/load-demo.ts';
import { migrateDatabase, openDatabase } from '../src/server/platform/db/database.ts';
import { grantSettlements } from '../src/server/platform/db/schema.ts';
import { JobRunner, enqueueJob } from '../src/server/platform/jobs.ts';

const i = process.argv.indexOf('--letters');
const LETTERS = i > 0 ? Number(process.argv[i + 1]) : 500;

const handle = await openDatabase({ kind: 'pglite-memory' });
await migrateDatabase(handle);
await loadDemo(handle.db);
const grantIds = await seedProposedSettlements(handle.db, LETTERS, { withAdvances: true });
const runner = new JobRunner(handle.db, pino({ level: 'silent' }));
runner.register(
  ISSUE_SETTLEMENTS,
  issueSettlementsJob({
    municipalityNameOverride: undefined,
    objectionAddress: 'Postbus 0000, 6200 AA Maastricht',
    mail: { smtpUrl: undefined, from: 'noreply@example.org' },
  }),
);
await enqueueJob(handle.db, ISSUE_SETTLEMENTS, { grantIds, issuedBy: null }, null);
const started = performance.now();
await runner.kick();
const elapsed = performance.now() - started;
const [issued] = await handle.db
  .select({ n: count() })
  .from(grantSettlements)
  .where(eq(grantSettlements.status, 'issued'));
await handle.close();
console.log(
  JSON.stringify(
    {
      benchmark: 'settlement-letters',
      node: process.version,
      cpus: os.cpus().length,
      letters: issued!.n,
      totalMs: Math.round(elapsed),
      msPerLetter: Math.round((elapsed / issued!.n) * 10) / 10,
      goalMsPerLetter: 50,
    },
    null,
    2,
  ),
);
