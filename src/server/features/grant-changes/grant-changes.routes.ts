import { mailSettings } from '../../platform/config.ts';
import { contentDisposition } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses, pdfResponse } from '../../platform/openapi.ts';
import { contextOf } from '../../platform/use-case.ts';
import { grantParamsSchema } from '../grants/grants.schemas.ts';
import * as service from './grant-changes.service.ts';
import {
  changeDecisionBodySchema,
  changeRequestBodySchema,
  grantChangeListSchema,
  grantChangeParamsSchema,
  grantChangeSchema,
  loweringBodySchema,
  pendingChangeListSchema,
} from './grant-changes.schemas.ts';

export async function grantChangesRoutes(app: App) {
  const tags = ['Subsidies'];
  const letters = () => ({
    municipalityNameOverride: app.config.MUNICIPALITY_NAME,
    objectionAddress: app.config.OBJECTION_ADDRESS,
  });

  app.get('/api/grants/:grantId/changes', {
    config: { action: 'grant_change.list' },
    schema: {
      tags,
      summary: 'De wijzigingen van een subsidie: verzoeken, verlaging en intrekking',
      params: grantParamsSchema,
      response: { 200: grantChangeListSchema, ...errorResponses },
    },
    handler: async (request) => service.listChanges(contextOf(app, request), request.params),
  });

  app.get('/api/grant-changes/pending', {
    config: { action: 'grant_change.decide' },
    schema: {
      tags,
      summary: 'De wijzigingsverzoeken die op een besluit wachten',
      response: { 200: pendingChangeListSchema, ...errorResponses },
    },
    handler: async (request) => service.pendingChanges(contextOf(app, request)),
  });

  app.post('/api/grants/:grantId/changes', {
    config: { action: 'grant_change.request' },
    schema: {
      tags,
      summary: 'Een wijziging van de eigen subsidie aanvragen (periode, begroting of activiteit)',
      params: grantParamsSchema,
      body: changeRequestBodySchema,
      response: { 201: grantChangeSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(
        await service.requestChange(contextOf(app, request), {
          grantId: request.params.grantId,
          body: request.body,
        }),
      ),
  });

  app.post('/api/grants/:grantId/changes/:changeId/decision', {
    config: { action: 'grant_change.decide' },
    schema: {
      tags,
      summary: 'Beslissen op een wijzigingsverzoek (toekennen of weigeren, met motivering)',
      params: grantChangeParamsSchema,
      body: changeDecisionBodySchema,
      response: { 200: grantChangeSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.decideChange(contextOf(app, request), {
        ...request.params,
        body: request.body,
        letters: letters(),
        mail: mailSettings(app.config),
      }),
  });

  app.post('/api/grants/:grantId/lowering', {
    config: { action: 'grant.lower' },
    schema: {
      tags,
      summary: 'De subsidie verlagen of intrekken (artikel 4:48 Awb), met brief',
      params: grantParamsSchema,
      body: loweringBodySchema,
      response: { 201: grantChangeSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(
        await service.lowerGrant(contextOf(app, request), {
          grantId: request.params.grantId,
          body: request.body,
          letters: letters(),
          mail: mailSettings(app.config),
        }),
      ),
  });

  app.get('/api/grants/:grantId/changes/:changeId/letter.pdf', {
    config: { action: 'grant_change.list' },
    schema: {
      tags,
      params: grantChangeParamsSchema,
      response: { 200: pdfResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const document = await service.changeLetterDocument(contextOf(app, request), request.params);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(document.filename))
        .header('x-content-sha256', document.sha256)
        .send(document.data);
    },
  });
}
