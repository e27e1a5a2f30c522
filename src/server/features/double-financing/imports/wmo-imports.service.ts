/**
 * Import of Wmo allocations by the Wmo analyst. An upload is streamed to a temporary file
 * (refused when it is larger than WMO_IMPORT_LIMIT_BYTES) and a job imports it: the file
 * is read in a worker thread with the same readers as `double-financing check`, every BSN
 * is validated and pseudonymised as it is read, and the allocations are stored in batches
 * as they come (allocation-store.ts). Either every allocation of the file counts or none
 * does: they count once the last step has published the import, in one short transaction
 * that also marks the older versions it replaces as no longer current (the latest import
 * wins, and within a file the last record). A BerichtIdentificatie that was imported before
 * changes nothing (status duplicate); so does a CSV file with exactly the bytes of an
 * earlier one. docs/rules/wmo-imports.md.
 */
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Multipart } from '@fastify/multipart';
import { changeWithAudit } from '../../../platform/audit.ts';
import type { Database } from '../../../platform/db/database.ts';
import { AppError } from '../../../platform/errors.ts';
import { enqueueJob, type JobHandler } from '../../../platform/jobs.ts';
import type { UseCaseContext } from '../../../platform/use-case.ts';
import { kindOf } from './allocation-files.ts';
import { readInWorker } from './allocation-reader.ts';
import { AllocationStore, discardStored, PublishedMeanwhile } from './allocation-store.ts';
import type { ImportRefusal, WmoImport, WmoImportFormat } from '../double-financing.schemas.ts';
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
  { db, actor, now }: UseCaseContext,
  { uploads }: { uploads: SavedUpload[] },
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
  context: UseCaseContext,
  input: { fileName: string; bytes: Uint8Array; pseudonymKey: string | null },
): Promise<WmoImport> {
  const { db, actor, now } = context;
  const settings: ImportJobSettings = { pseudonymKey: input.pseudonymKey, now: () => now };
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
      onProgress: async () => {},
    });
    if (outcome.status !== 'imported') {
      await repo.finishImport(db, id, { ...outcome, finishedAt: settings.now() });
    }
  } finally {
    await rm(file, { force: true });
  }
  return getImport(context, { importId: id });
}

export async function listImports({ db }: UseCaseContext): Promise<WmoImport[]> {
  return (await repo.listImports(db)).map(toWmoImport);
}

export async function getImport(
  { db }: UseCaseContext,
  { importId }: { importId: string },
): Promise<WmoImport> {
  const row = await repo.findImport(db, importId);
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

/** Progress is written at most once per this many bytes of the file stored. */
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
        onProgress: async (read) => {
          const done = Math.floor(read * total);
          if (done - reported >= PROGRESS_STEP) {
            reported = done;
            await progress(done, total);
          }
        },
      });
      // An import that stored its rows finished in that same transaction.
      if (outcome.status !== 'imported') {
        await repo.finishImport(db, importId, { ...outcome, finishedAt: settings.now() });
      }
    } catch (error) {
      // Not bad input but a fault of ours: still nothing of the file is in (unless the
      // fault came after it was published).
      if ((await repo.findImport(db, importId))?.status === 'imported') throw error;
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

function refused(refusals: ImportRefusal[], recordsRead = 0, messageIds: string[] = []): Outcome {
  return { status: 'refused', messageIds, recordsRead, recordsImported: 0, refused: refusals };
}

/** Attempts of an import whose versions were judged while another import was published. */
const ATTEMPTS = 3;

/**
 * Reads the file in a worker thread and stores its allocations batch by batch as they come
 * (allocation-store.ts), then publishes them in one short transaction; or, when the file
 * is refused or known, deletes what was stored. An import that stored rows and is resumed
 * after an interruption starts again from the file.
 */
async function importFile(
  db: Database,
  settings: ImportJobSettings,
  input: {
    importId: string;
    file: string;
    fileName: string;
    sha256: string;
    format: WmoImportFormat;
    onProgress: (read: number) => Promise<void>;
  },
): Promise<Outcome> {
  const pseudonymKey = settings.pseudonymKey;
  if (pseudonymKey === null) {
    return refused([
      {
        file: input.fileName,
        record: null,
        field: null,
        reason: `${input.fileName}: no BSN can be pseudonymised because no pseudonym key is configured (SAMENREDZAAM_PSEUDONYM_KEY); nothing was imported.`,
      },
    ]);
  }
  for (let attempt = 1; ; attempt += 1) {
    const publishedBefore = await repo.claimImport(db, input.importId);
    // What an interrupted attempt stored, and what imports that ended unpublished left.
    await discardStored(db, input.importId);
    for (const leftBehind of await repo.importsLeftBehind(db, input.importId)) {
      await discardStored(db, leftBehind);
    }
    let outcome: Outcome;
    try {
      outcome = await readAndStore(db, settings, { ...input, pseudonymKey, publishedBefore });
    } catch (error) {
      // Nothing of the file counts; its rows go, unless the database itself is gone (then
      // the resumed job or the next import clears them).
      await discardStored(db, input.importId).catch(() => undefined);
      if (error instanceof PublishedMeanwhile && attempt < ATTEMPTS) continue;
      throw error;
    }
    if (outcome.status !== 'imported') {
      await discardStored(db, input.importId);
      return outcome;
    }
    // PGlite has no autovacuum: without this the matching would be planned on old numbers.
    await repo.analyseAllocations(db);
    return outcome;
  }
}

async function readAndStore(
  db: Database,
  settings: ImportJobSettings,
  input: {
    importId: string;
    file: string;
    fileName: string;
    sha256: string;
    format: WmoImportFormat;
    onProgress: (read: number) => Promise<void>;
    pseudonymKey: string;
    publishedBefore: number;
  },
): Promise<Outcome> {
  // A CSV file has no message ids: exactly the bytes of an imported one are known. It is
  // still read to the end, for what it holds and whether it would be refused.
  const knownBytes =
    input.format === 'csv' &&
    (await repo.importedWithHash(db, input.sha256, input.importId)) !== undefined;
  const store = new AllocationStore(db, {
    importId: input.importId,
    fileName: input.fileName,
    format: input.format,
    storing: !knownBytes,
  });
  const badInput = await readInWorker(
    {
      file: input.file,
      name: input.fileName,
      kind: KIND_OF_FORMAT[input.format],
      pseudonymKey: input.pseudonymKey,
    },
    async (parts) => {
      await store.add(parts);
      await input.onProgress(parts.at(-1)?.read ?? 0);
    },
  );
  if (badInput) return refused([badInput]);
  const { recordsRead, messageIds } = store;
  if (store.problems.length > 0) return refused(store.problems, recordsRead, messageIds);
  if (knownBytes || (input.format !== 'csv' && store.freshMessages === 0)) {
    return { status: 'duplicate', messageIds, recordsRead, recordsImported: 0, refused: [] };
  }
  if (store.conflict) return refused([store.conflict], recordsRead, messageIds);
  if (store.conflictAcrossImports) {
    return refused([store.conflictAcrossImports], recordsRead, messageIds);
  }
  const published = await store.publish(input.publishedBefore, settings.now());
  return { status: 'imported', ...published, refused: [] };
}
