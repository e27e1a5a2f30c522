import { describe, expect, it } from 'vitest';
import {
  type RoundFacts,
  assessmentMayStart,
  missingForRanking,
  roundState,
} from './round-state.ts';

// Opens 5 January 2027 09:00, deadline 1 March 2027 12:00 Amsterdam (11:00 UTC).
const base: RoundFacts = {
  published: true,
  opensAt: new Date('2027-01-05T08:00:00Z'),
  deadlineAt: new Date('2027-03-01T11:00:00Z'),
  assessmentStarted: false,
  categories: [
    { category: 'living_room', applications: 3, rankingFixed: false, lettersIssued: false },
    { category: 'services', applications: 1, rankingFixed: false, lettersIssued: false },
  ],
};
const afterDeadline = new Date('2027-03-02T09:00:00Z');

describe('the state of a round', () => {
  it('is concept while unpublished, and while published but not yet open', () => {
    expect(roundState({ ...base, published: false }, afterDeadline).phase).toBe('concept');
    const scheduled = roundState(base, new Date('2027-01-04T10:00:00Z'));
    expect(scheduled).toMatchObject({ phase: 'concept', status: 'scheduled' });
  });

  it('is open until the deadline and closed at the deadline itself, without any action', () => {
    expect(roundState(base, new Date('2027-03-01T10:59:59.999Z'))).toMatchObject({
      phase: 'open',
      categories: { living_room: 'before_deadline', services: 'before_deadline' },
    });
    expect(roundState(base, new Date('2027-03-01T11:00:00.000Z')).phase).toBe('closed');
  });

  it('is in assessment once an assessor is assigned or a condition checked', () => {
    expect(roundState({ ...base, assessmentStarted: true }, afterDeadline)).toMatchObject({
      phase: 'in_assessment',
      categories: { living_room: 'in_assessment', services: 'in_assessment' },
    });
  });

  it('is ranked per category: one ranked category leaves the round in assessment', () => {
    const oneRanked = roundState(
      {
        ...base,
        assessmentStarted: true,
        categories: [{ ...base.categories[0]!, rankingFixed: true }, { ...base.categories[1]! }],
      },
      afterDeadline,
    );
    expect(oneRanked).toMatchObject({
      phase: 'in_assessment',
      categories: {
        living_room: 'ranked',
        services: 'in_assessment',
        day_activities: 'no_applications',
        information_advice: 'no_applications',
      },
    });
  });

  it('is ranked when every category with on-time applications has a fixed ranking', () => {
    const state = roundState(
      {
        ...base,
        assessmentStarted: true,
        categories: base.categories.map((c) => ({ ...c, rankingFixed: true })),
      },
      afterDeadline,
    );
    expect(state.phase).toBe('ranked');
  });

  it('is decided when the letters of every ranked category have been issued', () => {
    const partly = roundState(
      {
        ...base,
        assessmentStarted: true,
        categories: [
          { ...base.categories[0]!, rankingFixed: true, lettersIssued: true },
          { ...base.categories[1]!, rankingFixed: true },
        ],
      },
      afterDeadline,
    );
    expect(partly.phase).toBe('ranked');
    expect(partly.categories.living_room).toBe('decided');
    const all = roundState(
      {
        ...base,
        assessmentStarted: true,
        categories: base.categories.map((c) => ({
          ...c,
          rankingFixed: true,
          lettersIssued: true,
        })),
      },
      afterDeadline,
    );
    expect(all.phase).toBe('decided');
  });

  it('stays closed after the deadline when nobody applied on time', () => {
    expect(roundState({ ...base, categories: [] }, afterDeadline).phase).toBe('closed');
  });
});

describe('the gates', () => {
  it('let assessment start at the deadline moment, not a millisecond before', () => {
    expect(assessmentMayStart(base.deadlineAt, new Date('2027-03-01T10:59:59.999Z'))).toBe(false);
    expect(assessmentMayStart(base.deadlineAt, new Date('2027-03-01T11:00:00.000Z'))).toBe(true);
  });

  it('count an application that failed a general condition as ready for the ranking', () => {
    expect(missingForRanking({ conditionsMet: null, finalScoresFixed: false })).toBe(
      'general_conditions',
    );
    expect(missingForRanking({ conditionsMet: true, finalScoresFixed: false })).toBe(
      'final_scores',
    );
    expect(missingForRanking({ conditionsMet: false, finalScoresFixed: false })).toBeNull();
    expect(missingForRanking({ conditionsMet: true, finalScoresFixed: true })).toBeNull();
  });
});
