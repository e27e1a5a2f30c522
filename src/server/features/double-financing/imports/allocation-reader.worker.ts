/**
 * The worker thread of allocation-reader.ts: reads uploaded files, one at a time, with the
 * readers of `double-financing check` (allocation-files.ts), pseudonymising every BSN as it
 * is read, and sends the records to the main thread in batches of about `batchRecords`,
 * waiting whenever `batchesAhead` batches are not yet stored. A file that is refused is
 * reported as such; anything else that goes wrong ends the thread with an error.
 */
import { parentPort } from 'node:worker_threads';
import { readAllocationParts, type AllocationPart } from './allocation-files.ts';
import type { ReaderInput, ReaderMessage, ReaderRequest } from './allocation-reader.ts';
import { BadInputError } from './bad-input.ts';
import { identifyWithKey } from './records.ts';

const port = parentPort!;

/** The file being read: its number, the batches sent and those stored. */
let reading = { read: 0, sent: 0, stored: 0 };
let wake: (() => void) | null = null;

port.on('message', (request: ReaderRequest) => {
  if (request.type === 'read') {
    reading = { read: request.read, sent: 0, stored: 0 };
    readFile(request.read, request.input).catch((error: unknown) => {
      // Not a refusal of the file but a fault: the thread ends with it.
      setImmediate(() => {
        throw error;
      });
    });
  } else if (request.read === reading.read) {
    reading.stored = request.batch;
    wake?.();
  }
});

const post = (message: ReaderMessage) => port.postMessage(message);

async function readFile(read: number, input: ReaderInput) {
  const send = async (parts: AllocationPart[]) => {
    reading.sent += 1;
    post({ read, type: 'batch', batch: reading.sent, parts });
    while (reading.sent - reading.stored >= input.batchesAhead) {
      await new Promise<void>((resolve) => (wake = resolve));
    }
  };
  try {
    let parts: AllocationPart[] = [];
    let records = 0;
    for await (const part of readAllocationParts(input.file, identifyWithKey(input.pseudonymKey), {
      name: input.name,
      kind: input.kind,
      partSize: input.batchRecords,
    })) {
      parts.push(part);
      records += part.records.length;
      if (records >= input.batchRecords) {
        await send(parts);
        parts = [];
        records = 0;
      }
    }
    if (parts.length > 0) await send(parts);
    post({ read, type: 'done' });
  } catch (error) {
    if (!(error instanceof BadInputError)) throw error;
    post({
      read,
      type: 'refused',
      refusal: { file: error.file, record: error.line, field: error.field, reason: error.message },
    });
  }
}
