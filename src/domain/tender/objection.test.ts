import { describe, expect, it } from 'vitest';
import { objectionDeadline } from './objection.ts';

describe('the objection term', () => {
  it('ends six weeks after the day of sending', () => {
    expect(objectionDeadline('2027-05-03')).toBe('2027-06-14');
    expect(objectionDeadline('2027-12-20')).toBe('2028-01-31');
    expect(objectionDeadline('2028-01-18')).toBe('2028-02-29');
  });
});
