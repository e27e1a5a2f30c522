import { z } from 'zod';
import type { App } from '../../platform/http.ts';
import { requireActor } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import {
  provisionBodySchema,
  provisionListSchema,
  provisionParamsSchema,
  provisionSchema,
  updateProvisionBodySchema,
} from './provisions.schemas.ts';
import * as service from './provisions.service.ts';

export async function provisionsRoutes(app: App) {
  const tags = ['Voorzieningen'];
  app.get('/api/provisions', {
    config: { action: 'provision.list' },
    schema: {
      tags,
      querystring: z.object({ organisationId: z.uuid().optional() }),
      response: { 200: provisionListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listProvisions(app.db, request.scope, request.query.organisationId),
    }),
  });

  app.get('/api/provisions/:provisionId', {
    config: { action: 'provision.read' },
    schema: {
      tags,
      params: provisionParamsSchema,
      response: { 200: provisionSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.getProvision(app.db, request.scope, request.params.provisionId),
  });

  app.post('/api/provisions', {
    config: { action: 'provision.create' },
    schema: {
      tags,
      body: provisionBodySchema,
      response: { 201: provisionSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .send(
          await service.createProvision(app.db, requireActor(request), request.scope, request.body),
        ),
  });

  app.patch('/api/provisions/:provisionId', {
    config: { action: 'provision.update' },
    schema: {
      tags,
      params: provisionParamsSchema,
      body: updateProvisionBodySchema,
      response: { 200: provisionSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.updateProvision(
        app.db,
        requireActor(request),
        request.scope,
        request.params.provisionId,
        request.body,
        app.now(),
      ),
  });
}
