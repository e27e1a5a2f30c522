/**
 * A file of Wmo allocations, whatever its form: a WMO301 message (parsed as a stream), the
 * same message in a StUF-GGk envelope, a zip of either, or the CSV export of the Wmo back
 * office. Both the command line
 * (`double-financing check`) and the import job read files through here, so they accept
 * and refuse exactly the same files.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { readAllocationsCsv } from './allocations-csv.ts';
import { readXmlEntries } from './allocations-zip.ts';
import { BadInputError } from './bad-input.ts';
import { isGgkEnvelope, unwrapGgkEnvelope } from './ggk-envelope.ts';
import { readWmo301 } from './iwmo301-parser.ts';
import type { AllocationRecord, IdentifyPerson, ReadFile } from './records.ts';

export type AllocationFileKind = 'xml' | 'zip' | 'csv';

/** What one message (or one CSV file) held. */
export interface AllocationMessage extends ReadFile<AllocationRecord> {
  /** How the file is named in messages: the file itself, or `archive.zip:entry.xml`. */
  file: string;
  /** The BerichtIdentificatie of a WMO301 message; null for CSV or when it has none. */
  messageId: string | null;
}

export interface ReadOptions {
  /** The name to use in messages (default: the path). */
  name?: string;
  /** The kind when already known (default: by extension, else by the first bytes). */
  kind?: AllocationFileKind;
  /** Called with the number of bytes read so far, for a progress bar. */
  onBytes?: (bytesRead: number) => Promise<void> | void;
}

/** By extension; a file without a known one is recognised by its first bytes. */
export function kindOf(name: string, head: Uint8Array): AllocationFileKind {
  const extension = path.extname(name).toLowerCase();
  if (extension === '.xml' || extension === '.zip' || extension === '.csv') {
    return extension.slice(1) as AllocationFileKind;
  }
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  const start = new TextDecoder().decode(head).trimStart();
  return start.startsWith('<') ? 'xml' : 'csv';
}

export async function readAllocationFile(
  file: string,
  identify: IdentifyPerson,
  options: ReadOptions = {},
): Promise<AllocationMessage[]> {
  const name = options.name ?? file;
  const extension = path.extname(name).toLowerCase();
  if (options.kind === 'xml' || (options.kind === undefined && extension === '.xml')) {
    return [await readMessage(streamBytes(file, name, options.onBytes), name, identify)];
  }
  const bytes = await readBytes(file, name, options.onBytes);
  const kind = options.kind ?? kindOf(name, bytes.subarray(0, 64));
  if (kind === 'xml') return [await readMessage([bytes], name, identify)];
  if (kind === 'csv') {
    return [{ ...readAllocationsCsv(bytes, name, identify), file: name, messageId: null }];
  }
  const messages: AllocationMessage[] = [];
  for (const entry of readXmlEntries(bytes, name)) {
    messages.push(await readMessage([entry.data], `${name}:${entry.name}`, identify));
  }
  return messages;
}

/** A WMO301 message, or the one inside a StUF-GGk envelope (told apart by the root element). */
async function readMessage(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  file: string,
  identify: IdentifyPerson,
): Promise<AllocationMessage> {
  const { envelope, chunks: all } = await isGgkEnvelope(chunks);
  if (envelope) {
    const message = await unwrapGgkEnvelope(all, file);
    return { ...(await readWmo301([message.data], message.name, identify)), file: message.name };
  }
  return { ...(await readWmo301(all, file, identify)), file };
}

/** The whole file (for CSV and zip, which are read at once), counting bytes as it comes. */
export async function readBytes(
  file: string,
  name: string = file,
  onBytes?: ReadOptions['onBytes'],
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of streamBytes(file, name, onBytes)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The file in chunks, so a large message is parsed while it is read. */
async function* streamBytes(
  file: string,
  name: string,
  onBytes?: ReadOptions['onBytes'],
): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(file, { highWaterMark: 64 * 1024 });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let read = 0;
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch (error) {
        throw unreadable(name, error);
      }
      if (next.done) return;
      read += next.value.length;
      if (onBytes) await onBytes(read);
      yield next.value;
    }
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
