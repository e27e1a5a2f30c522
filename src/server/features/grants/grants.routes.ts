import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import { contextOf } from '../../platform/use-case.ts';
import * as service from './grants.service.ts';
import {
  grantListQuerySchema,
  grantListSchema,
  grantParamsSchema,
  grantSchema,
  scheduleBodySchema,
} from './grants.schemas.ts';

export async function grantsRoutes(app: App) {
  const tags = ['Subsidies'];
  app.get('/api/grants', {
    config: { action: 'grant.list' },
    schema: {
      tags,
      summary: 'De verleende subsidies (de organisatie: alleen de eigen)',
      querystring: grantListQuerySchema,
      response: { 200: grantListSchema, ...errorResponses },
    },
    handler: async (request) => ({
      items: await service.listGrants(contextOf(app, request), request.query),
    }),
  });

  app.get('/api/grants/:grantId', {
    config: { action: 'grant.read' },
    schema: {
      tags,
      params: grantParamsSchema,
      response: { 200: grantSchema, ...errorResponses },
    },
    handler: async (request) => service.getGrant(contextOf(app, request), request.params),
  });

  app.put('/api/grants/:grantId/schedule', {
    config: { action: 'grant.schedule' },
    schema: {
      tags,
      summary: 'Het betaalschema van de voorschotten wijzigen (tot de eerste betaling)',
      params: grantParamsSchema,
      body: scheduleBodySchema,
      response: { 200: grantSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.changeSchedule(contextOf(app, request), {
        grantId: request.params.grantId,
        body: request.body,
      }),
  });
}
