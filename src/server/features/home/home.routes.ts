import type { App } from '../../platform/http.ts';
import { errorResponses } from '../../platform/openapi.ts';
import { homeTasksSchema } from './home.schemas.ts';
import * as service from './home.service.ts';
import { contextOf } from '../../platform/use-case.ts';

export async function homeRoutes(app: App) {
  app.get('/api/home/tasks', {
    config: { action: 'home.tasks' },
    schema: {
      tags: ['Startpagina'],
      summary: 'Uw open taken per rol, met aantallen, berekend uit de gegevens',
      response: { 200: homeTasksSchema, ...errorResponses },
    },
    handler: async (request) => service.homeTasks(contextOf(app, request)),
  });
}
