/**
 * A file of Wmo allocations, whatever its form: a WMO301 message (parsed as a stream), the
 * same message in a StUF-GGk envelope, a zip of either, or the CSV export of the Wmo back
 * office. Both the command line
 * (`double-financing check`) and the import job read files through here, so they accept
 * and refuse exactly the same files.
 */
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { allocationsCsvParts } from './allocations-csv.ts';
import { readXmlEntries, type ZipEntry } from './allocations-zip.ts';
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
}

/**
 * A part of a file as it is read: one message, or up to `partSize` records of a CSV file
 * (the next part of a CSV file continues the same file).
 */
export interface AllocationPart extends AllocationMessage {
  /** How much of the file has been read with this part, from 0 to 1 (for a progress bar). */
  read: number;
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
  const messages: AllocationMessage[] = [];
  for await (const { read: _read, ...message } of readAllocationParts(file, identify, {
    ...options,
    partSize: Infinity,
  })) {
    messages.push(message);
  }
  return messages;
}

/**
 * The file as it is read, a part at a time, so that the records of a large file need not
 * all be held at once. Accepts and refuses exactly what `readAllocationFile` does: a
 * refusal is thrown when the reading reaches it, and then the parts before it are of no use.
 */
export async function* readAllocationParts(
  file: string,
  identify: IdentifyPerson,
  options: ReadOptions & { partSize: number },
): AsyncGenerator<AllocationPart> {
  const name = options.name ?? file;
  const extension = path.extname(name).toLowerCase();
  if (options.kind === 'xml' || (options.kind === undefined && extension === '.xml')) {
    yield { ...(await readMessage(streamBytes(file, name), name, identify)), read: 1 };
    return;
  }
  const bytes = await readBytes(file, name);
  const kind = options.kind ?? kindOf(name, bytes.subarray(0, 64));
  if (kind === 'xml') {
    yield { ...(await readMessage([bytes], name, identify)), read: 1 };
    return;
  }
  if (kind === 'csv') {
    const lines = lineCount(bytes);
    for (const part of allocationsCsvParts(bytes, name, identify, options.partSize)) {
      const { lastLine, ...records } = part;
      yield { ...records, file: name, messageId: null, read: lastLine / lines };
    }
    return;
  }
  const entries: (ZipEntry | null)[] = readXmlEntries(bytes, name);
  const total = entries.reduce((sum, entry) => sum + entry!.data.length, 0);
  let done = 0;
  for (const [k, entry] of entries.entries()) {
    // Each message is let go once read, so the memory holds what is still to come.
    entries[k] = null;
    const message = await readMessage([entry!.data], `${name}:${entry!.name}`, identify);
    done += entry!.data.length;
    yield { ...message, read: total === 0 ? 1 : done / total };
  }
}

function lineCount(bytes: Uint8Array): number {
  let lines = 1;
  for (let at = bytes.indexOf(0x0a); at !== -1; at = bytes.indexOf(0x0a, at + 1)) lines += 1;
  return lines;
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

/** The whole file (for CSV and zip, which are read at once). */
export async function readBytes(file: string, name: string = file): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of streamBytes(file, name)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The file in chunks, so a large message is parsed while it is read. */
async function* streamBytes(file: string, name: string): AsyncGenerator<Uint8Array> {
  const stream = createReadStream(file, { highWaterMark: 64 * 1024 });
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  try {
    for (;;) {
      let next: IteratorResult<Buffer>;
      try {
        next = await chunks.next();
      } catch (error) {
        throw unreadable(name, error);
      }
      if (next.done) return;
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
