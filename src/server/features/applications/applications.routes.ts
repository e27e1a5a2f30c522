import { mailSettings } from '../../platform/config.ts';
import { contentDisposition } from '../../platform/downloads.ts';
import { attachmentRoutes } from '../../platform/attachment-routes.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses, pdfResponse } from '../../platform/openapi.ts';
import {
  applicationListQuerySchema,
  applicationListSchema,
  applicationParamsSchema,
  applicationSchema,
  attachmentParamsSchema,
  attachmentSchema,
  attachmentUploadKindSchema,
  createApplicationBodySchema,
  saveApplicationBodySchema,
  submitApplicationBodySchema,
  withdrawApplicationBodySchema,
} from './applications.schemas.ts';
import * as service from './applications.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function applicationsRoutes(app: App) {
  const tags = ['Aanvragen'];

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

  attachmentRoutes(app, {
    url: '/api/applications/:applicationId/attachments',
    tags,
    actions: { read: 'application.read', write: 'application.update' },
    params: applicationParamsSchema,
    fileParams: attachmentParamsSchema,
    kind: attachmentUploadKindSchema,
    attachment: attachmentSchema,
    add: (context, { applicationId }, upload) =>
      service.addAttachment(context, { applicationId, ...upload }),
    getFile: service.getAttachmentFile,
    remove: service.removeAttachment,
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
