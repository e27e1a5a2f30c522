import { defineConfig } from 'vitest/config';
import { EMBEDDED_ONLY_TESTS } from './test/support/embedded-only-tests.ts';
import { journeyFileOf } from './test/e2e/journey-list.ts';
import { JourneysFirst } from './test/support/sequencer.ts';

/** API test files that replace a module with vi.mock, so cannot share loaded modules. */
const MOCKING_MODULES = ['src/server/features/double-financing/imports/import-batches.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['./test/support/global-setup.ts'],
    // Three workers on two cores: the two groups of browser journeys start first, beside the
    // API tests; a journey waits on Chromium and the API tests on their child processes
    // often enough that two workers left a third of the CPU time unused.
    maxWorkers: 3,
    // V8 in the workers without its own compiler and garbage-collector threads: with three
    // workers and Chromium on two cores those threads only compete for the same cores, and
    // the API tests took about a tenth less processor time without them. Nor with the memory
    // reducer, which collects the whole heap to give memory back each time a worker waits a
    // moment (on a child process, on Chromium), and with 256 MB of old space from the start:
    // src/server/features took 103-111 against 109-115 processor-seconds.
    // And without collecting WebAssembly code: every test file opens and closes PGlite
    // engines, which can make V8 13.6 abort a worker (src/server/platform/wasm-code.ts).
    execArgv: [
      '--single-threaded',
      '--no-memory-reducer',
      '--initial-old-space-size=256',
      '--no-wasm-code-gc',
    ],
    sequence: { sequencer: JourneysFirst },
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
          // The PostgreSQL pass (TEST_DATABASE_URL set) leaves out the tests that run only on
          // an embedded data folder: they would run a second time unchanged.
          exclude: [
            ...MOCKING_MODULES,
            ...(process.env.TEST_DATABASE_URL ? EMBEDDED_ONLY_TESTS : []),
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // Files that replace a module with vi.mock need modules of their own.
          name: 'api-isolated',
          include: MOCKING_MODULES,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          // The web app's helpers, shared components and forms, in a simulated DOM.
          name: 'web',
          // Files share their worker's modules; each test still starts from an empty document.
          isolate: false,
          include: ['src/web/**/*.test.{ts,tsx}'],
          environment: 'happy-dom',
          setupFiles: ['./test/support/web-setup.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          // Two files that each run a group of journeys (test/e2e/journey-list.ts); with
          // JOURNEY=<name> only the file of that journey.
          include: [
            process.env.JOURNEY
              ? journeyFileOf(process.env.JOURNEY)
              : 'test/e2e/journeys-*.test.ts',
          ],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // A page may take a few seconds to show what a journey waits for on a busy
          // machine; vitest's default of one second made polls fail that a person would pass.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
