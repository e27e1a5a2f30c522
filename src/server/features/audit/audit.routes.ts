import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import { auditListSchema, auditQuerySchema } from './audit.schemas.ts';
import * as service from './audit.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function auditRoutes(app: App) {
  app.get('/api/audit', {
    config: { action: 'audit.list' },
    schema: {
      tags: ['Audit'],
      querystring: auditQuerySchema,
      response: { 200: auditListSchema, ...errorResponses },
    },
    handler: async (request) => service.listAuditEvents(contextOf(app, request), request.query),
  });
}
