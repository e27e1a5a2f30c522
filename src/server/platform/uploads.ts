/** What an uploaded attachment may be, decided by its content, the same for every upload. */
import { AppError } from './errors.ts';

export type AcceptedContentType = 'application/pdf' | 'image/png' | 'image/jpeg';

/** Content types we accept, recognised by their first bytes, never by name or header. */
export function sniffContentType(data: Buffer): AcceptedContentType | null {
  if (data.subarray(0, 5).toString('latin1') === '%PDF-') return 'application/pdf';
  if (data.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return 'image/png';
  if (data[0] === 0xff && data[1] === 0xd8 && data[2] === 0xff) return 'image/jpeg';
  return null;
}

/** The file's content type; refuses, naming the file, anything but a PDF or an image. */
export function acceptedContentType(file: { filename: string; data: Buffer }) {
  const contentType = sniffContentType(file.data);
  if (!contentType) {
    throw new AppError('UNSUPPORTED_FILE', {
      message: `${file.filename} is geen PDF-bestand of afbeelding (PNG, JPEG). Alleen die kunnen worden toegevoegd.`,
      fields: [{ path: 'file', message: 'Kies een PDF-bestand of een afbeelding.' }],
    });
  }
  return contentType;
}
