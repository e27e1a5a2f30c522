/**
 * Documents share their parsed fonts and shaped words (documents.ts): what a letter looks
 * like, byte for byte, must not depend on the documents made before it.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import { renderPdf } from './documents.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');

/** Every face of the letters' font, with kerning pairs, ligatures, accents and the euro sign. */
const LETTER: TDocumentDefinitions = {
  info: { title: 'Beschikking BS-2027-0001', creationDate: new Date('2027-03-20T08:00:00Z') },
  content: [
    { text: 'Beschikking op uw aanvraag', bold: true, fontSize: 14 },
    {
      text: 'Geachte heer Şahin, uw aanvraag AV-2027-0001 voor Huiskamer “De Lindeboom” is officieel toegekend: € 16.000,00.',
    },
    { text: 'Tegen dit besluit kunt u binnen zes weken bezwaar maken.', italics: true },
    { text: 'Zie artikel 4:81 Awb', bold: true, italics: true },
  ],
  defaultStyle: { font: 'Roboto', fontSize: 10, lineHeight: 1.3 },
};

/** Other words, and some of the same at other sizes, so that the shaped words differ. */
const OTHER: TDocumentDefinitions = {
  info: { creationDate: new Date('2027-01-01T00:00:00Z') },
  content: [
    { text: 'Verantwoording 2026: Vereniging Klusteam Maas en Mergel', bold: true, fontSize: 22 },
    { text: 'Huiskamer officieel toegekend aanvraag', fontSize: 7 },
    { text: 'Ĳsselmonde, Ærø, Øresund, naïef, café', italics: true },
  ],
  defaultStyle: { font: 'Roboto' },
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The letter as a process that made no document before it makes it, and again after another. */
async function inFreshProcess(): Promise<{ first: string; afterOther: string }> {
  const script = `
    import { createHash } from 'node:crypto';
    import { renderPdf } from './src/server/platform/documents.ts';
    const [letter, other] = JSON.parse(process.argv[1], (key, value) =>
      key === 'creationDate' ? new Date(value) : value);
    const sha = async (d) => createHash('sha256').update(await renderPdf(d)).digest('hex');
    const first = await sha(letter);
    await renderPdf(other);
    console.log(JSON.stringify({ first, afterOther: await sha(letter) }));`;
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--input-type=module', '-e', script, JSON.stringify([LETTER, OTHER])],
    { cwd: ROOT },
  );
  return JSON.parse(stdout) as { first: string; afterOther: string };
}

describe('PDF documents', () => {
  it('have the same bytes whether they are the first document of the process or follow others', async () => {
    const fresh = await inFreshProcess();
    expect(fresh.afterOther).toBe(fresh.first);
    // This process has made other documents already (and the other one just now).
    await renderPdf(OTHER);
    expect(sha256(await renderPdf(LETTER))).toBe(fresh.first);
  });
});
