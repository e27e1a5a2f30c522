import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import { timelineParamsSchema, timelineSchema } from './timeline.schemas.ts';
import * as service from './timeline.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function timelineRoutes(app: App) {
  app.get('/api/applications/:applicationId/timeline', {
    // Whoever may read the application may follow its course: its own organisation and the
    // policy officer.
    config: { action: 'application.read' },
    schema: {
      tags: ['Aanvragen'],
      summary: 'De stappen van een aanvraag met hun datum, de huidige stap gemarkeerd',
      params: timelineParamsSchema,
      response: { 200: timelineSchema, ...errorResponses },
    },
    handler: async (request) =>
      service.applicationTimeline(contextOf(app, request), request.params),
  });
}
