/**
 * bench/tender: times rankAndAllocate on one category with 10,000 applications, generated
 * from a fixed seed so every run ranks the same round. Warm-up first (JIT), then the median
 * of 10 runs. Prints JSON. Run: `node bench/tender.ts`.
 */
import { performance } from 'node:perf_hooks';
import {
  rankAndAllocate,
  type TenderApplicationInput,
  type TenderRankInput,
} from '../src/domain/tender/rank-and-allocate.ts';

const APPLICATIONS = 10_000;
const WARM_UP_RUNS = 3;
const TIMED_RUNS = 10;
const GOAL_MS = 50;

/** mulberry32: a small deterministic PRNG, so the round is the same on every machine. */
function randomFrom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

function generateRound(): TenderRankInput {
  const random = randomFrom(20_270_001);
  const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  // Costs and reach close together and mostly passing scores: most applications are ranked,
  // and totals tie often, so the lot is drawn thousands of times.
  const score = () => (random() < 0.03 ? 5 : between(6, 10));
  const applications: TenderApplicationInput[] = [];
  for (let i = 1; i <= APPLICATIONS; i++) {
    applications.push({
      reference: `AV-2027-${String(i).padStart(5, '0')}`,
      submittedOnTime: random() > 0.02,
      meetsGeneralConditions: random() > 0.02,
      requestedCents: between(500_000, 3_000_000),
      budget: [
        { kind: 'fixed_costs', cents: between(1_000_000, 1_300_000) },
        { kind: 'staff', cents: between(0, 1_000_000) },
        { kind: 'volunteer_expenses', cents: between(0, 300_000) },
        { kind: 'refreshments', cents: between(0, 200_000) },
      ],
      reach: {
        participants: between(30, 36),
        dayPartsPerWeek: 4,
        weeksPerYear: between(48, 52),
      },
      returnService: random() < 0.7 ? 'tegenprestatie' : 'fee',
      scores: {
        samenwerking: score(),
        resultaat: score(),
        inclusie: score(),
        duurzaamheid: score(),
      },
    });
  }
  // The ceiling runs out about halfway down the ranking.
  return {
    category: 'services',
    ceilingCents: 5_000_000_000,
    seed: 'AV-2027 ronde 1',
    applications,
  };
}

const round = generateRound();
for (let i = 0; i < WARM_UP_RUNS; i++) rankAndAllocate(round);
const timings: number[] = [];
for (let i = 0; i < TIMED_RUNS; i++) {
  const started = performance.now();
  rankAndAllocate(round);
  timings.push(performance.now() - started);
}
const sorted = [...timings].sort((a, b) => a - b);
const middle = sorted.length / 2;
const median = (sorted[Math.floor(middle) - 1]! + sorted[Math.floor(middle)]!) / 2;

console.log(
  JSON.stringify({
    benchmark: 'tender-rank',
    applications: APPLICATIONS,
    medianMs: Math.round(median * 10) / 10,
    goalMs: GOAL_MS,
  }),
);
