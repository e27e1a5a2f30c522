import { mailSettings } from '../../platform/config.ts';
import { contentDisposition } from '../../platform/downloads.ts';
import type { App } from '../../platform/http.ts';
import { errorResponses, pdfResponse } from '../../platform/openapi.ts';
import * as service from './decisions.service.ts';
import {
  applicationParamsSchema,
  decisionListSchema,
  decisionSchema,
  generationStartedSchema,
  issueResultSchema,
  jobParamsSchema,
  jobSchema,
  renunciationBodySchema,
  roundParamsSchema,
} from './decisions.schemas.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function decisionsRoutes(app: App) {
  const tags = ['Beschikkingen'];
  app.post('/api/rounds/:roundId/decisions/generate', {
    config: { action: 'decision.manage' },
    schema: {
      tags,
      summary: 'Alle beschikkingen van de ronde maken (een taak met voortgang)',
      params: roundParamsSchema,
      response: { 202: generationStartedSchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      const jobId = await service.startGeneration(contextOf(app, request), request.params);
      void app.jobs.kick();
      return reply.code(202).send({ jobId });
    },
  });

  app.get('/api/jobs/:jobId', {
    config: { action: 'decision.manage' },
    schema: {
      tags,
      params: jobParamsSchema,
      response: { 200: jobSchema, ...errorResponses },
    },
    handler: async (request) => service.jobProgress(contextOf(app, request), request.params),
  });

  app.get('/api/rounds/:roundId/decisions', {
    config: { action: 'decision.manage' },
    schema: {
      tags,
      params: roundParamsSchema,
      response: { 200: decisionListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listDecisions(contextOf(app, request), request.params),
    }),
  });

  app.post('/api/rounds/:roundId/decisions/issue', {
    config: { action: 'decision.manage' },
    schema: {
      tags,
      summary:
        'De beschikkingen verzenden: de verzenddatum wordt vastgelegd en de aanvragers krijgen een e-mail',
      params: roundParamsSchema,
      response: { 200: issueResultSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.issueDecisions(contextOf(app, request), {
        roundId: request.params.roundId,
        mail: mailSettings(app.config),
      }),
  });

  app.get('/api/applications/:applicationId/decision', {
    config: { action: 'decision.read' },
    schema: {
      tags,
      params: applicationParamsSchema,
      response: { 200: decisionSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.decisionForApplication(contextOf(app, request), request.params),
  });

  app.post('/api/applications/:applicationId/renunciation', {
    config: { action: 'decision.renounce' },
    schema: {
      tags,
      summary:
        'Afstand doen van de verleende subsidie (de aanvrager zelf, of de beleidsmedewerker op schriftelijk verzoek)',
      params: applicationParamsSchema,
      body: renunciationBodySchema,
      response: { 200: decisionSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.renounceGrant(contextOf(app, request), {
        applicationId: request.params.applicationId,
        body: request.body,
      }),
  });

  app.get('/api/applications/:applicationId/decision.pdf', {
    config: { action: 'decision.read' },
    schema: {
      tags,
      params: applicationParamsSchema,
      response: { 200: pdfResponse, ...errorResponses },
    },
    handler: async (request, reply) => {
      const document = await service.decisionDocument(contextOf(app, request), request.params);
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(document.filename))
        .header('x-content-sha256', document.sha256)
        .send(document.data);
    },
  });
}
