import type { App } from '../../platform/http.ts';

export async function participantReportsRoutes(app: App) {
  void app;
}
