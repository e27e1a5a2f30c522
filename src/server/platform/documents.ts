/**
 * PDF documents with pdfmake and the Roboto fonts that ship inside the package, so
 * nothing is fetched. Documents are stored with their SHA-256 and never changed.
 */
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

interface PdfMake {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

let pdfmake: PdfMake | null = null;

/**
 * pdfmake, set up once. It and its font machinery are loaded with the first document, not
 * at every start of the server.
 */
function pdfEngine(): PdfMake {
  if (pdfmake) return pdfmake;
  const require = createRequire(import.meta.url);
  const engine = require('pdfmake') as PdfMake;
  const fontDir = path.join(
    path.dirname(require.resolve('pdfmake/package.json')),
    'fonts',
    'Roboto',
  );
  engine.setFonts({
    Roboto: {
      normal: path.join(fontDir, 'Roboto-Regular.ttf'),
      bold: path.join(fontDir, 'Roboto-Medium.ttf'),
      italics: path.join(fontDir, 'Roboto-Italic.ttf'),
      bolditalics: path.join(fontDir, 'Roboto-MediumItalic.ttf'),
    },
  });
  // Documents are built from our own data only: no downloads, no files but the fonts.
  engine.setUrlAccessPolicy(() => false);
  engine.setLocalAccessPolicy((file) => path.resolve(file).startsWith(fontDir));
  pdfmake = engine;
  return engine;
}

/**
 * pdfmake writes its layout state (positions, measured sizes, page breaks) into the
 * definition it renders. A definition that shares an object with an earlier render (a
 * module-level constant, a cached style) then renders wrongly or fails, so every render gets
 * its own deep copy. Functions (footers, layouts) are kept as they are.
 */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  return pdfEngine().createPdf(freshCopy(definition)).getBuffer();
}

function freshCopy<T>(value: T): T {
  if (Array.isArray(value)) return value.map((item: unknown) => freshCopy(item)) as T;
  if (
    value !== null &&
    typeof value === 'object' &&
    Object.getPrototypeOf(value) === Object.prototype
  ) {
    return Object.fromEntries(
      Object.entries(value).map(([key, item]) => [key, freshCopy(item)]),
    ) as T;
  }
  return value;
}

export function sha256(data: Buffer | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** "€ 1.234,56" */
export function formatEuros(cents: number): string {
  return new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR' }).format(cents / 100);
}
