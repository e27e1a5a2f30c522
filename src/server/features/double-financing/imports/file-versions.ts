/**
 * Rule IV013 within one file that is stored a batch at a time: which records of a batch are
 * the latest version of their allocation in the file so far, given for each allocation the
 * version stored from earlier batches that was the latest until now. Folding the batches in
 * this way gives what `currentVersions` gives on the whole file at once: the same latest
 * versions, the same count of versions set aside, and the same first conflict.
 */
import { currentVersions } from '../../../../domain/double-financing/allocation-versions.ts';
import { sameAllocationContent, versionConflict, type AllocationRecord } from './records.ts';
import type { BadInputError } from './bad-input.ts';

/** A record as read: where it is (its file) and which message it came in. */
export type PlacedRecord = AllocationRecord & { file: string };

export interface BatchVersions<S> {
  /** Per record of the batch: the latest version of its allocation in the file so far. */
  latest: boolean[];
  /** Stored versions that a record of this batch supersedes. */
  superseded: S[];
  /** How many more versions of the file are no longer the latest after this batch. */
  setAside: number;
  /** Two versions with the same moment but different contents (the first found). */
  conflict: BadInputError | null;
}

/**
 * `stored` are, for allocations of the batch, the latest versions from earlier batches
 * (at most one per allocation). A CSV row has no version: the later line counts.
 */
export function versionsOfBatch<S extends PlacedRecord>(
  stored: S[],
  batch: PlacedRecord[],
): BatchVersions<S> {
  const key = (record: AllocationRecord) => `${record.providerAgb}\u0000${record.allocationNumber}`;
  if (batch.every((record) => record.assignedAt === null)) {
    const last = new Map<string, number>();
    batch.forEach((record, k) => last.set(key(record), k));
    const superseded = stored.filter((version) => last.has(key(version)));
    return {
      latest: batch.map((record, k) => last.get(key(record)) === k),
      superseded,
      setAside: batch.length - last.size + superseded.length,
      conflict: null,
    };
  }
  // The stored versions come first: they are earlier in the file.
  const versions = currentVersions<PlacedRecord>([...stored, ...batch], sameAllocationContent);
  const [conflict] = versions.conflicts;
  return {
    latest: batch.map((record) => versions.latest.has(record)),
    superseded: stored.filter((version) => !versions.latest.has(version)),
    setAside: versions.superseded,
    conflict: conflict ? versionConflict(...conflict) : null,
  };
}
