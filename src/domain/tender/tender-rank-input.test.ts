// The server sets zod to Dutch; the command line's messages must stay English regardless.
import '../zod-locale.ts';
import { describe, expect, it } from 'vitest';
import { describeTenderInputProblem, parseTenderRankInput } from './tender-rank-input.ts';
import { contractInput } from '../../../test/support/contract-example.ts';

describe('the input of tender rank', () => {
  const withApplication = (change: (application: Record<string, unknown>) => void) => {
    const input = structuredClone(contractInput) as { applications: Record<string, unknown>[] };
    change(input.applications[0]!);
    return input;
  };
  const problems = (data: unknown) => {
    const parsed = parseTenderRankInput(data);
    return parsed.ok ? [] : parsed.problems.map(describeTenderInputProblem);
  };
  const scoresOf = (application: Record<string, unknown>) =>
    application.scores as Record<string, unknown>;

  it('accepts the example of docs/command-line.md', () => {
    expect(problems(contractInput)).toEqual([]);
  });

  it('names the reference and the field of a score that is not a whole number from 0 to 10', () => {
    for (const wrong of [7.5, 11, -1, '7', null]) {
      expect(problems(withApplication((a) => (scoresOf(a).resultaat = wrong)))).toEqual([
        'reference AV-2027-003, field scores.resultaat: must be a whole number from 0 to 10',
      ]);
    }
    expect(problems(withApplication((a) => delete scoresOf(a).inclusie))).toEqual([
      'reference AV-2027-003, field scores.inclusie: is missing (must be a whole number from 0 to 10)',
    ]);
  });

  it('refuses a given prijs or tegenprestatie, and criteria the regulation does not know', () => {
    expect(problems(withApplication((a) => (scoresOf(a).prijs = 10)))).toEqual([
      'reference AV-2027-003, field scores.prijs: must not be given: prijs is computed from the budget and the reach',
    ]);
    expect(problems(withApplication((a) => (scoresOf(a).tegenprestatie = 10)))).toEqual([
      'reference AV-2027-003, field scores.tegenprestatie: must not be given: tegenprestatie is computed from returnService',
    ]);
    expect(problems(withApplication((a) => (scoresOf(a).creativiteit = 8)))).toEqual([
      'reference AV-2027-003, field scores.creativiteit: is not a judged criterion (those are samenwerking, resultaat, inclusie, duurzaamheid)',
    ]);
  });

  it('requires returnService for services and refuses it elsewhere', () => {
    expect(problems(withApplication((a) => delete a.returnService))).toEqual([
      'reference AV-2027-003, field returnService: is missing (required for services: "tegenprestatie" or "fee")',
    ]);
    expect(problems(withApplication((a) => (a.returnService = 'gift')))).toEqual([
      'reference AV-2027-003, field returnService: must be one of: tegenprestatie, fee',
    ]);
    expect(
      problems({ ...contractInput, category: 'living_room', eligibleKinds: undefined }),
    ).toEqual([
      'reference AV-2027-003, field returnService: applies only to the services category, not to living_room',
    ]);
  });

  it('refuses zero, fractional and impossible reach', () => {
    const reachOf = (a: Record<string, unknown>) => a.reach as Record<string, unknown>;
    expect(problems(withApplication((a) => (reachOf(a).participants = 0)))).toEqual([
      'reference AV-2027-003, field reach.participants: must be a whole number of at least 1',
    ]);
    expect(problems(withApplication((a) => (reachOf(a).dayPartsPerWeek = 2.5)))).toEqual([
      'reference AV-2027-003, field reach.dayPartsPerWeek: must be a whole number of at least 1',
    ]);
    expect(problems(withApplication((a) => (reachOf(a).weeksPerYear = 54)))).toEqual([
      'reference AV-2027-003, field reach.weeksPerYear: must be a whole number from 1 to 53',
    ]);
  });

  it('refuses money that is not a whole number of cents, and unknown budget kinds', () => {
    const lines = (a: Record<string, unknown>) => a.budget as Record<string, unknown>[];
    expect(problems(withApplication((a) => (a.requestedCents = 1999.99)))).toEqual([
      'reference AV-2027-003, field requestedCents: must be a whole number of cents, 0 or more',
    ]);
    expect(problems(withApplication((a) => (lines(a)[1]!.cents = -1)))).toEqual([
      'reference AV-2027-003, field budget[1].cents: must be a whole number of cents, 0 or more',
    ]);
    expect(problems(withApplication((a) => (lines(a)[2]!.kind = 'snacks')))).toEqual([
      'reference AV-2027-003, field budget[2].kind: must be one of: fixed_costs, staff, volunteer_expenses, activities, refreshments, other',
    ]);
    expect(problems({ ...contractInput, ceilingCents: -5 })).toEqual([
      'field ceilingCents: must be a whole number of cents, 0 or more',
    ]);
    expect(problems({ ...contractInput, eligibleKinds: ['fixed_costs', 'refreshments'] })).toEqual([
      'field eligibleKinds[1]: refreshments are never eligible',
    ]);
  });

  it('refuses an unknown category and unknown fields', () => {
    expect(problems({ ...contractInput, category: 'sports' })).toEqual([
      'field category: must be one of: living_room, day_activities, information_advice, services',
    ]);
    expect(problems({ ...contractInput, partialGrants: false })).toEqual([
      'field partialGrants: is not a known field',
    ]);
  });

  it('refuses duplicate references, naming the second', () => {
    const input = structuredClone(contractInput);
    input.applications.push(structuredClone(contractInput.applications[0]!));
    expect(problems(input)).toEqual([
      'reference AV-2027-003, field reference: appears more than once (also at applications[0])',
    ]);
  });

  it('refuses a zero price numerator only where the application is in the price comparison', () => {
    const noFixedCosts = (a: Record<string, unknown>) =>
      (a.budget = [{ kind: 'volunteer_expenses', cents: 300_000 }]);
    expect(problems(withApplication(noFixedCosts))).toEqual([
      'reference AV-2027-003, field budget: has 0 cents of fixed_costs: the price index divides by them, so they must be more than 0',
    ]);
    expect(
      problems(
        withApplication((a) => {
          noFixedCosts(a);
          a.submittedOnTime = false;
        }),
      ),
    ).toEqual([]);
  });

  it('needs scores only for applications that are assessed', () => {
    expect(problems(withApplication((a) => delete a.scores))).toEqual([
      'reference AV-2027-003, field scores: is missing (required for an application that is on time and meets the general conditions)',
    ]);
    expect(
      problems(
        withApplication((a) => {
          delete a.scores;
          a.meetsGeneralConditions = false;
        }),
      ),
    ).toEqual([]);
  });

  it('names the position of an application without a usable reference', () => {
    expect(problems(withApplication((a) => (a.reference = '')))).toEqual([
      'applications[0], field reference: must not be empty',
    ]);
    expect(problems({ ...contractInput, applications: [42] })).toEqual([
      'applications[0]: must be an object',
    ]);
    expect(problems([])).toEqual(['the document must be an object']);
  });
});
