import type { App } from '../../platform/http.ts';

export async function attendanceRoutes(app: App) {
  void app;
}
