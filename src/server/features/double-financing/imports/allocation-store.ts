/**
 * Stores the allocations of one import batch by batch, as the reader sends them
 * (allocation-reader.ts), and then publishes them in one short transaction.
 *
 * Why in batches: on the embedded database every query of every request runs one after
 * the other on one connection, and a transaction holds that connection until it ends. An
 * import of a million allocations in one transaction stopped every request for as long as
 * it took. So each batch is stored in a short transaction of its own (at most STORE_ROWS
 * rows), and between batches the import yields to the event loop, so that waiting requests
 * go first.
 *
 * Why it is still whole or nothing: stored rows count for nothing until their import row
 * says `imported` (PUBLISHED_IMPORTS in wmo-imports.repository.ts). The matching, the
 * retention and other imports read only rows of published imports, and an earlier version
 * that this import replaces stays current until the last step. What a refused, failed or
 * interrupted import stored is deleted (in batches as well; an interrupted job does it when
 * it resumes). The last step, one transaction, makes the replaced versions no longer
 * current, adds the import's rows to the tally and marks the import `imported`; its work
 * grows with the number of versions replaced, not with the size of the file.
 * The rules: docs/rules/wmo-imports.md.
 */
import { setImmediate } from 'node:timers/promises';
import { REMOVED } from '../../../../domain/double-financing/allocation-versions.ts';
import type { Database } from '../../../platform/db/database.ts';
import type { AllocationPart } from './allocation-files.ts';
import { BadInputError } from './bad-input.ts';
import type { ImportRefusal, WmoImportFormat } from '../double-financing.schemas.ts';
import { versionsOfBatch, type PlacedRecord } from './file-versions.ts';
import * as repo from './wmo-imports.repository.ts';

/**
 * Rows per transaction. On the embedded database a request that comes in while a batch is
 * stored waits for it: 500 rows take some 30–90 ms there, and larger batches would store
 * hardly faster (the cost is per row).
 */
export const STORE_ROWS = 500;
/** Rows deleted per statement when an import's rows are cleared (cheaper than storing). */
const DISCARD_ROWS = 2000;

/** Thrown by `publish` when another import was published while this one was stored. */
export class PublishedMeanwhile extends Error {
  constructor() {
    super('another import was published while this one was stored');
  }
}

export function refusal(error: BadInputError): ImportRefusal {
  return { file: error.file, record: error.line, field: error.field, reason: error.message };
}

/** What a published import reports. */
export interface Published {
  messageIds: string[];
  recordsRead: number;
  recordsImported: number;
  versionsSuperseded: number;
  allocationsRemoved: number;
}

export class AllocationStore {
  private readonly db: Database;
  private readonly importId: string;
  private readonly fileName: string;
  private readonly format: WmoImportFormat;
  /** False once the file is sure not to be imported: it is then only read to the end. */
  private storing: boolean;

  recordsRead = 0;
  /** BerichtIdentificaties of the file's messages, in the file's order. */
  readonly messageIds: string[] = [];
  /** What refuses the file although it could be read: rejected BSNs, message ids. */
  readonly problems: ImportRefusal[] = [];
  /** Two versions in this file that rule IV013 cannot order. */
  conflict: ImportRefusal | null = null;
  /** A version in this file that an earlier import has with the same moment and other contents. */
  conflictAcrossImports: ImportRefusal | null = null;
  /** Messages not imported before (WMO301); for CSV every part counts. */
  freshMessages = 0;

  private readonly messageFiles = new Map<string, string>();
  private recordsStored = 0;
  /** Versions of the file that are not its latest of their allocation. */
  private setAside = 0;
  private olderThanStored = 0;
  private removed = 0;
  /** The rows stored as current, per category and product code. */
  private readonly current = new Map<string, repo.TallyChange>();
  /** Current versions of earlier imports that the last step replaces. */
  private readonly replaces: number[] = [];
  private readonly seen = new SeenAllocations();

  constructor(
    db: Database,
    input: { importId: string; fileName: string; format: WmoImportFormat; storing: boolean },
  ) {
    this.db = db;
    this.importId = input.importId;
    this.fileName = input.fileName;
    this.format = input.format;
    this.storing = input.storing;
  }

  /** Takes in a batch from the reader, and stores it while the file may still be imported. */
  async add(parts: AllocationPart[]): Promise<void> {
    this.read(parts);
    if (this.problems.length > 0) this.storing = false;
    if (!this.storing) return;

    let fresh = parts;
    if (this.format !== 'csv') {
      const known = await repo.knownMessageIds(
        this.db,
        parts.map((part) => part.messageId!),
      );
      fresh = parts.filter((part) => !known.has(part.messageId!));
      await repo.insertMessages(
        this.db,
        this.importId,
        fresh.map((part) => part.messageId!),
      );
    }
    this.freshMessages += fresh.length;
    const records: (PlacedRecord & { person: string; messageId: string | null })[] = [];
    for (const part of fresh) {
      for (const record of part.records) {
        records.push({
          ...record,
          person: record.person!,
          messageId: part.messageId,
          file: part.file,
        });
      }
    }
    if (records.length === 0) return;

    // Only an allocation this import may have stored before is looked up: in most files
    // every allocation occurs once.
    const stored = await repo.latestStoredVersions(
      this.db,
      this.importId,
      records
        .filter((record) => this.seen.mayHave(record))
        .map(({ providerAgb, allocationNumber }) => ({ providerAgb, allocationNumber })),
      this.format === 'csv',
    );
    for (const record of records) this.seen.add(record);
    const versions = versionsOfBatch(
      stored.map((version) => ({ ...version, file: this.fileOf(version.messageId) })),
      records,
    );
    if (versions.conflict) {
      this.conflict = refusal(versions.conflict);
      this.storing = false;
      return;
    }
    this.setAside += versions.setAside;
    for (const version of versions.superseded) {
      // Until now the latest of the file: counted as current, as older than a version
      // imported before, or as a removal.
      if (version.current) this.count(version, -1);
      else if (version.outdated) this.olderThanStored -= 1;
      else if (version.changeReason === REMOVED) this.removed -= 1;
    }
    await repo.supersedeStoredVersions(
      this.db,
      versions.superseded.map((version) => version.id),
    );

    for (let from = 0; from < records.length; from += STORE_ROWS) {
      const rows = records.slice(from, from + STORE_ROWS).map(({ file: _file, ...record }, k) => ({
        ...record,
        latest: versions.latest[from + k]!,
      }));
      const batch = await this.db.transaction(async (tx) => {
        await repo.lockAllocationVersions(tx);
        return repo.storeAllocations(tx, this.importId, rows);
      });
      this.recordsStored += rows.length;
      this.olderThanStored += batch.olderThanStored;
      this.removed += batch.removed;
      for (const change of batch.current) this.count(change, change.n);
      for (const id of batch.replaces) this.replaces.push(id);
      if (batch.conflictAt !== null) {
        const record = records[from + batch.conflictAt]!;
        this.conflictAcrossImports = refusal(
          new BadInputError(
            { file: record.file, line: record.line, field: 'Toewijzingstijd' },
            `ToewijzingNummer ${record.allocationNumber} of AGB ${record.providerAgb} was imported before with the same Toewijzingsdatum and Toewijzingstijd (${record.assignedAt?.slice(0, 19)}) but different contents; rule IV013 cannot tell which version is current, so nothing of this file was imported`,
          ),
        );
        this.storing = false;
        return;
      }
      // Requests that waited for this batch go first.
      await setImmediate();
    }
  }

  /**
   * The last step: the versions this import replaces are no longer current, its rows join
   * the tally, and the import is `imported`, in one transaction. Throws PublishedMeanwhile
   * when another import was published since `publishedBefore` was counted: this import's
   * rows were then judged without it.
   */
  async publish(publishedBefore: number, finishedAt: Date): Promise<Published> {
    return this.db.transaction(async (tx) => {
      await repo.lockAllocationVersions(tx);
      if ((await repo.publishedImportCount(tx)) !== publishedBefore) {
        throw new PublishedMeanwhile();
      }
      const replaced = await repo.replaceVersions(tx, this.replaces);
      await repo.changeTally(tx, [...this.current.values(), ...replaced]);
      const result = {
        messageIds: this.messageIds,
        recordsRead: this.recordsRead,
        recordsImported: this.recordsStored,
        versionsSuperseded:
          this.setAside +
          this.olderThanStored -
          replaced.reduce((sum, change) => sum + change.n, 0),
        allocationsRemoved: this.removed,
      };
      await repo.finishImport(tx, this.importId, {
        status: 'imported',
        ...result,
        refused: [],
        finishedAt,
      });
      return result;
    });
  }

  /** Counts what was read, and what refuses the file whatever else it holds. */
  private read(parts: AllocationPart[]) {
    for (const part of parts) {
      this.recordsRead += part.records.length;
      for (const rejection of part.rejected) {
        const field = this.format === 'csv' ? 'bsn' : 'Bsn';
        this.problems.push(
          refusal(
            new BadInputError(
              { file: rejection.file, line: rejection.line, field },
              rejection.reason,
            ),
          ),
        );
      }
      if (this.format === 'csv') continue;
      if (part.messageId === null) {
        this.problems.push(
          refusal(
            new BadInputError(
              { file: part.file, field: 'BerichtIdentificatie' },
              'is missing; every WMO301 message has one, so that it is never imported twice',
            ),
          ),
        );
        continue;
      }
      this.messageIds.push(part.messageId);
      const earlier = this.messageFiles.get(part.messageId);
      if (earlier !== undefined) {
        this.problems.push(
          refusal(
            new BadInputError(
              { file: part.file, field: 'BerichtIdentificatie' },
              `"${part.messageId}" is also the identification of ${earlier}; a message can be imported once`,
            ),
          ),
        );
      }
      this.messageFiles.set(part.messageId, part.file);
    }
  }

  private fileOf(messageId: string | null): string {
    return (messageId === null ? undefined : this.messageFiles.get(messageId)) ?? this.fileName;
  }

  private count(group: { category: string | null; product: string | null }, n: number) {
    const key = JSON.stringify([group.category, group.product]);
    const known = this.current.get(key);
    if (known) known.n += n;
    else this.current.set(key, { category: group.category, product: group.product, n });
  }
}

/** Deletes what an import stored, a batch at a time, yielding to requests between batches. */
export async function discardStored(db: Database, importId: string): Promise<void> {
  while ((await repo.discardStored(db, importId, DISCARD_ROWS)) > 0) await setImmediate();
}

/** Bits of the filter of allocations seen (2 MB). */
const SEEN_BITS = 16 * 1024 * 1024;
const SEEN_HASHES = 4;

/**
 * The allocations (provider AGB and allocation number) an import stored so far, in a Bloom
 * filter of a fixed size whatever the size of the file: "not seen" is certain; "may have
 * been seen" is wrong for about 1 in 400 allocations of a file of a million, which then
 * costs one lookup that finds nothing.
 */
class SeenAllocations {
  private readonly bits = new Uint32Array(SEEN_BITS / 32);

  add(allocation: { providerAgb: string; allocationNumber: string }) {
    for (const bit of this.bitsOf(allocation)) this.bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  mayHave(allocation: { providerAgb: string; allocationNumber: string }): boolean {
    return this.bitsOf(allocation).every(
      (bit) => (this.bits[bit >>> 5]! & (1 << (bit & 31))) !== 0,
    );
  }

  /** Double hashing with two FNV-1a hashes of the key. */
  private bitsOf({
    providerAgb,
    allocationNumber,
  }: {
    providerAgb: string;
    allocationNumber: string;
  }) {
    const key = `${providerAgb}\u0000${allocationNumber}`;
    let first = 0x811c9dc5;
    let second = 0x01000193;
    for (let i = 0; i < key.length; i += 1) {
      const c = key.charCodeAt(i);
      first = Math.imul(first ^ c, 0x01000193) >>> 0;
      second = Math.imul(second ^ c, 0x5bd1e995) >>> 0;
    }
    second |= 1;
    const bits: number[] = [];
    for (let k = 0; k < SEEN_HASHES; k += 1) bits.push((first + k * second) % SEEN_BITS);
    return bits;
  }
}
