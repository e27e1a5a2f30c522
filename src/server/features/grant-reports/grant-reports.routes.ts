import { z } from 'zod';
import { contentDisposition } from '../../platform/downloads.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses, fileResponse, pdfResponse } from '../../platform/openapi.ts';
import { contextOf } from '../../platform/use-case.ts';
import { grantParamsSchema } from '../grants/grants.schemas.ts';
import {
  grantReportSchema,
  overdueReportsSchema,
  reportAttachmentKindSchema,
  reportAttachmentParamsSchema,
  reportAttachmentSchema,
  reportDraftBodySchema,
} from './grant-reports.schemas.ts';
import * as service from './grant-reports.service.ts';

export async function grantReportsRoutes(app: App) {
  const tags = ['Verantwoording'];
  const attachmentFile = z.union([
    pdfResponse,
    fileResponse('image/png', 'Bijlage (PNG)'),
    fileResponse('image/jpeg', 'Bijlage (JPEG)'),
  ]);

  app.get('/api/grants/:grantId/report', {
    config: { action: 'grant_report.read' },
    schema: {
      tags,
      summary:
        'De verantwoording van een subsidie, met het bereik uit de registratie (live als concept, bevroren na indienen) naast wat de aanvraag beloofde',
      params: grantParamsSchema,
      response: { 200: grantReportSchema, ...errorResponses },
    },
    handler: async (request) => service.getReport(contextOf(app, request), request.params),
  });

  app.put('/api/grants/:grantId/report', {
    config: { action: 'grant_report.write' },
    schema: {
      tags,
      summary:
        'Het concept opslaan: activiteiten, resultaten en werkelijke kosten per begrotingsregel',
      params: grantParamsSchema,
      body: reportDraftBodySchema,
      response: { 200: grantReportSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.saveDraft(contextOf(app, request), {
        grantId: request.params.grantId,
        body: request.body,
      }),
  });

  app.post('/api/grants/:grantId/report/submit', {
    config: { action: 'grant_report.write' },
    schema: {
      tags,
      summary: 'De verantwoording indienen (het bereik wordt dan bevroren)',
      params: grantParamsSchema,
      response: { 200: grantReportSchema, ...errorResponses },
    },
    handler: async (request) => service.submitReport(contextOf(app, request), request.params),
  });

  app.post('/api/grants/:grantId/report/attachments', {
    config: { action: 'grant_report.write' },
    schema: {
      tags,
      summary: 'Bijlage toevoegen (multipart/form-data met de velden kind en file)',
      params: grantParamsSchema,
      response: {
        201: reportAttachmentSchema,
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
      const kind = reportAttachmentKindSchema.safeParse(kindValue);
      if (!kind.success) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [{ path: 'kind', message: kind.error.issues[0]!.message }],
        });
      }
      const attachment = await service.addAttachment(contextOf(app, request), {
        grantId: request.params.grantId,
        file: { kind: kind.data, filename: file.filename, data },
        limits: { totalBytes: app.config.APPLICATION_ATTACHMENTS_LIMIT_BYTES },
      });
      return reply.code(201).send(attachment);
    },
  });

  app.get('/api/grants/:grantId/report/attachments/:attachmentId', {
    config: { action: 'grant_report.read' },
    schema: {
      tags,
      params: reportAttachmentParamsSchema,
      response: { 200: attachmentFile, ...errorResponses },
    },
    handler: async (request, reply) => {
      const file = await service.getAttachmentFile(contextOf(app, request), request.params);
      return reply
        .type(file.contentType)
        .header('content-disposition', contentDisposition(file.filename))
        .header('x-content-sha256', file.sha256)
        .send(file.data);
    },
  });

  app.delete('/api/grants/:grantId/report/attachments/:attachmentId', {
    config: { action: 'grant_report.write' },
    schema: {
      tags,
      params: reportAttachmentParamsSchema,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await service.removeAttachment(contextOf(app, request), request.params);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/grant-reports/overdue', {
    config: { action: 'grant_report.overdue' },
    schema: {
      tags,
      summary:
        'Subsidies waarvan de verantwoording te laat is (uiterste datum verstreken, niet ingediend)',
      response: { 200: overdueReportsSchema, ...errorResponses },
    },
    handler: async (request) => service.listOverdue(contextOf(app, request)),
  });
}
