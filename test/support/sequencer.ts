/**
 * The order in which test files start, so that the two cores stay busy to the end: the
 * browser journeys first (their two files take the longest, each running its journeys one
 * after another), then the files that need a module environment of their own (vitest would
 * otherwise start them last, leaving one core idle while they run), then the rest in vitest's
 * own order within a project (longest or largest first), longest projects first.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

const PROJECT_ORDER = ['e2e', 'api-isolated', 'api', 'web', 'domain'];

export class JourneysFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification) => {
      const index = PROJECT_ORDER.indexOf(spec.project.name);
      return index === -1 ? PROJECT_ORDER.length : index;
    };
    // Array.prototype.sort is stable: within a project vitest's order stays.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
