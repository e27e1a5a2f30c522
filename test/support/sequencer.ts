/**
 * The order in which test files start, so that the two cores stay busy to the end: the
 * browser journeys first (their two files take the longest, each running its journeys one
 * after another), then the files that need a module environment of their own (vitest would
 * otherwise start them last, leaving one core idle while they run), then the API tests that
 * run only on the embedded database (embedded-only-tests.ts: mostly those that start the
 * server or the command line as real processes, the longest API files, mostly waiting on
 * their processes: main.test.ts alone takes about 28 s), then the rest in vitest's
 * own order within a project (longest or largest first), longest projects first. vitest knows
 * the longest files only from an earlier run on the same machine; a fresh clone, as in CI,
 * started main.test.ts among the last files and ended the run on it.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import path from 'node:path';
import { EMBEDDED_ONLY_TESTS } from './embedded-only-tests.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const EMBEDDED_ONLY = new Set(EMBEDDED_ONLY_TESTS.map((file) => path.join(ROOT, file)));

const ORDER = ['e2e', 'api-isolated', 'api, embedded only', 'api', 'web', 'domain'];

function group(spec: TestSpecification): string {
  const project = spec.project.name;
  return project === 'api' && EMBEDDED_ONLY.has(spec.moduleId) ? 'api, embedded only' : project;
}

export class JourneysFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = ORDER.indexOf(group(spec));
      return index === -1 ? ORDER.length : index;
    };
    // Array.prototype.sort is stable: within a group vitest's order stays.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
