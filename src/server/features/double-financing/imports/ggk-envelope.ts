/**
 * The StUF-GGk envelope. A municipality's back office hands its iWmo messages to the
 * Gemeentelijk Gegevensknooppunt (GGk) inside an envelope: the root element
 * `envelopHeenbericht-ggk_Di01` with stuurgegevens, and the message itself base64-encoded
 * in the one `xmlBestand` element. Such a file is read as the message inside it
 * (docs/rules/iwmo-wmo301.md). The envelope is recognised by its root element's name,
 * whatever namespace prefix its writer chose.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { MAX_ENTRY_BYTES } from './allocations-zip.ts';
import { BadInputError } from './bad-input.ts';

export const GGK_ENVELOPE_ROOT = 'envelopHeenbericht-ggk_Di01';
export const GGK_NAMESPACE = 'http://www.stufstandaarden.nl/koppelvlak/ggk0210';
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;
/** Base64 takes four characters for every three bytes. */
const MAX_BASE64_LENGTH = Math.ceil(MAX_ENTRY_BYTES / 3) * 4;

/**
 * Whether an XML stream is a StUF-GGk envelope, by its root element, reading as few chunks as
 * needed; the chunks come back whole for the reader that follows. A file whose first start
 * tag comes without the envelope's name before it is no envelope, and is not parsed twice.
 */
export async function isGgkEnvelope(
  chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
): Promise<{ envelope: boolean; chunks: AsyncIterable<Uint8Array> }> {
  const iterator =
    Symbol.asyncIterator in chunks ? chunks[Symbol.asyncIterator]() : chunks[Symbol.iterator]();
  const seen: Uint8Array[] = [];
  const parser = new SaxesParser({ xmlns: true });
  const decoder = new TextDecoder('utf-8');
  let root: SaxesTagNS | null = null;
  let broken = false;
  let head = '';
  parser.on('opentag', (tag) => {
    root ??= tag;
  });
  parser.on('error', () => {
    // The message's own reader says what is wrong, with the line.
    broken = true;
  });
  while (root === null && !broken) {
    const next = await iterator.next();
    if (next.done) break;
    seen.push(next.value);
    const text = decoder.decode(next.value, { stream: true });
    head += text;
    if (!head.includes(GGK_ENVELOPE_ROOT) && /<[A-Za-z_]/.test(head.replace(/<!--[^]*?-->/g, ''))) {
      break;
    }
    try {
      parser.write(text);
    } catch {
      broken = true;
    }
  }
  async function* replay(): AsyncGenerator<Uint8Array> {
    yield* seen;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  const found = root as SaxesTagNS | null;
  return { envelope: found?.local === GGK_ENVELOPE_ROOT, chunks: replay() };
}

/** The message inside an envelope, as bytes, named `envelope.xml:xmlBestand` in messages. */
export async function unwrapGgkEnvelope(
  chunks: AsyncIterable<Uint8Array>,
  file: string,
): Promise<{ name: string; data: Uint8Array }> {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const refuse = (problem: string, line: number | null = parser.line) =>
    new BadInputError({ file, line, field: line === null ? 'xmlBestand' : null }, problem);
  const contents: { line: number; text: string }[] = [];
  let inContent: { line: number; text: string } | null = null;
  parser.on('error', (error) => {
    throw refuse(`is not well-formed XML: ${error.message.replace(/^[0-9]+:[0-9]+: /, '')}`);
  });
  parser.on('doctype', () => {
    throw refuse('contains a DOCTYPE declaration, which a StUF-GGk envelope never has');
  });
  parser.on('opentag', (tag) => {
    if (inContent) {
      throw new BadInputError(
        { file, line: parser.line, field: 'xmlBestand' },
        'must hold the base64 text of the message, not other elements',
      );
    }
    if (tag.local === 'xmlBestand') {
      inContent = { line: parser.line, text: '' };
      contents.push(inContent);
    }
  });
  const onText = (text: string) => {
    if (!inContent) return;
    inContent.text += text;
    if (inContent.text.length > MAX_BASE64_LENGTH) {
      throw new BadInputError(
        { file, line: inContent.line, field: 'xmlBestand' },
        `holds more than a WMO301 message can be (limit ${MAX_ENTRY_BYTES / 1024 / 1024} MB)`,
      );
    }
  };
  parser.on('text', onText);
  parser.on('cdata', onText);
  parser.on('closetag', (tag) => {
    if (tag.local === 'xmlBestand') inContent = null;
  });
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of chunks) parser.write(decoder.decode(chunk, { stream: true }));
    parser.write(decoder.decode());
  } catch (error) {
    if (error instanceof BadInputError) throw error;
    throw refuse('is not UTF-8 text');
  }
  parser.close();

  const [content, second] = contents;
  if (content === undefined) {
    throw refuse(
      `is a StUF-GGk envelope (${GGK_ENVELOPE_ROOT}) without xmlBestand: it holds no message`,
      null,
    );
  }
  if (second !== undefined) {
    throw new BadInputError(
      { file, line: second.line, field: 'xmlBestand' },
      `occurs twice (also on line ${content.line}); a StUF-GGk envelope holds one message`,
    );
  }
  const base64 = content.text.replace(/\s+/g, '');
  if (base64 === '' || base64.length % 4 !== 0 || !BASE64.test(base64)) {
    throw new BadInputError(
      { file, line: content.line, field: 'xmlBestand' },
      'is not base64 text; the envelope must hold the WMO301 message base64-encoded',
    );
  }
  return { name: `${file}:xmlBestand`, data: Buffer.from(base64, 'base64') };
}
