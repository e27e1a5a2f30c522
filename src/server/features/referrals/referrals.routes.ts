import type { App } from '../../platform/http.ts';

export async function referralsRoutes(app: App) {
  void app;
}
