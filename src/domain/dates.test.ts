import { describe, expect, it } from 'vitest';
import {
  formatAmsterdamMoment,
  formatDay,
  fromAmsterdamLocal,
  isValidDay,
  toAmsterdamLocal,
} from './dates.ts';

const instant = (local: string) => {
  const result = fromAmsterdamLocal(local);
  if (!result.ok) throw new Error(result.reason);
  return result.instant.toISOString();
};

describe('Amsterdam moments', () => {
  it('are one hour ahead of UTC in winter and two in summer', () => {
    expect(instant('2027-01-15T12:00')).toBe('2027-01-15T11:00:00.000Z');
    expect(instant('2027-07-01T12:00')).toBe('2027-07-01T10:00:00.000Z');
  });

  it('handle the day summer time starts (28 March 2027: 02:00 jumps to 03:00)', () => {
    expect(instant('2027-03-28T01:59')).toBe('2027-03-28T00:59:00.000Z');
    expect(fromAmsterdamLocal('2027-03-28T02:30')).toEqual({ ok: false, reason: 'nonexistent' });
    expect(instant('2027-03-28T03:00')).toBe('2027-03-28T01:00:00.000Z');
  });

  it('take the first of the repeated hour on the day summer time ends (31 October 2027)', () => {
    expect(instant('2027-10-31T02:30')).toBe('2027-10-31T00:30:00.000Z');
    expect(instant('2027-10-31T03:00')).toBe('2027-10-31T02:00:00.000Z');
  });

  it('round-trip to wall-clock time', () => {
    expect(toAmsterdamLocal(new Date('2027-03-01T11:00:00Z'))).toBe('2027-03-01T12:00');
    expect(toAmsterdamLocal(new Date('2027-10-31T01:30:00Z'))).toBe('2027-10-31T02:30');
  });

  it('refuse impossible input', () => {
    expect(fromAmsterdamLocal('2027-02-30T12:00')).toEqual({ ok: false, reason: 'format' });
    expect(fromAmsterdamLocal('2027-03-01 12:00')).toEqual({ ok: false, reason: 'format' });
    expect(fromAmsterdamLocal('2027-03-01T24:00')).toEqual({ ok: false, reason: 'format' });
  });

  it('are shown in Dutch with the time zone named', () => {
    expect(formatAmsterdamMoment(new Date('2027-03-01T11:00:00Z'))).toBe(
      '1 maart 2027 om 12:00 (Nederlandse tijd)',
    );
    expect(formatDay('2027-01-01')).toBe('1 januari 2027');
  });
});

describe('days', () => {
  it('exist only on the calendar', () => {
    expect(isValidDay('2028-02-29')).toBe(true);
    expect(isValidDay('2027-02-29')).toBe(false);
    expect(isValidDay('2026-02-30')).toBe(false);
    expect(isValidDay('2026-13-01')).toBe(false);
  });
});
