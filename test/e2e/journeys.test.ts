/**
 * Every browser journey, in one test file. Vitest holds a project whose files must run one at
 * a time back until all other files are done; as one file, the journeys run one after another
 * in one worker from the start while the other worker runs the API tests (the sequencer in
 * test/support/sequencer.ts starts this file first). `JOURNEY=tender npx vitest run --project
 * e2e` runs one journey.
 */
const JOURNEYS = {
  'accessibility-check': () => import('./accessibility-check.journey.ts'),
  apply: () => import('./apply.journey.ts'),
  roles: () => import('./roles.journey.ts'),
  tender: () => import('./tender.journey.ts'),
  participants: () => import('./participants.journey.ts'),
  'double-financing': () => import('./double-financing.journey.ts'),
  payments: () => import('./payments.journey.ts'),
  settlement: () => import('./settlement.journey.ts'),
  'grant-changes': () => import('./grant-changes.journey.ts'),
  'grant-report': () => import('./grant-report.journey.ts'),
  sif: () => import('./sif.journey.ts'),
};

const only = process.env.JOURNEY;
if (only !== undefined && !(only in JOURNEYS)) {
  throw new Error(`JOURNEY=${only} is not one of ${Object.keys(JOURNEYS).join(', ')}`);
}
for (const [name, load] of Object.entries(JOURNEYS)) {
  if (only === undefined || only === name) await load();
}

export {};
