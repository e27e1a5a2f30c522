/** The browser journeys of group 2 of test/e2e/journey-list.ts, one after another. */
import { loadJourneys } from './journey-list.ts';

await loadJourneys(1);
