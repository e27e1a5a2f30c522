import { mailSettings } from '../../platform/config.ts';
import { contentDisposition } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses, pdfResponse } from '../../platform/openapi.ts';
import { applicationParamsSchema } from '../applications/applications.schemas.ts';
import {
  applicationObjectionParamsSchema,
  decideObjectionBodySchema,
  hearingBodySchema,
  objectionListSchema,
  objectionParamsSchema,
  objectionSchema,
  registerObjectionBodySchema,
} from './objections.schemas.ts';
import * as service from './objections.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function objectionsRoutes(app: App) {
  const tags = ['Bezwaar'];

  app.get('/api/objections', {
    config: { action: 'objection.manage' },
    schema: {
      tags,
      summary: 'Het register van bezwaarschriften',
      response: { 200: objectionListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listObjections(contextOf(app, request)),
    }),
  });

  app.get('/api/objections/:objectionId', {
    config: { action: 'objection.manage' },
    schema: {
      tags,
      params: objectionParamsSchema,
      response: { 200: objectionSchema, ...errorResponses },
    },
    handler: async (request) => service.getObjection(contextOf(app, request), request.params),
  });

  app.get('/api/applications/:applicationId/objections', {
    config: { action: 'objection.read' },
    schema: {
      tags,
      summary: 'Bezwaren tegen de beschikkingen op deze aanvraag, met hun stand',
      params: applicationParamsSchema,
      response: { 200: objectionListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.objectionsOfApplication(contextOf(app, request), request.params),
    }),
  });

  app.get('/api/applications/:applicationId/objections/:objectionId/letter.pdf', {
    config: { action: 'objection.read' },
    schema: {
      tags,
      summary: 'De beslissing op bezwaar (PDF)',
      params: applicationObjectionParamsSchema,
      response: { 200: pdfResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const document = await service.objectionLetterDocument(
        contextOf(app, request),
        request.params,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(document.filename))
        .header('x-content-sha256', document.sha256)
        .send(document.data);
    },
  });

  app.post('/api/applications/:applicationId/objections', {
    config: { action: 'objection.manage' },
    schema: {
      tags,
      summary:
        'Een bezwaarschrift registreren tegen (standaard) de geldende beschikking; op tijd of niet volgt uit de verzenddatum',
      params: applicationParamsSchema,
      body: registerObjectionBodySchema,
      response: { 201: objectionSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(
        await service.registerObjection(contextOf(app, request), {
          applicationId: request.params.applicationId,
          body: request.body,
        }),
      ),
  });

  app.put('/api/objections/:objectionId/hearing', {
    config: { action: 'objection.manage' },
    schema: {
      tags,
      summary: 'De hoorzitting vastleggen (datum en verslag)',
      params: objectionParamsSchema,
      body: hearingBodySchema,
      response: { 200: objectionSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.recordHearing(contextOf(app, request), {
        objectionId: request.params.objectionId,
        body: request.body,
      }),
  });

  app.post('/api/objections/:objectionId/decision', {
    config: { action: 'objection.manage' },
    schema: {
      tags,
      summary:
        'Beslissen op het bezwaar; bij (deels) gegrond volgen een herziene rangschikking en een nieuwe beschikking',
      params: objectionParamsSchema,
      body: decideObjectionBodySchema,
      response: { 200: objectionSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.decideObjection(contextOf(app, request), {
        objectionId: request.params.objectionId,
        body: request.body,
        mail: mailSettings(app.config),
        letters: {
          municipalityNameOverride: app.config.MUNICIPALITY_NAME,
          objectionAddress: app.config.OBJECTION_ADDRESS,
        },
      }),
  });
}
