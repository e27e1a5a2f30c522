import { z } from 'zod';
import type { App } from '../../platform/http.ts';
import { requireActor } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import {
  ceilingChangeBodySchema,
  checklistSchema,
  roundBodySchema,
  roundListSchema,
  roundOverviewSchema,
  roundParamsSchema,
  roundSchema,
  schemeBodySchema,
  schemeParamsSchema,
  schemeSchema,
} from './rounds.schemas.ts';
import * as service from './rounds.service.ts';

export async function roundsRoutes(app: App) {
  const tags = ['Subsidierondes'];
  app.get('/api/rounds', {
    config: { action: 'round.list' },
    schema: { tags, response: { 200: roundListSchema, ...errorResponses } },
    handler: async (request) => ({
      items: await service.listRounds(app.db, request.actor, new Date()),
    }),
  });

  app.get('/api/rounds/:roundId', {
    config: { action: 'round.read' },
    schema: { tags, params: roundParamsSchema, response: { 200: roundSchema, ...errorResponses } },
    handler: async (request) =>
      service.getRound(app.db, request.actor, request.params.roundId, new Date()),
  });

  app.post('/api/rounds', {
    config: { action: 'round.create' },
    schema: { tags, body: roundBodySchema, response: { 201: roundSchema, ...errorResponses } },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(await service.createRound(app.db, requireActor(request), request.body, new Date())),
  });

  app.put('/api/rounds/:roundId', {
    config: { action: 'round.update' },
    schema: {
      tags,
      params: roundParamsSchema,
      body: roundBodySchema,
      response: { 200: roundSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.updateRound(
        app.db,
        requireActor(request),
        request.params.roundId,
        request.body,
        new Date(),
      ),
  });

  app.put('/api/rounds/:roundId/ceilings', {
    config: { action: 'round.update' },
    schema: {
      tags,
      params: roundParamsSchema,
      body: ceilingChangeBodySchema,
      response: { 200: roundSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.changeCeilings(
        app.db,
        requireActor(request),
        request.params.roundId,
        request.body,
        new Date(),
      ),
  });

  app.get('/api/rounds/:roundId/checklist', {
    config: { action: 'round.update' },
    schema: {
      tags,
      params: roundParamsSchema,
      response: { 200: checklistSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.getChecklist(app.db, requireActor(request), request.params.roundId, new Date()),
  });

  app.post('/api/rounds/:roundId/open', {
    config: { action: 'round.update' },
    schema: { tags, params: roundParamsSchema, response: { 200: roundSchema, ...errorResponses } },
    handler: async (request) =>
      service.openRound(app.db, requireActor(request), request.params.roundId, new Date()),
  });

  app.get('/api/rounds/:roundId/overview', {
    config: { action: 'round.overview' },
    schema: {
      tags,
      params: roundParamsSchema,
      response: { 200: roundOverviewSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.getOverview(app.db, requireActor(request), request.params.roundId, new Date()),
  });

  app.get('/api/schemes', {
    config: { action: 'scheme.read' },
    schema: {
      tags,
      response: { 200: z.object({ items: z.array(schemeSchema) }), ...errorResponses },
    },
    handler: async () => ({ items: await service.listSchemes(app.db) }),
  });

  app.get('/api/schemes/:schemeId', {
    config: { action: 'scheme.read' },
    schema: {
      tags,
      params: schemeParamsSchema,
      response: { 200: schemeSchema, ...errorResponses },
    },
    handler: async (request) => service.getScheme(app.db, request.params.schemeId),
  });

  app.put('/api/schemes/:schemeId', {
    config: { action: 'scheme.update' },
    schema: {
      tags,
      params: schemeParamsSchema,
      body: schemeBodySchema,
      response: { 200: schemeSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.updateScheme(
        app.db,
        requireActor(request),
        request.params.schemeId,
        request.body,
        new Date(),
      ),
  });
}
