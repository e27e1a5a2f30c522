import { describe, expect, it } from 'vitest';
import { objectionTimeliness, revokesDecision } from './objection-outcomes.ts';

describe('whether an objection came in time (Awb 6:9)', () => {
  // A decision sent on Monday 3 May 2027: the term ends on Monday 14 June 2027.
  it('is in time when received on the last day, late the day after', () => {
    expect(objectionTimeliness({ sentDay: '2027-05-03', receivedDay: '2027-06-14' })).toEqual({
      deadlineDay: '2027-06-14',
      inTime: true,
    });
    expect(objectionTimeliness({ sentDay: '2027-05-03', receivedDay: '2027-06-15' })).toEqual({
      deadlineDay: '2027-06-14',
      inTime: false,
    });
  });

  it('is in time when posted by the last day and received within a week after it', () => {
    const posted = { sentDay: '2027-05-03', postedDay: '2027-06-14' };
    expect(objectionTimeliness({ ...posted, receivedDay: '2027-06-21' }).inTime).toBe(true);
    expect(objectionTimeliness({ ...posted, receivedDay: '2027-06-22' }).inTime).toBe(false);
    expect(
      objectionTimeliness({
        sentDay: '2027-05-03',
        postedDay: '2027-06-15',
        receivedDay: '2027-06-16',
      }).inTime,
    ).toBe(false);
  });
});

describe('the outcome of an objection', () => {
  it('revokes the decision only when (partly) well-founded', () => {
    expect(revokesDecision('well_founded')).toBe(true);
    expect(revokesDecision('partly_well_founded')).toBe(true);
    expect(revokesDecision('unfounded')).toBe(false);
    expect(revokesDecision('inadmissible')).toBe(false);
  });
});
