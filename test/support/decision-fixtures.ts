/**
 * A published round with a fixed ranking of `count` living-room applications, written
 * straight into the database (for the decision-letter crash test and benchmark).
 */
import { ne } from 'drizzle-orm';
import { completeContent } from './tender-fixtures.ts';
import { formatReference } from '../../src/domain/references.ts';
import { rankAndAllocate } from '../../src/domain/tender/rank-and-allocate.ts';
import { defaultSchemeDefinition } from '../../src/domain/tender/scheme-definition.ts';
import type { Database } from '../../src/server/platform/db/database.ts';
import {
  applications,
  organisations,
  provisions,
  rankings,
  rounds,
  schemes,
} from '../../src/server/platform/db/schema.ts';

export async function seedRankedRound(db: Database, count: number): Promise<string> {
  const definition = defaultSchemeDefinition();
  // The tender's scheme, not the fund's rolling tender.
  const [scheme] = await db
    .select({ id: schemes.id })
    .from(schemes)
    .where(ne(schemes.name, 'Sociaal Investeringsfonds'));
  const [round] = await db
    .insert(rounds)
    .values({
      schemeId: scheme!.id,
      name: 'Ronde met veel aanvragen',
      year: 2027,
      periodStart: '2027-01-01',
      periodEnd: '2027-12-31',
      opensAt: new Date('2026-12-01T08:00:00Z'),
      deadlineAt: new Date('2027-03-01T11:00:00Z'),
      lotSeed: 'crash-test',
      ceilings: { living_room: 30_000_000, day_activities: 1, information_advice: 1, services: 1 },
      formDefinition: definition,
      publishedAt: new Date('2026-12-01T08:00:00Z'),
    })
    .returning({ id: rounds.id });
  const roundId = round!.id;
  const applicationIds: Record<string, string> = {};
  for (let i = 1; i <= count; i++) {
    const [organisation] = await db
      .insert(organisations)
      .values({ name: `Stichting ${i}` })
      .returning({ id: organisations.id });
    const [provision] = await db
      .insert(provisions)
      .values({ organisationId: organisation!.id, name: `Huiskamer ${i}`, category: 'living_room' })
      .returning({ id: provisions.id });
    const reference = formatReference('application', 2027, i);
    const [application] = await db
      .insert(applications)
      .values({
        roundId,
        organisationId: organisation!.id,
        provisionId: provision!.id,
        category: 'living_room',
        status: 'submitted',
        reference,
        formDefinition: definition,
        content: completeContent(),
        requestedCents: 1_800_000,
        submittedAt: new Date('2027-02-01T10:00:00Z'),
      })
      .returning({ id: applications.id });
    applicationIds[reference] = application!.id;
  }
  const input = {
    category: 'living_room' as const,
    ceilingCents: 30_000_000,
    seed: 'crash-test',
    partialGrant: true,
    eligibleKinds: ['fixed_costs' as const],
    applications: Object.keys(applicationIds).map((reference, i) => ({
      reference,
      submittedOnTime: true,
      meetsGeneralConditions: true,
      requestedCents: 1_800_000,
      budget: [{ kind: 'fixed_costs' as const, cents: 1_600_000 + i * 1000 }],
      reach: { participants: 35, dayPartsPerWeek: 5, weeksPerYear: 48 },
      scores: { samenwerking: 8, resultaat: 7, inclusie: 7, duurzaamheid: 8 },
    })),
  };
  await db.insert(rankings).values({
    roundId,
    category: 'living_room',
    version: 1,
    input: { tender: input, applicationIds, fixedByName: 'policy_officer@demo.example' },
    output: rankAndAllocate(input),
  });
  return roundId;
}
