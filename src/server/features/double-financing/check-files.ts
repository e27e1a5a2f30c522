/**
 * The double-financing check on files (CONTRACTS.md §3): read the participants and the
 * Wmo allocations, pseudonymise every BSN on the way in, and match them with one
 * set-based query. Every file is read completely before anything is matched, so a file
 * that is refused refuses the whole check and no partial result can come out.
 */
import { openDatabase, type Database } from '../../platform/db/database.ts';
import { readAllocationFile, readBytes } from './allocation-files.ts';
import { DEFAULT_CATEGORIES, matchSignals, type Counts, type Signal } from './match-signals.ts';
import { readParticipantsCsv } from './participants-csv.ts';
import {
  identifyWithKey,
  type AllocationRecord,
  type ReadFile,
  type Rejection,
} from './records.ts';

export interface CheckFilesInput {
  /** Paths as the user gave them; they are also how files are named in the output. */
  participants: string;
  allocations: string[];
  /** Defaults to 07 (dagbesteding). */
  categories?: string[];
  products?: string[];
  key: string | Uint8Array;
  /** A database to match in; without it an in-memory PGlite is opened and closed. */
  db?: Database;
}

export interface CheckFilesResult {
  signals: Signal[];
  counts: Counts;
  rejected: Rejection[];
}

export async function checkFiles(input: CheckFilesInput): Promise<CheckFilesResult> {
  const identify = identifyWithKey(input.key);

  const participants = readParticipantsCsv(
    await readBytes(input.participants),
    input.participants,
    identify,
  );
  const allocations: ReadFile<AllocationRecord> = { records: [], rejected: [] };
  for (const file of input.allocations) {
    for (const read of await readAllocationFile(file, identify)) {
      // A loop, not push(...records): spreading 100 000 records would overflow the stack.
      for (const record of read.records) allocations.records.push(record);
      for (const rejection of read.rejected) allocations.rejected.push(rejection);
    }
  }

  const scope = {
    categories: input.categories ?? DEFAULT_CATEGORIES,
    products: input.products ?? [],
  };
  const match = async (db: Database): Promise<CheckFilesResult> => {
    const { signals, counts } = await matchSignals(
      db,
      participants.records,
      allocations.records,
      scope,
    );
    return { signals, counts, rejected: [...participants.rejected, ...allocations.rejected] };
  };
  if (input.db) return match(input.db);
  const handle = await openDatabase({ kind: 'pglite-memory' });
  try {
    return await match(handle.db);
  } finally {
    await handle.close();
  }
}
