import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import { outboxListSchema, outboxQuerySchema } from './outbox.schemas.ts';
import * as service from './outbox.service.ts';
import { contextOf } from '../../platform/use-case.ts';

/** Every message the product sent or would send; without SMTP this is where mail waits. */
export async function outboxRoutes(app: App) {
  app.get('/api/outbox', {
    config: { action: 'outbox.list' },
    schema: {
      tags: ['Beheer'],
      querystring: outboxQuerySchema,
      response: { 200: outboxListSchema, ...errorResponses },
    },
    handler: async (request) => service.listOutbox(contextOf(app, request), request.query),
  });
}
