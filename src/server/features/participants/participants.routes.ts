import type { App } from '../../platform/http.ts';

export async function participantsRoutes(app: App) {
  void app;
}
