import { z } from 'zod';
import { mailSettings } from '../../platform/config.ts';
import { contentDisposition } from '../../platform/downloads.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http.ts';
import { requireActor } from '../../platform/http.ts';
import { findJob } from '../../platform/jobs.ts';
import { errorResponses } from '../../platform/openapi.ts';
import * as service from './decisions.service.ts';
import { renunciationBodySchema, renunciationSchema } from './decisions.schemas.ts';

const roundParams = z.object({ roundId: z.uuid() });

const decisionResponse = z.object({
  id: z.uuid(),
  reference: z.string(),
  outcome: z.string(),
  title: z.string(),
  grantedCents: z.number().int(),
  generatedAt: z.string(),
  issuedAt: z.string().nullable(),
  sentDay: z.string().nullable(),
  objectionDeadline: z.string().nullable(),
  html: z.string(),
  documentId: z.uuid(),
  renunciation: renunciationSchema.nullable(),
});
const applicationParams = z.object({ applicationId: z.uuid() });

export async function decisionsRoutes(app: App) {
  const tags = ['Beschikkingen'];
  app.post('/api/rounds/:roundId/decisions/generate', {
    config: { action: 'decision.manage' },
    schema: {
      tags,
      summary: 'Alle beschikkingen van de ronde maken (een taak met voortgang)',
      params: roundParams,
      response: { 202: z.object({ jobId: z.uuid() }), ...errorResponses },
    },
    handler: async (request, reply) => {
      const jobId = await service.startGeneration(
        app.db,
        requireActor(request),
        request.params.roundId,
      );
      void app.jobs.kick();
      return reply.code(202).send({ jobId });
    },
  });

  app.get('/api/jobs/:jobId', {
    config: { action: 'decision.manage' },
    schema: {
      tags,
      params: z.object({ jobId: z.uuid() }),
      response: {
        200: z.object({
          id: z.uuid(),
          kind: z.string(),
          status: z.enum(['queued', 'running', 'done', 'failed']),
          done: z.number().int(),
          total: z.number().int(),
          error: z.string().nullable(),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) => {
      const job = await findJob(app.db, request.params.jobId);
      if (!job) throw new AppError('NOT_FOUND');
      return { ...job, status: job.status as 'queued' };
    },
  });

  app.get('/api/rounds/:roundId/decisions', {
    config: { action: 'decision.manage' },
    schema: {
      tags,
      params: roundParams,
      response: { 200: z.object({ items: z.array(z.any()) }), ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listDecisions(app.db, request.params.roundId),
    }),
  });

  app.post('/api/rounds/:roundId/decisions/issue', {
    config: { action: 'decision.manage' },
    schema: {
      tags,
      summary:
        'De beschikkingen verzenden: de verzenddatum wordt vastgelegd en de aanvragers krijgen een e-mail',
      params: roundParams,
      response: {
        200: z.object({
          issued: z.number().int(),
          sentDay: z.string(),
          objectionDeadline: z.string(),
        }),
        ...errorResponses,
      },
    },
    handler: async (request) =>
      service.issueDecisions(
        app.db,
        requireActor(request),
        request.params.roundId,
        mailSettings(app.config),
        app.now(),
      ),
  });

  app.get('/api/applications/:applicationId/decision', {
    config: { action: 'decision.read' },
    schema: {
      tags,
      params: applicationParams,
      response: { 200: decisionResponse, ...errorResponses },
    },
    handler: async (request) =>
      service.decisionForApplication(app.db, request.scope, request.params.applicationId),
  });

  app.post('/api/applications/:applicationId/renunciation', {
    config: { action: 'decision.renounce' },
    schema: {
      tags,
      summary:
        'Afstand doen van de verleende subsidie (de aanvrager zelf, of de beleidsmedewerker op schriftelijk verzoek)',
      params: applicationParams,
      body: renunciationBodySchema,
      response: { 200: decisionResponse, ...errorResponses },
    },
    handler: async (request) =>
      service.renounceGrant(
        app.db,
        requireActor(request),
        request.scope,
        request.params.applicationId,
        request.body,
        app.now(),
      ),
  });

  app.get('/api/applications/:applicationId/decision.pdf', {
    config: { action: 'decision.read' },
    schema: { tags, params: applicationParams, response: { 200: z.any(), ...errorResponses } },
    handler: async (request, reply) => {
      const document = await service.decisionDocument(
        app.db,
        request.scope,
        request.params.applicationId,
      );
      return reply
        .type('application/pdf')
        .header('content-disposition', contentDisposition(document.filename))
        .header('x-content-sha256', document.sha256)
        .send(document.data);
    },
  });
}
