import { z } from 'zod';
import { attachmentKindSchema } from '../../../domain/tender/scheme-definition.ts';
import { mailSettings } from '../../platform/config.ts';
import { contentDisposition } from '../../platform/downloads.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses, fileResponse, pdfResponse } from '../../platform/openapi.ts';
import {
  applicationListQuerySchema,
  applicationListSchema,
  applicationParamsSchema,
  applicationSchema,
  attachmentParamsSchema,
  attachmentSchema,
  createApplicationBodySchema,
  saveApplicationBodySchema,
  submitApplicationBodySchema,
  withdrawApplicationBodySchema,
} from './applications.schemas.ts';
import * as service from './applications.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function applicationsRoutes(app: App) {
  const tags = ['Aanvragen'];
  const attachmentFile = z.union([
    pdfResponse,
    fileResponse('image/png', 'Bijlage (PNG)'),
    fileResponse('image/jpeg', 'Bijlage (JPEG)'),
  ]);

  app.get('/api/applications', {
    config: { action: 'application.list' },
    schema: {
      tags,
      querystring: applicationListQuerySchema,
      response: { 200: applicationListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listApplications(contextOf(app, request), request.query),
    }),
  });

  app.post('/api/applications', {
    config: { action: 'application.create' },
    schema: {
      tags,
      body: createApplicationBodySchema,
      response: { 201: applicationSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createApplication(contextOf(app, request), request.body)),
  });

  app.get('/api/applications/:applicationId', {
    config: { action: 'application.read' },
    schema: {
      tags,
      params: applicationParamsSchema,
      response: { 200: applicationSchema, ...errorResponses },
    },
    handler: async (request) => service.getApplication(contextOf(app, request), request.params),
  });

  app.put('/api/applications/:applicationId', {
    config: { action: 'application.update' },
    schema: {
      tags,
      summary:
        'Concept opslaan (ook automatisch); 409 EDIT_CONFLICT als iemand anders intussen opsloeg',
      params: applicationParamsSchema,
      body: saveApplicationBodySchema,
      response: { 200: applicationSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.saveDraft(contextOf(app, request), {
        applicationId: request.params.applicationId,
        body: request.body,
      }),
  });

  app.post('/api/applications/:applicationId/submit', {
    config: { action: 'application.submit' },
    schema: {
      tags,
      summary: 'Indienen; na de deadline 409 DEADLINE_PASSED en bewaard als te laat',
      params: applicationParamsSchema,
      body: submitApplicationBodySchema,
      response: { 200: applicationSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.submitApplication(contextOf(app, request), {
        applicationId: request.params.applicationId,
        body: request.body,
        mail: mailSettings(app.config),
        municipalityNameOverride: app.config.MUNICIPALITY_NAME,
      }),
  });

  app.post('/api/applications/:applicationId/withdraw', {
    config: { action: 'application.withdraw' },
    schema: {
      tags,
      params: applicationParamsSchema,
      body: withdrawApplicationBodySchema,
      response: { 200: applicationSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.withdrawApplication(contextOf(app, request), {
        applicationId: request.params.applicationId,
        body: request.body,
      }),
  });

  app.post('/api/applications/:applicationId/attachments', {
    config: { action: 'application.update' },
    schema: {
      tags,
      summary: 'Bijlage toevoegen (multipart/form-data met de velden kind en file)',
      params: applicationParamsSchema,
      response: {
        201: attachmentSchema,
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
      const kind = attachmentKindSchema.safeParse(kindValue);
      if (!kind.success) {
        throw new AppError('VALIDATION_FAILED', {
          fields: [
            {
              path: 'kind',
              message:
                'Kies de soort bijlage: statuten, begroting of jaarrekening. Kopieën van VOG’s verzamelt de gemeente niet; het bestuur verklaart dat de vrijwilligers er een hebben.',
            },
          ],
        });
      }
      const context = contextOf(app, request);
      const attachment = await service.addAttachment(context, {
        applicationId: request.params.applicationId,
        file: { kind: kind.data, filename: file.filename, data },
        limits: { totalBytes: app.config.APPLICATION_ATTACHMENTS_LIMIT_BYTES },
      });
      return reply.code(201).send(attachment);
    },
  });

  app.get('/api/applications/:applicationId/attachments/:attachmentId', {
    config: { action: 'application.read' },
    schema: {
      tags,
      params: attachmentParamsSchema,
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

  app.delete('/api/applications/:applicationId/attachments/:attachmentId', {
    config: { action: 'application.update' },
    schema: {
      tags,
      params: attachmentParamsSchema,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await service.removeAttachment(contextOf(app, request), request.params);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/applications/:applicationId/receipt', {
    config: { action: 'application.read' },
    schema: {
      tags,
      summary: 'Ontvangstbevestiging (PDF)',
      params: applicationParamsSchema,
      response: { 200: pdfResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const document = await service.getReceipt(contextOf(app, request), request.params);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(document.filename))
        .header('x-content-sha256', document.sha256)
        .send(document.data);
    },
  });
}
