import rateLimit from '@fastify/rate-limit';
import { publicUrl } from '../../platform/config.ts';
import { AppError } from '../../platform/errors.ts';
import type { App } from '../../platform/http.ts';
import { errorBodySchema, errorResponses } from '../../platform/openapi.ts';
import {
  measurementListSchema,
  measurementSchema,
  participantParamsSchema,
  questionnaireAnswerBodySchema,
  questionnaireLinkSchema,
  questionnaireLookupSchema,
  questionnaireParamsSchema,
  questionnaireThanksSchema,
  recordMeasurementBodySchema,
} from './measurements.schemas.ts';
import * as service from './measurements.service.ts';
import { contextOf, publicContextOf } from '../../platform/use-case.ts';

/** Public questionnaire requests per address per minute: plenty for a room full of phones. */
const PUBLIC_REQUESTS_PER_MINUTE = 60;

export async function measurementsRoutes(app: App) {
  const tags = ['Metingen'];
  // Only the public routes below are limited (they name a rate limit); this plugin's scope.
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError('TOO_MANY_ATTEMPTS', {
        message: 'Te veel verzoeken achter elkaar. Wacht een minuut en probeer het opnieuw.',
        details: { retryAfterSeconds: Math.ceil(context.ttl / 1000) },
      }),
  });
  const publicLimit = { max: PUBLIC_REQUESTS_PER_MINUTE, timeWindow: 60_000 };

  app.get('/api/participants/:participantId/measurements', {
    config: { action: 'measurement.read' },
    schema: {
      tags,
      params: participantParamsSchema,
      response: { 200: measurementListSchema, ...errorResponses },
    },
    handler: async (request) => service.listMeasurements(contextOf(app, request), request.params),
  });

  app.post('/api/participants/:participantId/measurements', {
    config: { action: 'measurement.write' },
    schema: {
      tags,
      params: participantParamsSchema,
      body: recordMeasurementBodySchema,
      response: { 201: measurementSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(
        await service.recordMeasurement(contextOf(app, request), {
          participantId: request.params.participantId,
          body: request.body,
        }),
      ),
  });

  app.post('/api/participants/:participantId/questionnaire-links', {
    config: { action: 'measurement.write' },
    schema: {
      tags,
      params: participantParamsSchema,
      response: { 201: questionnaireLinkSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(
        await service.createQuestionnaireLink(contextOf(app, request), {
          participantId: request.params.participantId,
          validDays: app.config.QUESTIONNAIRE_LINK_DAYS,
          publicUrl: publicUrl(app.config),
        }),
      ),
  });

  app.get('/api/questionnaire/:token', {
    config: { action: 'questionnaire.answer', rateLimit: publicLimit },
    schema: {
      tags,
      params: questionnaireParamsSchema,
      response: { 200: questionnaireLookupSchema, 429: errorBodySchema, ...errorResponses },
    },
    handler: async (request) =>
      service.lookupQuestionnaire(publicContextOf(app, request), request.params),
  });

  app.post('/api/questionnaire/:token', {
    config: { action: 'questionnaire.answer', rateLimit: publicLimit },
    schema: {
      tags,
      params: questionnaireParamsSchema,
      body: questionnaireAnswerBodySchema,
      response: { 201: questionnaireThanksSchema, 429: errorBodySchema, ...errorResponses },
    },
    handler: async (request, reply) => {
      await service.answerQuestionnaire(publicContextOf(app, request), {
        token: request.params.token,
        answers: request.body,
      });
      return reply.code(201).send({ thanks: true as const });
    },
  });
}
