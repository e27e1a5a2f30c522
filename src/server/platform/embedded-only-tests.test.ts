/**
 * The PostgreSQL pass of CI leaves out the tests listed in test/support/embedded-only-tests.ts.
 * That is only right while none of them uses the test database: this test reads each file and
 * fails when one opens a test app or database, or reads TEST_DATABASE_URL.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBEDDED_ONLY_TESTS } from '../../../test/support/embedded-only-tests.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const USES_TEST_DATABASE =
  /createTestApp|openTestDatabase|wmoTestApp|startJourney|TEST_DATABASE_URL/;

describe('the tests the PostgreSQL pass leaves out', () => {
  it.each(EMBEDDED_ONLY_TESTS)('%s never uses the test database', (file) => {
    const source = readFileSync(path.join(ROOT, file), 'utf8');
    expect(source.match(USES_TEST_DATABASE)?.[0] ?? null).toBeNull();
  });
});
