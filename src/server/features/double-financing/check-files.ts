/**
 * The double-financing check on files (CONTRACTS.md §3): read the participants and the
 * Wmo allocations, pseudonymise every BSN on the way in, and match them with one
 * set-based query. Every file is read completely before anything is matched, so a file
 * that is refused refuses the whole check and no partial result can come out.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isValidBsn } from '../../../domain/bsn.ts';
import { openDatabase, type Database } from '../../platform/db/database.ts';
import { pseudonymiseBsn } from '../../platform/pseudonym.ts';
import { readAllocationsCsv } from './allocations-csv.ts';
import { readXmlEntries } from './allocations-zip.ts';
import { BadInputError } from './bad-input.ts';
import { readWmo301 } from './iwmo301-parser.ts';
import { DEFAULT_CATEGORIES, matchSignals, type Counts, type Signal } from './match-signals.ts';
import { readParticipantsCsv } from './participants-csv.ts';
import type { AllocationRecord, IdentifyPerson, ReadFile, Rejection } from './records.ts';

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
  const identify: IdentifyPerson = (bsn) =>
    isValidBsn(bsn.trim()) ? pseudonymiseBsn(bsn.trim(), input.key) : null;

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

type FileKind = 'xml' | 'zip' | 'csv';

/** By extension; a file without a known one is recognised by its first bytes. */
function kindOf(file: string, head: Uint8Array): FileKind {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xml' || extension === '.zip' || extension === '.csv') {
    return extension.slice(1) as FileKind;
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  const start = new TextDecoder().decode(head).trimStart();
  return start.startsWith('<') ? 'xml' : 'csv';
}

async function readAllocationFile(
  file: string,
  identify: IdentifyPerson,
): Promise<ReadFile<AllocationRecord>[]> {
  const extension = path.extname(file).toLowerCase();
  if (extension === '.xml') return [await readWmo301(streamBytes(file), file, identify)];
  const bytes = await readBytes(file);
  const kind = kindOf(file, bytes.subarray(0, 64));
  if (kind === 'xml') return [await readWmo301([bytes], file, identify)];
  if (kind === 'csv') return [readAllocationsCsv(bytes, file, identify)];
  const reads: ReadFile<AllocationRecord>[] = [];
  for (const entry of readXmlEntries(bytes, file)) {
    reads.push(await readWmo301([entry.data], `${file}:${entry.name}`, identify));
  }
  return reads;
}

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw unreadable(file, error);
  }
}

/** The file in chunks, so a large message is parsed while it is read. */
async function* streamBytes(file: string): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(file, { highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    throw unreadable(file, error);
  } finally {
    stream.destroy();
  }
}

function unreadable(file: string, error: unknown): BadInputError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'there is no such file'
      : code === 'EISDIR'
        ? 'it is a folder, not a file'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : (error as Error).message;
  return new BadInputError({ file }, `cannot be read: ${why}`);
}
