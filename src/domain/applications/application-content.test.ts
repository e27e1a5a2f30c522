import { describe, expect, it } from 'vitest';
import { defaultSchemeDefinition } from '../tender/scheme-definition.ts';
import {
  applicationContentSchema,
  budgetTotals,
  submissionProblems,
} from './application-content.ts';

const complete = applicationContentSchema.parse({
  periodStart: '2027-01-01',
  periodEnd: '2027-12-31',
  requestedCents: 1_800_000,
  budgetLines: [
    { kind: 'fixed_costs', description: 'Huur', cents: 1_200_000 },
    { kind: 'staff', description: 'Coördinator', cents: 900_000 },
    { kind: 'refreshments', description: 'Koffie', cents: 300_000 },
  ],
  reach: { participants: 35, dayPartsPerWeek: 5, weeksPerYear: 48 },
  texts: { samenwerking: 'a', resultaat: 'b', inclusie: 'c', duurzaamheid: 'd' },
  declarations: {
    not_professional: true,
    board: true,
    vog: true,
    administration: true,
    open_to_everyone: true,
  },
});
const input = {
  content: complete,
  definition: defaultSchemeDefinition(),
  attachmentKinds: ['statutes', 'budget', 'annual_accounts'] as const,
  round: { periodStart: '2027-01-01', periodEnd: '2027-12-31' },
};

describe('budget totals', () => {
  it('count only the eligible kinds of the category; refreshments never', () => {
    expect(budgetTotals(complete.budgetLines, ['fixed_costs'])).toEqual({
      totalCents: 2_400_000,
      eligibleCents: 1_200_000,
    });
    expect(budgetTotals(complete.budgetLines, ['fixed_costs', 'staff'])).toEqual({
      totalCents: 2_400_000,
      eligibleCents: 2_100_000,
    });
  });
});

describe('what is missing before submission', () => {
  it('is nothing for a complete application', () => {
    expect(submissionProblems({ ...input, category: 'information_advice' })).toEqual([]);
  });

  it('includes costs for the price when the budget has none', () => {
    const staffOnly = {
      ...complete,
      budgetLines: [{ kind: 'staff' as const, description: 'Coördinator', cents: 900_000 }],
    };
    expect(
      submissionProblems({ ...input, content: staffOnly, category: 'information_advice' }),
    ).toEqual([
      {
        path: 'budgetLines',
        message: 'De begroting moet vaste lasten bevatten: daarmee wordt de prijs berekend.',
      },
    ]);
    // For day activities paid staff counts in the price.
    expect(
      submissionProblems({ ...input, content: staffOnly, category: 'day_activities' }),
    ).toEqual([]);
  });

  it('names every missing field in the order of the form', () => {
    const empty = applicationContentSchema.parse({});
    const paths = submissionProblems({
      ...input,
      content: empty,
      attachmentKinds: [],
      category: 'services',
    }).map((p) => p.path);
    expect(paths.slice(0, 7)).toEqual([
      'periodStart',
      'periodEnd',
      'requestedCents',
      'budgetLines',
      'reach.participants',
      'reach.dayPartsPerWeek',
      'reach.weeksPerYear',
    ]);
    expect(paths).toContain('returnService');
    expect(paths.at(-1)).toBe('attachments.annual_accounts');
    expect(paths).toContain('declarations.not_professional');
  });

  it('keeps the period inside the round', () => {
    const outside = { ...complete, periodEnd: '2028-01-31' };
    expect(
      submissionProblems({ ...input, content: outside, category: 'living_room' })[0]?.message,
    ).toBe(
      'De periode moet binnen de subsidieperiode van de ronde vallen (2027-01-01 tot en met 2027-12-31).',
    );
  });
});
