/** The browser journeys of group 1 of test/e2e/journey-list.ts, one after another. */
import { afterAll } from 'vitest';
import { closeJourneyBrowser } from '../support/browser.ts';
import { loadJourneys } from './journey-list.ts';

await loadJourneys(0);
afterAll(closeJourneyBrowser);
