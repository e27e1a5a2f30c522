import { describe, expect, it } from 'vitest';
import { formatReference } from './references.ts';

describe('references', () => {
  it('name the series, the year and the number in four digits', () => {
    expect(formatReference('application', 2027, 12)).toBe('AV-2027-0012');
    expect(formatReference('decision', 2027, 1)).toBe('BS-2027-0001');
    expect(formatReference('objection', 2028, 305)).toBe('BZ-2028-0305');
  });

  it('grow past 9999 rather than cut a digit off', () => {
    expect(formatReference('application', 2027, 9999)).toBe('AV-2027-9999');
    expect(formatReference('application', 2027, 10000)).toBe('AV-2027-10000');
  });
});
