/**
 * The three routes of a resource's attachments (add by multipart upload, download, remove), the
 * same for an application and a grant's report: one place for the upload checks and the
 * download headers, so both resources answer alike.
 */
import { z } from 'zod';
import type { Action } from './access.ts';
import { contentDisposition } from './downloads.ts';
import { AppError } from './errors.ts';
import type { App } from './http.ts';
import { errorResponses, fileResponse, pdfResponse } from './openapi.ts';
import { type UseCaseContext, contextOf } from './use-case.ts';

/** A stored attachment's content as the download sends it. */
export interface AttachmentFile {
  contentType: string;
  filename: string;
  sha256: string;
  data: Buffer;
}

export interface AttachmentRoutes<Kind extends string, Params, FileParams, Attachment> {
  /** The collection, e.g. `/api/applications/:applicationId/attachments`. */
  url: string;
  tags: string[];
  actions: { read: Action; write: Action };
  /** The parent resource's params (`url`) and those of one attachment (`url/:attachmentId`). */
  params: z.ZodType<Params>;
  fileParams: z.ZodType<FileParams>;
  /** The `kind` field of the upload; its message names what may be chosen. */
  kind: z.ZodType<Kind>;
  attachment: z.ZodType<Attachment>;
  add: (
    context: UseCaseContext,
    params: Params,
    upload: {
      file: { kind: Kind; filename: string; data: Buffer };
      limits: { totalBytes: number };
    },
  ) => Promise<Attachment>;
  getFile: (context: UseCaseContext, params: FileParams) => Promise<AttachmentFile>;
  remove: (context: UseCaseContext, params: FileParams) => Promise<unknown>;
}

const attachmentFile = z.union([
  pdfResponse,
  fileResponse('image/png', 'Bijlage (PNG)'),
  fileResponse('image/jpeg', 'Bijlage (JPEG)'),
]);

export function attachmentRoutes<Kind extends string, Params, FileParams, Attachment>(
  app: App,
  routes: AttachmentRoutes<Kind, Params, FileParams, Attachment>,
) {
  const { tags, actions } = routes;
  // Fastify cannot infer a reply type from a generic schema; the handlers name the types.
  const params = routes.params as z.ZodType;
  const fileParams = routes.fileParams as z.ZodType;
  const attachment = routes.attachment as z.ZodType;

  app.post(routes.url, {
    config: { action: actions.write },
    schema: {
      tags,
      summary: 'Bijlage toevoegen (multipart/form-data met de velden kind en file)',
      params,
      response: {
        201: attachment,
        413: errorResponses[400],
        415: errorResponses[400],
        ...errorResponses,
      },
    },
    handler: async (request, reply) => {
      if (!request.isMultipart()) {
        throw new AppError('VALIDATION_FAILED', {
          message: 'Stuur de bijlage als multipart/form-data.',
        });
      }
      const file = await request.file();
      if (!file)
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'file', message: 'Kies een bestand.' }],
        });
      const data = await file.toBuffer();
      const kindField = file.fields.kind;
      const kindValue =
        kindField && !Array.isArray(kindField) && 'value' in kindField
          ? kindField.value
          : undefined;
      const kind = routes.kind.safeParse(kindValue);
      if (!kind.success) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'kind', message: kind.error.issues[0]!.message }],
        });
      }
      const added = await routes.add(contextOf(app, request), request.params as Params, {
        file: { kind: kind.data, filename: file.filename, data },
        limits: { totalBytes: app.config.APPLICATION_ATTACHMENTS_LIMIT_BYTES },
      });
      return reply.code(201).send(added);
    },
  });

  app.get(`${routes.url}/:attachmentId`, {
    config: { action: actions.read },
    schema: {
      tags,
      params: fileParams,
      response: { 200: attachmentFile, ...errorResponses },
    },
    handler: async (request, reply) => {
      const file = await routes.getFile(contextOf(app, request), request.params as FileParams);
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(file.filename))
        .header('x-content-sha256', file.sha256)
        .send(file.data);
    },
  });

  app.delete(`${routes.url}/:attachmentId`, {
    config: { action: actions.write },
    schema: {
      tags,
      params: fileParams,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await routes.remove(contextOf(app, request), request.params as FileParams);
      return reply.code(204).send(null);
    },
  });
}
