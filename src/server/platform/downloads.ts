/**
 * The Content-Disposition header of every download (RFC 6266). A name in plain ASCII goes as
 * it is; any other name also goes in `filename*` as UTF-8 (RFC 8187, which replaced RFC
 * 5987), which every current browser prefers, with an ASCII spelling in `filename` for
 * clients that do not read it: "Één" becomes "Een", what has no such spelling becomes "_".
 * Quotes and backslashes in a name are escaped, never cut off or passed on raw.
 */
import { create } from 'content-disposition';
import type { FastifyReply } from 'fastify';
import { XLSX_MEDIA_TYPE } from './openapi.ts';

/** The name in ASCII: accents dropped, other characters outside ASCII replaced by "_". */
export function asciiFilename(filename: string): string {
  return filename
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_');
}

/**
 * The header for a file named `filename`: saved as a download, or with `inline` shown in
 * the browser (a PDF to print), still with the name to save it under.
 */
export function contentDisposition(filename: string, options: { inline?: boolean } = {}): string {
  return create(filename, {
    type: options.inline ? 'inline' : 'attachment',
    fallback: asciiFilename(filename),
  });
}

/** Sends a spreadsheet as a download named by `parts` (plain letters, digits and hyphens). */
export function sendXlsx(reply: FastifyReply, parts: string[], workbook: Buffer) {
  const name = parts
    .join('-')
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  return reply
    .type(XLSX_MEDIA_TYPE)
    .header('content-disposition', contentDisposition(`${name}.xlsx`))
    .send(workbook);
}

/** Sends a stored document (a PDF, a workbook) as a download, with its SHA-256 in a header. */
export function sendStoredDocument(
  reply: FastifyReply,
  document: { filename: string; contentType: string; sha256: string; data: Buffer },
) {
  return reply
    .type(document.contentType)
    .header('content-disposition', contentDisposition(document.filename))
    .header('x-content-sha256', document.sha256)
    .send(document.data);
}
