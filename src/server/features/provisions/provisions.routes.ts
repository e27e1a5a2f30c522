import { z } from 'zod';
import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import {
  provisionBodySchema,
  provisionListSchema,
  provisionParamsSchema,
  provisionVisibilityBodySchema,
  provisionSchema,
  updateProvisionBodySchema,
} from './provisions.schemas.ts';
import * as service from './provisions.service.ts';
import { contextOf } from '../../platform/use-case.ts';

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
      items: await service.listProvisions(contextOf(app, request), request.query),
    }),
  });

  app.get('/api/provisions/:provisionId', {
    config: { action: 'provision.read' },
    schema: {
      tags,
      params: provisionParamsSchema,
      response: { 200: provisionSchema, ...errorResponses },
    },
    handler: async (request) => service.getProvision(contextOf(app, request), request.params),
  });

  app.post('/api/provisions', {
    config: { action: 'provision.create' },
    schema: {
      tags,
      body: provisionBodySchema,
      response: { 201: provisionSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.code(201).send(await service.createProvision(contextOf(app, request), request.body)),
  });

  app.put('/api/provisions/:provisionId/visibility', {
    config: { action: 'provision.hide' },
    schema: {
      tags,
      summary: 'Een voorziening verbergen op de sociale kaart, of weer tonen',
      params: provisionParamsSchema,
      body: provisionVisibilityBodySchema,
      response: { 200: provisionSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.setProvisionVisibility(contextOf(app, request), {
        provisionId: request.params.provisionId,
        hidden: request.body.hidden,
      }),
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
      service.updateProvision(contextOf(app, request), {
        provisionId: request.params.provisionId,
        body: request.body,
      }),
  });
}
