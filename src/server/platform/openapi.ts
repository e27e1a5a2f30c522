import { z } from 'zod';
import { ERROR_CATALOGUE, type ErrorCode } from './errors.ts';

export const errorBodySchema = z.object({
  code: z.enum(Object.keys(ERROR_CATALOGUE) as [ErrorCode, ...ErrorCode[]]),
  message: z.string(),
  fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});

/** The error answers every route may give, for the OpenAPI document. */
export const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  410: errorBodySchema,
  503: errorBodySchema,
} as const;

/**
 * A PDF answer: the document's bytes. Fastify sends a Buffer as it is (it serialises only
 * JSON), so this schema types the reply and tells the OpenAPI document what comes back.
 */
export const pdfResponse = z.instanceof(Buffer).meta({
  type: 'string',
  format: 'binary',
  contentMediaType: 'application/pdf',
  description: 'PDF-document',
});

/**
 * Any other file answer (a spreadsheet, a CSV export, an upload sent back): its bytes, typed
 * for the reply and described in the OpenAPI document with its media type.
 */
export function fileResponse(contentMediaType: string, description: string) {
  return z
    .instanceof(Buffer)
    .meta({ type: 'string', format: 'binary', contentMediaType, description });
}

/** The media type of an XLSX workbook. */
export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
