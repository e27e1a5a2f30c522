/**
 * The order in which test files start: the browser journeys first (their two files take the
 * longest, each running its journeys one after another), then vitest's own order (longest or
 * largest first) for the rest.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class JourneysFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const journeys = sorted.filter((spec) => spec.project.name === 'e2e');
    return [...journeys, ...sorted.filter((spec) => spec.project.name !== 'e2e')];
  }
}
