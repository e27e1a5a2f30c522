import type { App } from '../../platform/http.ts';
import { neighbourhoodListSchema, settingsSchema } from './settings.schemas.ts';
import * as service from './settings.service.ts';

export async function settingsRoutes(app: App) {
  const tags = ['Gemeente'];
  app.get('/api/settings', {
    config: { action: 'settings.read' },
    schema: { tags, response: { 200: settingsSchema } },
    handler: async () => service.getSettings(app.db, app.config.MUNICIPALITY_NAME),
  });

  app.get('/api/neighbourhoods', {
    config: { action: 'neighbourhood.list' },
    schema: { tags, response: { 200: neighbourhoodListSchema } },
    handler: async () => service.listNeighbourhoods(app.db),
  });
}
