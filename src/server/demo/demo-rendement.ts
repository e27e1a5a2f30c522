/**
 * A second scenario of the return in the demo (docs/rules/rendement.md), so the policy officer
 * has something to compare with the note's 2018 figures: a more cautious one, half of the
 * participants instead of two thirds, five persons per place, and the 2026 rate of a place.
 */
import { createScenario } from '../features/rendement/rendement.service.ts';
import type { Database } from '../platform/db/database.ts';
import { demoActor } from './demo-fund.ts';

export const DEMO_SCENARIO_NAME = 'Voorzichtig 2026';

export async function loadDemoRendement(db: Database, now: Date): Promise<void> {
  const policyOfficer = await demoActor(db, 'policy_officer@demo.example');
  await createScenario(
    { db, actor: policyOfficer, scope: { kind: 'all' }, now: new Date(now.getTime() - 86_400_000) },
    {
      name: DEMO_SCENARIO_NAME,
      shareWouldQualify: { numerator: 1, denominator: 2 },
      personsPerPlace: 5,
      costPerPlaceCents: 1_812_000,
      hoursPerApplication: 3,
      productiveHoursPerFte: 1300,
      monthlyContributionCents: 2150,
      sources: {
        shareWouldQualify: 'Eigen aanname beleid: de helft, voorzichtiger dan de nota',
        personsPerPlace: 'Eigen aanname beleid: groepen van 1 op 5',
        costPerPlaceCents: 'Tarief begeleiding groep 2026 (voorbeeld)',
        hoursPerApplication: 'Ondergrens van de nota (3 à 4 uur)',
        productiveHoursPerFte: 'Beleidsnota §3.2.2',
        monthlyContributionCents: 'Abonnementstarief eigen bijdrage 2026 (voorbeeld)',
      },
    },
  );
}
