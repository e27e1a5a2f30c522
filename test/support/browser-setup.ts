/**
 * Global setup of the e2e project: one Chromium for the whole run. Every journey file
 * connects to it and works in contexts of its own, instead of starting a browser per file.
 * Without Chromium the journeys skip loudly, or fail under REQUIRE_BROWSER=1 (browser.ts).
 */
import { browserAvailable, launchBrowserServer } from './browser.ts';

export default async function setup({
  provide,
}: {
  provide: (key: 'browserEndpoint', value: string) => void;
}) {
  if (!browserAvailable()) return;
  const server = await launchBrowserServer();
  provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}

declare module 'vitest' {
  export interface ProvidedContext {
    browserEndpoint?: string;
  }
}
