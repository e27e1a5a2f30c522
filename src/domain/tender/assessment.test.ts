import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  conditionsVerdict,
  diverges,
  proposedScore,
  scoreEntrySchema,
  scoreSheetProblems,
} from './assessment.ts';
import { defaultSchemeDefinition } from './scheme-definition.ts';

describe("the chair's proposal", () => {
  it('is the mean rounded half up', () => {
    expect(proposedScore([7, 8])).toBe(8);
    expect(proposedScore([6, 7, 7])).toBe(7);
    expect(proposedScore([6, 6, 7])).toBe(6);
    expect(proposedScore([5, 6])).toBe(6);
    expect(proposedScore([])).toBeNull();
  });

  it('lies between the lowest and highest score', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 7 }),
        (scores) => {
          const p = proposedScore(scores)!;
          expect(p).toBeGreaterThanOrEqual(Math.min(...scores));
          expect(p).toBeLessThanOrEqual(Math.max(...scores));
        },
      ),
    );
  });
});

describe('divergence', () => {
  it('is 3 points or more between assessors', () => {
    expect(diverges([6, 8])).toBe(false);
    expect(diverges([6, 9])).toBe(true);
    expect(diverges([9])).toBe(false);
  });
});

describe('a score', () => {
  it('is a whole number from 0 to 10', () => {
    expect(
      scoreEntrySchema.safeParse({ score: 11, motivation: 'x' }).error?.issues[0]?.message,
    ).toBe('Een score is hoogstens 10.');
    expect(
      scoreEntrySchema.safeParse({ score: 5.5, motivation: 'x' }).error?.issues[0]?.message,
    ).toBe('Een score is een heel getal van 0 tot en met 10.');
    expect(scoreEntrySchema.safeParse({ motivation: 'x' }).success).toBe(false);
  });

  it('needs a motivation for every judged criterion', () => {
    const problems = scoreSheetProblems({
      samenwerking: { score: 7, motivation: 'Werkt samen met het sociaal team.' },
      resultaat: { score: 8, motivation: '  ' },
    });
    expect(problems.map((p) => p.path)).toEqual([
      'scores.resultaat.motivation',
      'scores.inclusie.score',
      'scores.inclusie.motivation',
      'scores.duurzaamheid.score',
      'scores.duurzaamheid.motivation',
    ]);
  });

  it('names the criterion in each message, so the summary at the top of a form is clear', () => {
    const problems = scoreSheetProblems({
      samenwerking: { score: 7, motivation: 'Werkt samen met het sociaal team.' },
      resultaat: { score: 8, motivation: 'Meetbare doelen.' },
      duurzaamheid: { score: 6, motivation: '' },
    });
    expect(problems).toEqual([
      {
        path: 'scores.inclusie.score',
        message: 'Geef een score van 0 tot en met 10 voor Inclusie.',
      },
      {
        path: 'scores.inclusie.motivation',
        message: 'Schrijf een motivering bij de score voor Inclusie.',
      },
      {
        path: 'scores.duurzaamheid.motivation',
        message: 'Schrijf een motivering bij de score voor Duurzaamheid.',
      },
    ]);
  });
});

describe('the chair’s verdict on the general conditions', () => {
  const definition = defaultSchemeDefinition();
  const others = ['board', 'vog', 'administration', 'open_to_everyone'];
  const met = (codes: string[]) => codes.map((conditionCode) => ({ conditionCode, met: true }));

  it('waits until every condition of the form is checked', () => {
    expect(conditionsVerdict(definition, [])).toBeNull();
    expect(conditionsVerdict(definition, met(others))).toBeNull();
  });

  it('is met once all five conditions are met', () => {
    expect(conditionsVerdict(definition, met(['not_professional', ...others]))).toBe(true);
  });

  it('includes the regulation’s scope: an initiative run by a professional organisation fails', () => {
    expect(
      conditionsVerdict(definition, [
        ...met(others),
        { conditionCode: 'not_professional', met: false },
      ]),
    ).toBe(false);
  });

  it('fails on one unmet condition even while others are still unchecked', () => {
    expect(conditionsVerdict(definition, [{ conditionCode: 'vog', met: false }])).toBe(false);
  });

  it('ignores a check of a condition the frozen form does not have', () => {
    const withoutVog = {
      generalConditions: definition.generalConditions.filter((c) => c.code !== 'vog'),
    };
    const checks = [
      ...met(['not_professional', 'board', 'administration', 'open_to_everyone']),
      { conditionCode: 'vog', met: false },
    ];
    expect(conditionsVerdict(withoutVog, checks)).toBe(true);
  });
});
