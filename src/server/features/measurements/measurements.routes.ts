import type { App } from '../../platform/http.ts';

export async function measurementsRoutes(app: App) {
  void app;
}
