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
  shareFontsBetweenDocuments(require);
  pdfmake = engine;
  return engine;
}

/** What pdfkit keeps per font face of one document (its EmbeddedFont). */
interface EmbeddedFace {
  font: { createSubset(): unknown };
  subset: unknown;
  layoutCache?: Record<string, unknown>;
}

interface PdfmakeDocument {
  fontCache: Record<string, Record<string, EmbeddedFace>>;
  getFontType(bold: boolean, italics: boolean): string;
}

const SHARING = Symbol.for('samenredzaam.sharedFonts');

/** Words shaped once are kept up to this many per face, then the store starts afresh. */
const SHAPED_WORDS_KEPT = 20_000;

/**
 * Every document parses its fonts anew and shapes every word again (kerning, ligatures:
 * OpenType lookups in fontkit), which was two thirds of the time of a decision letter: 84 ms,
 * 31 ms with the parsed fonts and shaped words of earlier documents. Each document still
 * gets its own subset of the glyphs it uses, so its bytes are the same as when it is the
 * first (documents.test.ts). pdfmake asks its document for a face the first time a text uses
 * it (provideFont); the face pdfkit made is then given the parsed font and shaped words kept
 * from earlier documents. The words are kept per face, in font units, so any size may use
 * them.
 */
function shareFontsBetweenDocuments(require: NodeJS.Require): void {
  const PdfDocument = (
    require('pdfmake/js/PDFDocument') as {
      default: { prototype: PdfmakeDocument & { provideFont: ProvideFont } };
    }
  ).default;
  type ProvideFont = (
    this: PdfmakeDocument,
    family: string,
    bold: boolean,
    italics: boolean,
  ) => EmbeddedFace;
  const provideFace = PdfDocument.prototype.provideFont;
  // The server loads this module once; a test runner may load it again over the same pdfmake.
  if (SHARING in provideFace) return;
  const kept = new Map<string, { font: EmbeddedFace['font']; shaped: Record<string, unknown> }>();
  PdfDocument.prototype.provideFont = function (family, bold, italics) {
    const type = this.getFontType(bold, italics);
    const known = this.fontCache[family]?.[type];
    if (known) return known;
    const face = provideFace.call(this, family, bold, italics);
    const key = `${family} ${type}`;
    const earlier = kept.get(key);
    if (!earlier || Object.keys(earlier.shaped).length > SHAPED_WORDS_KEPT) {
      // Without a prototype, as pdfkit's own store: a word such as "constructor" is a word.
      face.layoutCache ??= Object.create(null) as Record<string, unknown>;
      kept.set(key, { font: face.font, shaped: face.layoutCache });
      return face;
    }
    face.font = earlier.font;
    face.subset = earlier.font.createSubset();
    face.layoutCache = earlier.shaped;
    return face;
  };
  Object.defineProperty(PdfDocument.prototype.provideFont, SHARING, { value: true });
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
