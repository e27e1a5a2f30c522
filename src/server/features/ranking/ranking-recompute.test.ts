/**
 * The claim that a fixed ranking can be recomputed by anyone: the stored input, read back
 * from the database and checked as `tender rank` checks its file, gives through the pure
 * rule exactly the stored output (every position, total, criterion score, lot, amount in
 * cents and outcome). Held for the demo's decided year and for a round ranked here through
 * the API, with a tie decided by lot, a partial grant and every way to fall out.
 */
import { asc } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ALL_CONDITIONS_MET,
  completeContent,
  newApplicantOrganisation,
  openRound,
  scoreSheet,
  submitApplication,
} from '../../../../test/support/tender-fixtures.ts';
import {
  type Session,
  type TestContext,
  TEMPLATE_MOMENT,
  as,
  createTestApp,
  loginAs,
} from '../../../../test/support/test-app.ts';
import {
  rankAndAllocate,
  type TenderRankOutput,
} from '../../../domain/tender/rank-and-allocate.ts';
import { parseTenderRankInput } from '../../../domain/tender/tender-rank-input.ts';
import { rankings } from '../../platform/db/schema.ts';

let ctx: TestContext;
let now = TEMPLATE_MOMENT;
let officer: Session;
let admin: Session;
let assessor: Session;
let assessor2: Session;

beforeAll(async () => {
  ctx = await createTestApp({}, () => now);
  officer = await loginAs(ctx.app, 'policy_officer@demo.example');
  admin = await loginAs(ctx.app, 'admin@demo.example');
  assessor = await loginAs(ctx.app, 'assessor@demo.example');
  assessor2 = await loginAs(ctx.app, 'assessor2@demo.example');
});
afterAll(() => ctx?.close());

async function call(
  session: Session,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  payload?: object,
) {
  const response = await ctx.app.inject({
    method,
    url,
    headers: as(session),
    ...(payload ? { payload } : {}),
  });
  if (response.statusCode >= 300) {
    throw new Error(`${method} ${url}: ${response.statusCode} ${response.body}`);
  }
  return response.json();
}

interface StoredRanking {
  roundId: string;
  category: string;
  version: number;
  input: { tender: unknown };
  output: TenderRankOutput;
}

/** The rankings as the database holds them, not as a service would rebuild them. */
async function storedRankings(): Promise<StoredRanking[]> {
  const rows = await ctx.handle.db
    .select()
    .from(rankings)
    .orderBy(asc(rankings.fixedAt), asc(rankings.category), asc(rankings.version));
  return rows.map((row) => ({
    roundId: row.roundId,
    category: row.category,
    version: row.version,
    input: row.input as { tender: unknown },
    output: row.output as TenderRankOutput,
  }));
}

/** The stored input as `tender rank` reads its file, ranked again with the pure rule. */
function recompute(stored: StoredRanking): TenderRankOutput {
  const parsed = parseTenderRankInput(JSON.parse(JSON.stringify(stored.input.tender)));
  if (!parsed.ok) {
    throw new Error(`stored input of ${stored.category} v${stored.version} does not parse`);
  }
  return rankAndAllocate(parsed.input);
}

/** One line per application: what a letter and the ranked list show. */
function summary(output: TenderRankOutput) {
  return output.applications.map((a) => [
    a.reference,
    a.rank,
    a.total,
    a.outcome,
    a.grantedCents,
    a.tieBreak === null ? 'no lot' : 'lot',
  ]);
}

describe('a stored ranking recomputes exactly from its stored input', () => {
  it("holds for each of the four rankings of the demo's decided year", async () => {
    const rounds = (await call(officer, 'GET', '/api/rounds')).items as {
      id: string;
      year: number;
    }[];
    const decided = rounds.find((round) => round.year === 2025)!;
    const stored = (await storedRankings()).filter((r) => r.roundId === decided.id);
    expect(stored.map((r) => [r.category, r.version])).toEqual([
      ['day_activities', 1],
      ['information_advice', 1],
      ['living_room', 1],
      ['services', 1],
    ]);
    for (const ranking of stored) {
      expect(recompute(ranking), `${ranking.category} v${ranking.version}`).toEqual(ranking.output);
    }
    // The API serves what is stored: the same input and output.
    const served = (
      await call(officer, 'GET', `/api/rounds/${decided.id}/categories/living_room/rankings`)
    ).items;
    const livingRoom = stored.find((r) => r.category === 'living_room')!;
    expect(served).toHaveLength(1);
    expect(served[0].input).toEqual(livingRoom.input.tender);
    expect(served[0].output).toEqual(livingRoom.output);
    // Not a trivial ranking: a lot between two equal totals and a partial grant of the rest.
    expect(summary(recompute(livingRoom))).toEqual([
      ['AV-2025-0001', 1, 42, 'granted', 1_400_000, 'no lot'],
      ['AV-2025-0002', 2, 38, 'granted', 1_600_000, 'lot'],
      ['AV-2025-0003', 3, 38, 'partially_granted', 1_000_000, 'lot'],
    ]);
  });

  it('holds for a round ranked here: lot, partial grant, a criterion below 6, a failed condition, a late one, and a revision', async () => {
    now = new Date('2026-12-01T10:00:00Z');
    const roundId = await openRound(ctx.app, officer, {
      opensLocal: '2027-01-05T09:00',
      deadlineLocal: '2027-03-01T12:00',
    });
    const round = await call(officer, 'GET', `/api/rounds/${roundId}`);
    // € 50.000 for living rooms: A gets € 16.000, the winner of the lot € 20.000, and the
    // other of the tie the € 14.000 that is left.
    await call(officer, 'PUT', `/api/rounds/${roundId}/ceilings`, {
      ceilings: { ...round.ceilings, living_room: 5_000_000 },
      reason: 'Plafond voor de huiskamers in deze test',
    });

    now = new Date('2027-02-01T10:00:00Z');
    // Every application reaches 35 participants × 5 day parts × 48 weeks = 8.400 day parts;
    // the price score follows from the fixed costs: € 16.000 → 10, € 18.000 → 9, € 20.000 → 8.
    const plan = [
      { name: 'A', cents: 1_600_000 },
      { name: 'B', cents: 2_000_000 },
      { name: 'C', cents: 2_000_000 },
      { name: 'D', cents: 1_800_000 },
      { name: 'E', cents: 1_800_000 },
      { name: 'F', cents: 1_800_000 },
    ] as const;
    const ids: Record<string, string> = {};
    const references: Record<string, string> = {};
    for (const { name, cents } of plan) {
      const organisation = await newApplicantOrganisation(ctx.app, admin, {
        name: `Stichting Huiskamer ${name}`,
        email: `${name.toLowerCase()}@huiskamer.example`,
        category: 'living_room',
      });
      const content = {
        ...completeContent(),
        requestedCents: cents,
        budgetLines: [{ kind: 'fixed_costs', description: 'Huur en energie', cents }],
      };
      const submitted = await submitApplication(
        ctx.app,
        organisation.session,
        roundId,
        organisation.provisionId,
        content,
        // F finishes at the deadline itself: too late.
        name === 'F'
          ? () => {
              now = new Date('2027-03-01T11:00:00Z');
            }
          : undefined,
      );
      expect(submitted.statusCode).toBe(name === 'F' ? 409 : 200);
      ids[name] = submitted.id;
      references[name] = submitted.reference;
    }

    now = new Date('2027-03-02T09:00:00Z');
    const finals: Record<string, Record<string, number>> = {
      A: { samenwerking: 8, resultaat: 8, inclusie: 8, duurzaamheid: 8 },
      B: { samenwerking: 8, resultaat: 8, inclusie: 8, duurzaamheid: 8 },
      C: { samenwerking: 8, resultaat: 8, inclusie: 8, duurzaamheid: 8 },
      D: { samenwerking: 8, resultaat: 8, inclusie: 5, duurzaamheid: 8 },
    };
    for (const name of ['A', 'B', 'C', 'D', 'E']) {
      const id = ids[name]!;
      await call(officer, 'PUT', `/api/applications/${id}/assessors`, {
        assessorIds: [assessor.me.id, assessor2.me.id],
      });
      const sheet = finals[name] ?? { samenwerking: 7, resultaat: 7, inclusie: 7, duurzaamheid: 7 };
      for (const session of [assessor, assessor2]) {
        await call(session, 'POST', `/api/assessments/${id}/submit`, {
          scores: scoreSheet(sheet),
        });
      }
      if (name === 'E') {
        await call(officer, 'PUT', `/api/applications/${id}/conditions`, {
          checks: [
            ...ALL_CONDITIONS_MET.filter((check) => check.code !== 'vog'),
            { code: 'vog', met: false, reason: 'Er is geen VOG voor de vrijwilligers.' },
          ],
        });
        continue;
      }
      await call(officer, 'PUT', `/api/applications/${id}/conditions`, {
        checks: ALL_CONDITIONS_MET,
      });
      await call(officer, 'PUT', `/api/applications/${id}/final-scores`, {
        scores: scoreSheet(sheet),
      });
    }

    const fixed = await call(
      officer,
      'POST',
      `/api/rounds/${roundId}/categories/living_room/rankings`,
      {},
    );
    now = new Date('2027-03-03T09:00:00Z');
    await call(officer, 'POST', `/api/rounds/${roundId}/categories/living_room/rankings`, {
      reason: 'Herziening: dezelfde eindscores opnieuw vastgelegd',
    });

    const stored = (await storedRankings()).filter((r) => r.roundId === roundId);
    expect(stored.map((r) => [r.category, r.version])).toEqual([
      ['living_room', 1],
      ['living_room', 2],
    ]);
    for (const ranking of stored) {
      expect(recompute(ranking), `version ${ranking.version}`).toEqual(ranking.output);
    }
    expect(fixed.output).toEqual(stored[0]!.output);

    // B and C tie at 8+8+8+8+8 = 40; the lower SHA-256 of "seed:reference" goes first.
    const recomputed = recompute(stored[0]!);
    const [first, second] = recomputed.applications
      .filter((a) => a.tieBreak !== null)
      .map((a) => a.reference);
    expect([first, second].sort()).toEqual([references.B, references.C].sort());
    expect(summary(recomputed)).toEqual([
      [references.A, 1, 42, 'granted', 1_600_000, 'no lot'],
      [first, 2, 40, 'granted', 2_000_000, 'lot'],
      [second, 3, 40, 'partially_granted', 1_400_000, 'lot'],
      [references.D, null, null, 'rejected_criterion_below_6', 0, 'no lot'],
      [references.E, null, null, 'rejected_general_conditions', 0, 'no lot'],
      [references.F, null, null, 'late', 0, 'no lot'],
    ]);
    expect(recomputed.applications.find((a) => a.reference === references.D)!.scores).toEqual({
      samenwerking: 8,
      resultaat: 8,
      prijs: 9,
      inclusie: 5,
      duurzaamheid: 8,
    });
    expect([recomputed.allocatedCents, recomputed.remainingCents]).toEqual([5_000_000, 0]);
  });
});
