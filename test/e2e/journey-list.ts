/**
 * The browser journeys (test/e2e/<name>.journey.ts) in two groups of about equal length. Each
 * group is one test file (journeys-1.test.ts, journeys-2.test.ts) whose journeys run one after
 * another, so two workers run the two groups side by side from the start while a third runs
 * the API tests (the sequencer in test/support/sequencer.ts starts the journeys first).
 * `JOURNEY=tender npx vitest run --project e2e` runs one journey: vitest.config.ts then runs
 * only the file of its group.
 */
export const JOURNEY_GROUPS: readonly (readonly string[])[] = [
  [
    'accessibility-check',
    'apply',
    'tender',
    'participants',
    'double-financing',
    'rendement',
    'objections',
  ],
  [
    'roles',
    'payments',
    'settlement',
    'grant-changes',
    'grant-report',
    'social-map',
    'dashboards',
    'sif',
  ],
];

/** The test file that runs a journey, or an error naming the journeys there are. */
export function journeyFileOf(name: string): string {
  const group = JOURNEY_GROUPS.findIndex((names) => names.includes(name));
  if (group === -1) {
    throw new Error(`JOURNEY=${name} is not one of ${JOURNEY_GROUPS.flat().join(', ')}`);
  }
  return `test/e2e/journeys-${group + 1}.test.ts`;
}

/** Loads the journeys of one group, or only JOURNEY when it is set. */
export async function loadJourneys(group: number): Promise<void> {
  const only = process.env.JOURNEY;
  for (const name of JOURNEY_GROUPS[group]!) {
    if (only === undefined || only === name) await import(`./${name}.journey.ts`);
  }
}
