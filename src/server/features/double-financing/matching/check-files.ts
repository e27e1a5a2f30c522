/**
 * The double-financing check on files (docs/command-line.md): read the participants and the
 * Wmo allocations, pseudonymise every BSN on the way in, keep only the current version of
 * each allocation (rule IV013, whatever the order of the files), and match them in memory
 * with the rule of domain/double-financing/match.ts. Every file is read completely before
 * anything is matched, so a file that is refused refuses the whole check and no partial
 * result can come out. No database is opened: nothing of a check is stored anywhere.
 */
import { currentVersions } from '../../../../domain/double-financing/allocation-versions.ts';
import {
  matchSignals,
  type Counts,
  type Signal,
} from '../../../../domain/double-financing/match.ts';
import { DEFAULT_MATCHING_SCOPE } from '../../../../domain/double-financing/scope.ts';
import { readAllocationFile, readBytes } from '../imports/allocation-files.ts';
import { readParticipantsCsv } from '../imports/participants-csv.ts';
import {
  identifyWithKey,
  sameAllocationContent,
  versionConflict,
  type AllocationRecord,
  type Rejection,
} from '../imports/records.ts';

export interface CheckFilesInput {
  /** Paths as the user gave them; they are also how files are named in the output. */
  participants: string;
  allocations: string[];
  /** Defaults to 07 (dagbesteding). */
  categories?: string[];
  products?: string[];
  key: string | Uint8Array;
  /** Told, in a line for people, how many versions rule IV013 set aside. */
  onNotice?: (line: string) => void;
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
  const read: (AllocationRecord & { file: string })[] = [];
  const rejected: Rejection[] = [];
  for (const file of input.allocations) {
    for (const message of await readAllocationFile(file, identify)) {
      // A loop, not push(...records): spreading 100 000 records would overflow the stack.
      for (const record of message.records) read.push({ ...record, file: message.file });
      for (const rejection of message.rejected) rejected.push(rejection);
    }
  }
  const versions = currentVersions(read, sameAllocationContent);
  const [conflict] = versions.conflicts;
  if (conflict) throw versionConflict(...conflict);
  if (versions.superseded > 0 || versions.removed > 0) {
    input.onNotice?.(
      `rule IV013: ${versions.superseded} earlier version(s) of allocations set aside, ${versions.removed} allocation(s) removed by RedenWijziging 13`,
    );
  }
  const allocations = versions.current.map(({ file: _file, ...record }) => record);

  const scope = {
    categories: input.categories ?? DEFAULT_MATCHING_SCOPE.categories,
    productCodes: input.products ?? DEFAULT_MATCHING_SCOPE.productCodes,
  };
  const { signals, counts } = matchSignals(participants.records, allocations, scope);
  return { signals, counts, rejected: [...participants.rejected, ...rejected] };
}
