/**
 * Test files that start the server or the command line as real processes on an embedded
 * (PGlite) data folder, or test the embedded database itself. They never read
 * TEST_DATABASE_URL, so CI's PostgreSQL pass would only run them a second time unchanged; it
 * leaves them out (vitest.config.ts). `embedded-only-tests.test.ts` fails when one of them
 * starts to use the test database.
 */
export const EMBEDDED_ONLY_TESTS = [
  'src/cli/installation.test.ts',
  'src/cli/double-financing-check.test.ts',
  'src/server/main.test.ts',
  'src/server/pseudonym-key-startup.test.ts',
  'src/server/platform/module-loading.test.ts',
  'src/server/platform/db/embedded-storage.test.ts',
  'src/server/platform/db/embedded-checkpoints.test.ts',
  'src/server/platform/db/pglite-client.test.ts',
  'src/server/platform/db/pglite-reader.test.ts',
  'src/server/features/decisions/decisions-crash.test.ts',
  'src/server/features/settlements/settlements-crash.test.ts',
];
