import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['./test/support/global-setup.ts'],
    // Both cores: the browser journeys (one at a time) run beside the API tests.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: 'domain', isolate: false, include: ['src/domain/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'api',
          // Test files share their worker's loaded modules (each still opens its own
          // database and app): importing the server once per worker instead of once per
          // file saves about a third of the suite's CPU time.
          isolate: false,
          include: ['src/server/**/*.test.ts', 'src/cli/**/*.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          // One Chromium for the run; each journey connects to it.
          globalSetup: ['./test/support/browser-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // One browser at a time on a 2-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
