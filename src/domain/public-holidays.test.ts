import { describe, expect, it } from 'vitest';
import { atwHolidayOn, atwHolidays, easterSunday } from './public-holidays.ts';

describe('Easter Sunday', () => {
  it('is computed for known years', () => {
    expect(easterSunday(2024)).toBe('2024-03-31');
    expect(easterSunday(2025)).toBe('2025-04-20');
    expect(easterSunday(2026)).toBe('2026-04-05');
    expect(easterSunday(2027)).toBe('2027-03-28');
    expect(easterSunday(2028)).toBe('2028-04-16');
    // the latest possible date, 25 April
    expect(easterSunday(2038)).toBe('2038-04-25');
  });
});

describe('the public holidays of the Algemene termijnenwet', () => {
  it('are, in 2027, these eight days (Easter 28 March, Ascension +39, Whit Monday +50)', () => {
    expect(Object.fromEntries(atwHolidays(2027))).toEqual({
      '2027-01-01': "New Year's Day",
      '2027-03-29': 'Easter Monday',
      '2027-05-06': 'Ascension Day',
      '2027-05-17': 'Whit Monday',
      '2027-04-27': "King's Day",
      '2027-05-05': 'Liberation Day (5 May)',
      '2027-12-25': 'Christmas Day',
      '2027-12-26': 'Boxing Day',
    });
  });

  it('move King’s Day to Saturday 26 April when 27 April is a Sunday', () => {
    expect(atwHolidayOn('2025-04-26')).toBe("King's Day");
    expect(atwHolidayOn('2025-04-27')).toBeNull();
    expect(atwHolidayOn('2027-04-27')).toBe("King's Day");
    expect(atwHolidayOn('2027-04-26')).toBeNull();
  });

  it('do not include Good Friday or Easter Sunday', () => {
    expect(atwHolidayOn('2026-04-03')).toBeNull();
    expect(atwHolidayOn('2026-04-05')).toBeNull();
    expect(atwHolidayOn('2026-04-06')).toBe('Easter Monday');
  });

  it('place Ascension Day and Whit Monday 39 and 50 days after Easter', () => {
    expect(atwHolidayOn('2025-05-29')).toBe('Ascension Day');
    expect(atwHolidayOn('2025-06-09')).toBe('Whit Monday');
    expect(atwHolidayOn('2028-05-25')).toBe('Ascension Day');
    expect(atwHolidayOn('2028-06-05')).toBe('Whit Monday');
  });
});
