import { describe, expect, it } from 'vitest';
import { completionDueDay, completionState, setAsideRefusal } from './completion.ts';

describe('time to complete (Awb 4:5)', () => {
  it('gives two weeks by default: a request on 3 March 2027 can be answered up to 17 March', () => {
    expect(completionDueDay('2027-03-03', 14)).toBe('2027-03-17');
    expect(completionDueDay('2027-12-24', 14)).toBe('2028-01-07');
  });

  it('lets the applicant complete on the last day itself', () => {
    const request = { dueDay: '2027-03-17', answered: false };
    expect(completionState(request, '2027-03-17')).toBe('open');
    expect(completionState(request, '2027-03-18')).toBe('expired');
    expect(completionState({ ...request, answered: true }, '2027-04-01')).toBe('answered');
  });

  it('allows setting aside only after an unanswered term has passed', () => {
    expect(setAsideRefusal(null, '2027-04-01')).toBe('COMPLETION_REQUEST_REQUIRED');
    expect(setAsideRefusal({ dueDay: '2027-03-17', answered: false }, '2027-03-17')).toBe(
      'COMPLETION_TERM_RUNNING',
    );
    expect(setAsideRefusal({ dueDay: '2027-03-17', answered: true }, '2027-03-18')).toBe(
      'COMPLETION_ANSWERED',
    );
    expect(setAsideRefusal({ dueDay: '2027-03-17', answered: false }, '2027-03-18')).toBeNull();
  });
});
