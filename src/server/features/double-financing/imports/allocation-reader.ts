/**
 * Reads an uploaded allocation file in a worker thread (allocation-reader.worker.ts), so
 * that parsing a large file never holds up the event loop that answers requests. The
 * worker reads, checks and pseudonymises exactly as `readAllocationFile` does (the clear
 * BSNs never leave it) and sends the records in batches. It runs at most BATCHES_AHEAD
 * batches ahead of the main thread: it waits until a batch is stored before it sends more,
 * so the memory holds a few batches, however large the file.
 *
 * The thread reads one file at a time and is kept for the next one for a while (starting
 * one, which loads the readers, takes longer than reading a small file); a thread that
 * failed, or whose file was given up half-way, is stopped.
 */
import { Worker } from 'node:worker_threads';
import type { AllocationFileKind, AllocationPart } from './allocation-files.ts';
import type { ImportRefusal } from '../double-financing.schemas.ts';

/**
 * Records per batch: enough to keep the messages between the threads few, few enough that
 * taking in a batch is a short piece of work for the main thread.
 */
export const BATCH_RECORDS = 2000;
/** Batches the worker may send before the main thread has stored the first of them. */
export const BATCHES_AHEAD = 2;
/** An idle reader thread is stopped after this long. */
const IDLE_MS = 60_000;

export interface ReaderInput {
  file: string;
  name: string;
  kind: AllocationFileKind;
  pseudonymKey: string | Uint8Array;
  batchRecords: number;
  batchesAhead: number;
}

/** What the main thread asks: read a file, or go on (the batches up to `batch` are stored). */
export type ReaderRequest =
  | { type: 'read'; read: number; input: ReaderInput }
  | { type: 'stored'; read: number; batch: number };

/** What the worker sends: a batch, the end of the file, or the refusal of the file. */
export type ReaderMessage = { read: number } & (
  | { type: 'batch'; batch: number; parts: AllocationPart[] }
  | { type: 'done' }
  | { type: 'refused'; refusal: ImportRefusal }
);

const WORKER = new URL('./allocation-reader.worker.ts', import.meta.url);

let idle: { worker: Worker; timer: NodeJS.Timeout } | null = null;
let reads = 0;

function takeWorker(): Worker {
  if (!idle) {
    const worker = new Worker(WORKER);
    // A thread that ends while idle is simply not used again (a read has its own listeners).
    worker.on('error', () => undefined);
    worker.on('exit', () => {
      if (idle?.worker !== worker) return;
      clearTimeout(idle.timer);
      idle = null;
    });
    return worker;
  }
  const { worker, timer } = idle;
  idle = null;
  clearTimeout(timer);
  worker.ref();
  return worker;
}

function keepWorker(worker: Worker) {
  if (idle) {
    void worker.terminate();
    return;
  }
  // An idle thread does not keep the process running.
  worker.unref();
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = null;
    void worker.terminate();
  }, IDLE_MS);
  timer.unref();
  idle = { worker, timer };
}

/**
 * Reads the file in a worker and hands each batch to `store`, one after the other, each
 * after the one before it is stored. Answers the refusal of a file that is not accepted
 * (the batches before it are then of no use), or null. Rejects when the worker fails or
 * `store` does; the worker is stopped then.
 */
export function readInWorker(
  input: Omit<ReaderInput, 'batchRecords' | 'batchesAhead'>,
  store: (parts: AllocationPart[]) => Promise<void>,
): Promise<ImportRefusal | null> {
  const worker = takeWorker();
  const read = (reads += 1);
  return new Promise((resolve, reject) => {
    let settled = false;
    // Batches are stored in order, one at a time, while the worker reads on.
    let queue = Promise.resolve();
    const end = () => {
      settled = true;
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const fail = (error: unknown) => {
      if (settled) return;
      end();
      void worker.terminate();
      reject(error instanceof Error ? error : new Error(String(error)));
    };
    const onMessage = (message: ReaderMessage) => {
      if (message.read !== read) return;
      queue = queue
        .then(async () => {
          if (settled) return;
          if (message.type === 'batch') {
            await store(message.parts);
            worker.postMessage({
              type: 'stored',
              read,
              batch: message.batch,
            } satisfies ReaderRequest);
          } else {
            end();
            keepWorker(worker);
            resolve(message.type === 'refused' ? message.refusal : null);
          }
        })
        .catch(fail);
    };
    const onError = (error: unknown) => {
      const why = error instanceof Error ? error.message : String(error);
      fail(new Error(`the reader of ${input.name} failed: ${why}`));
    };
    const onExit = (code: number) => {
      // After the batches it sent: a worker that ends before the file does has failed.
      queue = queue.then(() =>
        fail(new Error(`the reader of ${input.name} stopped unexpectedly (exit code ${code})`)),
      );
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({
      type: 'read',
      read,
      input: { ...input, batchRecords: BATCH_RECORDS, batchesAhead: BATCHES_AHEAD },
    } satisfies ReaderRequest);
  });
}
