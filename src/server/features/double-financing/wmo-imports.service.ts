/**
 * Import of Wmo allocations by the Wmo analyst. An upload is streamed to a temporary file
 * (refused when it is larger than WMO_IMPORT_LIMIT_BYTES) and a job imports it: the file
 * is read with the same readers as `double-financing check`, every BSN is validated and
 * pseudonymised as it is read, and then either every allocation of the file is stored in
 * one transaction or none is, with the older versions of the allocations it replaces
 * marked as no longer current (the latest import wins, and within a file the last record).
 * A BerichtIdentificatie that was imported before changes nothing (status duplicate); so
 * does a CSV file with exactly the bytes of an earlier one.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Multipart } from '@fastify/multipart';
import { currentVersions } from '../../../domain/double-financing/allocation-versions.ts';
import type { Actor } from '../../platform/access.ts';
import { changeWithAudit } from '../../platform/audit.ts';
import type { Database } from '../../platform/db/database.ts';
import { AppError } from '../../platform/errors.ts';
import { enqueueJob, type JobHandler } from '../../platform/jobs.ts';
import { kindOf, readAllocationFile, type AllocationMessage } from './allocation-files.ts';
import { BadInputError } from './bad-input.ts';
import type { ImportRefusal, WmoImport, WmoImportFormat } from './double-financing.schemas.ts';
import { identifyWithKey, sameAllocationContent, versionConflict } from './records.ts';
import * as repo from './wmo-imports.repository.ts';

export const IMPORT_WMO_ALLOCATIONS = 'wmo.import';

/** Where uploads wait for their job; a file is removed once its import has finished. */
export const UPLOAD_DIR = path.join(os.tmpdir(), 'samenredzaam-wmo-imports');

export interface SavedUpload {
  id: string;
  fileName: string;
  path: string;
  sizeBytes: number;
  sha256: string;
  format: WmoImportFormat;
}

const FORMAT_OF_KIND = { xml: 'iwmo301', csv: 'csv', zip: 'zip' } as const;
const KIND_OF_FORMAT = { iwmo301: 'xml', csv: 'csv', zip: 'zip' } as const;

const oneDecimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

function megabytes(bytes: number): string {
  return `${oneDecimal.format(bytes / 1024 / 1024)} MB`;
}

/**
 * Streams every file of a multipart upload to a temporary file, hashing it on the way. A
 * file over the limit refuses the whole upload (413), naming the file, and leaves nothing
 * behind.
 */
export async function saveUploads(
  parts: AsyncIterable<Multipart>,
  limitBytes: number,
): Promise<SavedUpload[]> {
  // Until its import has run, an upload holds clear BSNs: readable by this process only.
  await mkdir(UPLOAD_DIR, { recursive: true, mode: 0o700 });
  const saved: SavedUpload[] = [];
  try {
    for await (const part of parts) {
      if (part.type !== 'file') continue;
      const id = randomUUID();
      const target = path.join(UPLOAD_DIR, id);
      const hash = createHash('sha256');
      let size = 0;
      let head = new Uint8Array(0);
      const count = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          hash.update(chunk);
          size += chunk.length;
          if (head.length < 64) head = Buffer.concat([head, chunk.subarray(0, 64 - head.length)]);
          done(null, chunk);
        },
      });
      const fileName = path.basename(part.filename || 'bestand');
      const upload: SavedUpload = {
        id,
        fileName,
        path: target,
        sizeBytes: 0,
        sha256: '',
        format: 'csv',
      };
      saved.push(upload);
      await pipeline(part.file, count, createWriteStream(target, { mode: 0o600 }));
      if (part.file.truncated) {
        throw new AppError('PAYLOAD_TOO_LARGE', {
          message: `Het bestand ${fileName} is groter dan ${megabytes(limitBytes)}, de grootste omvang die kan worden ingelezen. Er is niets ingelezen. Splits het bestand of vraag de functioneel beheerder de grens (WMO_IMPORT_LIMIT_BYTES) te verhogen.`,
          fields: [
            {
              path: 'files',
              message: `${fileName} is te groot (meer dan ${megabytes(limitBytes)}).`,
            },
          ],
        });
      }
      if (!part.filename && size === 0) {
        // A form sends an empty file field when nothing was chosen.
        saved.pop();
        await rm(target, { force: true });
        continue;
      }
      upload.sizeBytes = size;
      upload.sha256 = hash.digest('hex');
      upload.format = FORMAT_OF_KIND[kindOf(fileName, head)];
    }
  } catch (error) {
    await discardUploads(saved);
    throw error;
  }
  if (saved.length === 0) {
    throw new AppError('VALIDATION_FAILED', {
      fields: [{ path: 'files', message: 'Kies een of meer bestanden om in te lezen.' }],
    });
  }
  return saved;
}

export async function discardUploads(uploads: SavedUpload[]): Promise<void> {
  await Promise.all(uploads.map((u) => rm(u.path, { force: true })));
}

/** Records the imports and queues a job for each, in one transaction with the audit rows. */
export async function queueImports(
  db: Database,
  actor: Actor,
  uploads: SavedUpload[],
  now: Date,
): Promise<WmoImport[]> {
  const ids = await changeWithAudit(db, actor, async (tx, audit) => {
    for (const upload of uploads) {
      await repo.insertImport(tx, {
        id: upload.id,
        format: upload.format,
        fileName: upload.fileName,
        sha256: upload.sha256,
        sizeBytes: upload.sizeBytes,
        createdBy: actor.userId!,
        createdAt: now,
      });
      const jobId = await enqueueJob(
        tx,
        IMPORT_WMO_ALLOCATIONS,
        { importId: upload.id, path: upload.path },
        actor.userId,
      );
      await repo.setImportJob(tx, upload.id, jobId);
      // The file name stays out of the audit log: it might name a person.
      await audit({
        action: 'wmo.import',
        entityType: 'wmo_import',
        entityId: upload.id,
        after: { format: upload.format, sizeBytes: upload.sizeBytes, sha256: upload.sha256, jobId },
      });
    }
    return uploads.map((u) => u.id);
  });
  const rows = await repo.findImports(db, ids);
  // In the order of the upload.
  return ids.flatMap((id) => rows.filter((r) => r.id === id)).map(toWmoImport);
}

/**
 * Imports one file at once, outside the job queue, with the same reading, checks and
 * storing as the job: for the demo municipality and the benchmark.
 */
export async function importAllocationsNow(
  db: Database,
  settings: ImportJobSettings,
  actor: Actor,
  input: { fileName: string; bytes: Uint8Array },
): Promise<WmoImport> {
  const now = settings.now();
  const id = randomUUID();
  await mkdir(UPLOAD_DIR, { recursive: true, mode: 0o700 });
  const file = path.join(UPLOAD_DIR, id);
  await writeFile(file, input.bytes, { mode: 0o600 });
  const upload = {
    format: FORMAT_OF_KIND[kindOf(input.fileName, input.bytes.subarray(0, 64))],
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    sizeBytes: input.bytes.length,
  };
  try {
    await changeWithAudit(db, actor, async (tx, audit) => {
      await repo.insertImport(tx, {
        id,
        ...upload,
        fileName: input.fileName,
        createdBy: actor.userId!,
        createdAt: now,
      });
      await audit({ action: 'wmo.import', entityType: 'wmo_import', entityId: id, after: upload });
    });
    const outcome = await importFile(db, settings, {
      importId: id,
      file,
      fileName: input.fileName,
      sha256: upload.sha256,
      format: upload.format,
      onBytes: async () => {},
    });
    if (outcome.status !== 'imported') {
      await repo.finishImport(db, id, { ...outcome, finishedAt: settings.now() });
    }
  } finally {
    await rm(file, { force: true });
  }
  return getImport(db, id);
}

export async function listImports(db: Database): Promise<WmoImport[]> {
  return (await repo.listImports(db)).map(toWmoImport);
}

export async function getImport(db: Database, id: string): Promise<WmoImport> {
  const row = await repo.findImport(db, id);
  if (!row) throw new AppError('NOT_FOUND', { message: 'Deze import bestaat niet.' });
  return toWmoImport(row);
}

function toWmoImport(row: repo.ImportRow): WmoImport {
  return {
    id: row.id,
    format: row.format as WmoImportFormat,
    fileName: row.fileName,
    sizeBytes: row.sizeBytes,
    status: row.status as WmoImport['status'],
    messageIds: row.messageIds as string[],
    recordsRead: row.recordsRead,
    recordsImported: row.recordsImported,
    versionsSuperseded: row.versionsSuperseded,
    allocationsRemoved: row.allocationsRemoved,
    refused: row.refused as ImportRefusal[],
    progress:
      row.jobId === null ? null : { done: row.jobDone ?? 0, total: row.jobTotal || row.sizeBytes },
    createdAt: row.createdAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

// ── The job ─────────────────────────────────────────────────────────────────────────

export interface ImportJobSettings {
  pseudonymKey: string | null;
  now: () => Date;
}

/** Progress is written at most once per this many bytes read. */
const PROGRESS_STEP = 1024 * 1024;

export function importAllocationsJob(settings: ImportJobSettings): JobHandler {
  return async ({ db, params, progress }) => {
    const importId = params.importId as string;
    const file = params.path as string;
    const row = await repo.findImport(db, importId);
    if (!row || (row.status !== 'queued' && row.status !== 'running')) {
      // Finished before a restart: only the temporary file may be left.
      await rm(file, { force: true });
      return;
    }
    await repo.markRunning(db, importId);
    const total = row.sizeBytes;
    let reported = 0;
    await progress(0, total);
    try {
      const outcome = await importFile(db, settings, {
        importId,
        file,
        fileName: row.fileName,
        sha256: row.sha256,
        format: row.format as WmoImportFormat,
        onBytes: async (read) => {
          if (read - reported >= PROGRESS_STEP) {
            reported = read;
            await progress(read, total);
          }
        },
      });
      // An import that stored its rows finished in that same transaction.
      if (outcome.status !== 'imported') {
        await repo.finishImport(db, importId, { ...outcome, finishedAt: settings.now() });
      }
    } catch (error) {
      // Not bad input but a fault of ours: still nothing of the file is in.
      await repo.finishImport(db, importId, {
        status: 'refused',
        messageIds: [],
        recordsRead: 0,
        recordsImported: 0,
        refused: [
          {
            file: row.fileName,
            record: null,
            field: null,
            reason: `${row.fileName}: could not be imported because of an error on the server; nothing was imported. Try again later.`,
          },
        ],
        finishedAt: settings.now(),
      });
      throw error;
    } finally {
      await progress(total, total);
      await rm(file, { force: true });
    }
  };
}

type Outcome = Omit<Parameters<typeof repo.finishImport>[2], 'finishedAt'>;

function refusal(error: BadInputError): ImportRefusal {
  return { file: error.file, record: error.line, field: error.field, reason: error.message };
}

function refused(refusals: ImportRefusal[], recordsRead = 0, messageIds: string[] = []): Outcome {
  return { status: 'refused', messageIds, recordsRead, recordsImported: 0, refused: refusals };
}

async function importFile(
  db: Database,
  settings: ImportJobSettings,
  input: {
    importId: string;
    file: string;
    fileName: string;
    sha256: string;
    format: WmoImportFormat;
    onBytes: (read: number) => Promise<void>;
  },
): Promise<Outcome> {
  if (settings.pseudonymKey === null) {
    return refused([
      {
        file: input.fileName,
        record: null,
        field: null,
        reason: `${input.fileName}: no BSN can be pseudonymised because no pseudonym key is configured (SAMENREDZAAM_PSEUDONYM_KEY); nothing was imported.`,
      },
    ]);
  }
  let messages: AllocationMessage[];
  try {
    messages = await readAllocationFile(input.file, identifyWithKey(settings.pseudonymKey), {
      name: input.fileName,
      kind: KIND_OF_FORMAT[input.format],
      onBytes: input.onBytes,
    });
  } catch (error) {
    if (error instanceof BadInputError) return refused([refusal(error)]);
    throw error;
  }

  const recordsRead = messages.reduce((sum, m) => sum + m.records.length, 0);
  const messageIds = messages.flatMap((m) => (m.messageId === null ? [] : [m.messageId]));
  const problems = fileProblems(messages, input.format);
  if (problems.length > 0) return refused(problems, recordsRead, messageIds);

  let fresh = messages;
  if (input.format === 'csv') {
    if (await repo.importedWithHash(db, input.sha256, input.importId)) {
      return { status: 'duplicate', messageIds, recordsRead, recordsImported: 0, refused: [] };
    }
  } else {
    const known = await repo.knownMessageIds(db, messageIds);
    fresh = messages.filter((m) => !known.has(m.messageId!));
    if (fresh.length === 0) {
      return { status: 'duplicate', messageIds, recordsRead, recordsImported: 0, refused: [] };
    }
  }

  const versions = versionsOfFile(fresh);
  if (versions.conflict) return refused([refusal(versions.conflict)], recordsRead, messageIds);
  const { rows, files } = versions;
  const outcome = await db
    .transaction(async (tx): Promise<Outcome> => {
      await repo.lockAllocationVersions(tx);
      await repo.insertMessages(
        tx,
        input.importId,
        fresh.flatMap((m) => (m.messageId === null ? [] : [m.messageId])),
      );
      const stored = await repo.insertAllocations(tx, input.importId, rows);
      const conflict = await repo.findVersionConflict(tx, input.importId);
      if (conflict) {
        // Nothing of this file stays: the transaction is rolled back.
        throw new VersionConflictAcrossImports(conflict, rows, files);
      }
      const replaced = await repo.replaceEarlierVersions(tx, input.importId);
      const result: Outcome = {
        status: 'imported',
        messageIds,
        recordsRead,
        recordsImported: rows.length,
        versionsSuperseded: versions.supersededInFile + stored.olderThanStored + replaced,
        allocationsRemoved: stored.removed,
        refused: [],
      };
      await repo.finishImport(tx, input.importId, { ...result, finishedAt: settings.now() });
      return result;
    })
    .catch((error: unknown) => {
      if (error instanceof VersionConflictAcrossImports) {
        return refused([refusal(error.badInput)], recordsRead, messageIds);
      }
      throw error;
    });
  if (outcome.status !== 'imported') return outcome;
  // PGlite has no autovacuum: without this the matching would be planned on old numbers.
  await repo.analyseAllocations(db);
  return outcome;
}

/**
 * The rows of a file as they are stored, each marked whether it is the latest version of
 * its allocation within the file (rule IV013). A CSV row has no version: of two rows for one
 * allocation the later line counts, as the back office's export lists it last.
 */
function versionsOfFile(messages: AllocationMessage[]): {
  rows: repo.AllocationRow[];
  /** The file (or zip entry) of each row, by the row's index. */
  files: string[];
  supersededInFile: number;
  conflict: BadInputError | null;
} {
  const read = messages.flatMap((m) =>
    m.records.map((r) => ({ ...r, person: r.person!, messageId: m.messageId, file: m.file })),
  );
  const versions = currentVersions(read, sameAllocationContent);
  const [conflict] = versions.conflicts;
  const lastCsvRow = new Map<string, (typeof read)[number]>();
  for (const record of read) {
    if (record.assignedAt === null) {
      lastCsvRow.set(`${record.providerAgb}\u0000${record.allocationNumber}`, record);
    }
  }
  const csvRows = new Set(lastCsvRow.values());
  return {
    rows: read.map(({ file: _file, ...record }, k) => ({
      ...record,
      latest: versions.latest.has(read[k]!) || csvRows.has(read[k]!),
    })),
    files: read.map((record) => record.file),
    supersededInFile:
      versions.superseded + read.filter((r) => r.assignedAt === null).length - csvRows.size,
    conflict: conflict ? versionConflict(...conflict) : null,
  };
}

/** Thrown inside the import's transaction to roll it back; turned into a refusal. */
class VersionConflictAcrossImports extends Error {
  readonly badInput: BadInputError;
  constructor(
    conflict: { providerAgb: string; allocationNumber: string; versionAt: string },
    rows: repo.AllocationRow[],
    files: string[],
  ) {
    super('version conflict');
    const k = rows.findIndex(
      (r) =>
        r.providerAgb === conflict.providerAgb && r.allocationNumber === conflict.allocationNumber,
    );
    this.badInput = new BadInputError(
      { file: files[k] ?? '', line: rows[k]?.line ?? null, field: 'Toewijzingstijd' },
      `ToewijzingNummer ${conflict.allocationNumber} of AGB ${conflict.providerAgb} was imported before with the same Toewijzingsdatum and Toewijzingstijd (${conflict.versionAt}) but different contents; rule IV013 cannot tell which version is current, so nothing of this file was imported`,
    );
  }
}

/**
 * What refuses a file that the readers accepted: a BSN that fails the 11-proef (the check
 * on files only reports it; an import stores nothing of such a file), a message without
 * BerichtIdentificatie, or a message id that occurs twice in one zip.
 */
function fileProblems(messages: AllocationMessage[], format: WmoImportFormat): ImportRefusal[] {
  const problems: ImportRefusal[] = [];
  const seen = new Map<string, string>();
  for (const message of messages) {
    for (const rejection of message.rejected) {
      const field = format === 'csv' ? 'bsn' : 'Bsn';
      problems.push(
        refusal(
          new BadInputError(
            { file: rejection.file, line: rejection.line, field },
            rejection.reason,
          ),
        ),
      );
    }
    if (format === 'csv') continue;
    if (message.messageId === null) {
      problems.push(
        refusal(
          new BadInputError(
            { file: message.file, field: 'BerichtIdentificatie' },
            'is missing; every WMO301 message has one, so that it is never imported twice',
          ),
        ),
      );
      continue;
    }
    const earlier = seen.get(message.messageId);
    if (earlier !== undefined) {
      problems.push(
        refusal(
          new BadInputError(
            { file: message.file, field: 'BerichtIdentificatie' },
            `"${message.messageId}" is also the identification of ${earlier}; a message can be imported once`,
          ),
        ),
      );
    }
    seen.set(message.messageId, message.file);
  }
  return problems;
}
