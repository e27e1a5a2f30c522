import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  amsterdamDay,
  amsterdamDayStartingAt,
  dayNumber,
  endOfAmsterdamDay,
  formatAmsterdamMoment,
  formatDay,
  fromAmsterdamLocal,
  isoWeekday,
  isValidDay,
  startOfAmsterdamDay,
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

const HOUR = 3_600_000;

/** Real days between `from` and `to`, written YYYY-MM-DD. */
const dayBetween = (from: string, to: string) =>
  fc
    .integer({ min: dayNumber(from), max: dayNumber(to) })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

describe('days', () => {
  it('are real calendar days written YYYY-MM-DD', () => {
    expect(isValidDay('2026-02-28')).toBe(true);
    expect(isValidDay('2028-02-29')).toBe(true); // leap year
    expect(isValidDay('2000-02-29')).toBe(true); // divisible by 400
    expect(isValidDay('2026-02-29')).toBe(false);
    expect(isValidDay('2027-02-29')).toBe(false);
    expect(isValidDay('2026-02-30')).toBe(false);
    expect(isValidDay('1900-02-29')).toBe(false); // divisible by 100, not by 400
    expect(isValidDay('2026-04-31')).toBe(false);
    expect(isValidDay('2026-13-01')).toBe(false);
    expect(isValidDay('2026-00-10')).toBe(false);
    expect(isValidDay('2026-01-00')).toBe(false);
    expect(isValidDay('0000-01-01')).toBe(false);
    expect(isValidDay('2026-1-5')).toBe(false);
    expect(isValidDay('05-01-2026')).toBe(false);
    expect(isValidDay('2026-01-05T00:00:00')).toBe(false);
    expect(isValidDay('2026-01-05+01:00')).toBe(false);
    expect(isValidDay(' 2026-01-05')).toBe(false);
  });

  it('include the years before 100, which Date.UTC would read as 19xx', () => {
    expect(isValidDay('0050-02-28')).toBe(true);
    expect(addDays('0050-12-31', 1)).toBe('0051-01-01');
    expect(isoWeekday('0001-01-01')).toBe(1); // a Monday in the proleptic Gregorian calendar
  });

  it('count like the calendar', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
    fc.assert(
      fc.property(dayBetween('1999-01-01', '2031-12-31'), (d) => {
        expect(dayNumber(d)).toBe(Date.parse(`${d}T00:00:00Z`) / 86_400_000);
      }),
    );
  });

  it('are added across months, leap days and years, and across the summer time changes', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addDays('2026-10-25', 1)).toBe('2026-10-26');
    expect(addDays('2026-10-26', -1)).toBe('2026-10-25');
    fc.assert(
      fc.property(
        dayBetween('1999-01-01', '2031-12-31'),
        fc.integer({ min: -800, max: 800 }),
        (d, n) => {
          expect(dayNumber(addDays(d, n)) - dayNumber(d)).toBe(n);
        },
      ),
    );
  });

  it('have their ISO weekday: the change-over days of 2026 are Sundays', () => {
    expect(isoWeekday('2026-03-23')).toBe(1);
    expect(isoWeekday('2026-03-29')).toBe(7);
    expect(isoWeekday('2026-10-25')).toBe(7);
  });
});

describe('Amsterdam days', () => {
  it('begin at midnight there: 23:00 UTC in winter, 22:00 UTC in summer', () => {
    expect(amsterdamDay(new Date('2026-01-14T22:59:59Z'))).toBe('2026-01-14');
    expect(amsterdamDay(new Date('2026-01-14T23:00:00Z'))).toBe('2026-01-15');
    expect(amsterdamDay(new Date('2026-07-14T21:59:59Z'))).toBe('2026-07-14');
    expect(amsterdamDay(new Date('2026-07-14T22:00:00Z'))).toBe('2026-07-15');
  });

  it('are 23 hours long when summer time starts (29 March 2026)', () => {
    expect(startOfAmsterdamDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfAmsterdamDay('2026-03-29').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(amsterdamDay(new Date('2026-03-28T22:59:59Z'))).toBe('2026-03-28');
    expect(amsterdamDay(new Date('2026-03-28T23:00:00Z'))).toBe('2026-03-29');
    expect(amsterdamDay(new Date('2026-03-29T21:59:59Z'))).toBe('2026-03-29');
    expect(amsterdamDay(new Date('2026-03-29T22:00:00Z'))).toBe('2026-03-30');
    const length =
      endOfAmsterdamDay('2026-03-29').getTime() - startOfAmsterdamDay('2026-03-29').getTime();
    expect(length).toBe(23 * HOUR);
  });

  it('are 25 hours long when summer time ends (25 October 2026)', () => {
    expect(startOfAmsterdamDay('2026-10-25').toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(endOfAmsterdamDay('2026-10-25').toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(amsterdamDay(new Date('2026-10-24T21:59:59Z'))).toBe('2026-10-24');
    expect(amsterdamDay(new Date('2026-10-24T22:00:00Z'))).toBe('2026-10-25');
    expect(amsterdamDay(new Date('2026-10-25T22:59:59Z'))).toBe('2026-10-25');
    expect(amsterdamDay(new Date('2026-10-25T23:00:00Z'))).toBe('2026-10-26');
    const length =
      endOfAmsterdamDay('2026-10-25').getTime() - startOfAmsterdamDay('2026-10-25').getTime();
    expect(length).toBe(25 * HOUR);
  });

  it('run from their start up to the start of the next day, every day', () => {
    fc.assert(
      fc.property(dayBetween('1970-01-01', '2100-12-31'), (d) => {
        const start = startOfAmsterdamDay(d);
        expect(amsterdamDay(start)).toBe(d);
        expect(amsterdamDay(new Date(start.getTime() - 1))).toBe(addDays(d, -1));
        expect(endOfAmsterdamDay(d)).toEqual(startOfAmsterdamDay(addDays(d, 1)));
      }),
    );
  });

  it('can be named for days long past, and refuse what is not a day', () => {
    const start = startOfAmsterdamDay('1900-01-01');
    expect(amsterdamDay(start)).toBe('1900-01-01');
    expect(amsterdamDay(new Date(start.getTime() - 1))).toBe('1899-12-31');
    expect(() => startOfAmsterdamDay('2026-02-30')).toThrow(RangeError);
  });

  it('are counted on, not reached by adding 24 hours, which misses the day around midnight', () => {
    // 23:30 on Saturday 28 March 2026; the next day is Sunday 29 March.
    const saturdayNight = new Date('2026-03-28T22:30:00Z');
    expect(addDays(amsterdamDay(saturdayNight), 1)).toBe('2026-03-29');
    expect(amsterdamDay(new Date(saturdayNight.getTime() + 24 * HOUR))).toBe('2026-03-30');
    // 00:30 (summer time) on Sunday 25 October 2026, a day of 25 hours: 24 hours later it is
    // 23:30 on the same Sunday.
    const sundayNight = new Date('2026-10-24T22:30:00Z');
    expect(addDays(amsterdamDay(sundayNight), 1)).toBe('2026-10-26');
    expect(amsterdamDay(new Date(sundayNight.getTime() + 24 * HOUR))).toBe('2026-10-25');
  });

  it('can begin at 07:00 for the daily e-mail, also on the change-over days', () => {
    const at = (iso: string) => amsterdamDayStartingAt(new Date(iso), 7);
    // 29 March 2026: 06:59 and 07:00 summer time are 04:59 and 05:00 UTC.
    expect(at('2026-03-29T04:59:00Z')).toBe('2026-03-28');
    expect(at('2026-03-29T05:00:00Z')).toBe('2026-03-29');
    // 25 October 2026: 06:59 and 07:00 winter time are 05:59 and 06:00 UTC.
    expect(at('2026-10-25T05:59:00Z')).toBe('2026-10-24');
    expect(at('2026-10-25T06:00:00Z')).toBe('2026-10-25');
    // An ordinary winter day: 07:00 is 06:00 UTC.
    expect(at('2026-01-15T05:59:00Z')).toBe('2026-01-14');
    expect(at('2026-01-15T06:00:00Z')).toBe('2026-01-15');
  });
});
