import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, isoWeekday } from '../dates.ts';
import { atwHolidayOn } from '../public-holidays.ts';
import { objectionDeadline, objectionExtensionInDutch, objectionTerm } from './objection.ts';

describe('the objection term', () => {
  it('ends six weeks after the day of sending when that is a working day', () => {
    expect(objectionDeadline('2027-05-03')).toBe('2027-06-14');
    expect(objectionDeadline('2027-12-20')).toBe('2028-01-31');
    expect(objectionDeadline('2028-01-18')).toBe('2028-02-29');
    expect(objectionTerm('2027-05-03')).toEqual({
      sent: '2027-05-03',
      termEnds: '2027-06-14',
      deadline: '2027-06-14',
      extendedBecause: [],
    });
  });

  it('runs past a Sunday to the Monday (the example of the command-line contract)', () => {
    expect(objectionTerm('2026-12-06')).toEqual({
      sent: '2026-12-06',
      termEnds: '2027-01-17',
      deadline: '2027-01-18',
      extendedBecause: ['2027-01-17 is a Sunday'],
    });
  });

  it('runs past King’s Day, Tuesday 27 April 2027', () => {
    expect(objectionTerm('2027-03-16')).toMatchObject({
      termEnds: '2027-04-27',
      deadline: '2027-04-28',
      extendedBecause: ["2027-04-27 is King's Day"],
    });
  });

  it('runs past King’s Day on Saturday 26 April 2025 and the Sunday after it', () => {
    expect(objectionTerm('2025-03-15')).toMatchObject({
      termEnds: '2025-04-26',
      deadline: '2025-04-28',
      extendedBecause: ["2025-04-26 is King's Day", '2025-04-27 is a Sunday'],
    });
  });

  it('runs past 5 May', () => {
    expect(objectionTerm('2026-03-24')).toMatchObject({
      termEnds: '2026-05-05',
      deadline: '2026-05-06',
      extendedBecause: ['2026-05-05 is Liberation Day (5 May)'],
    });
  });

  it('runs past 5 May and Ascension Day the day after (2027)', () => {
    expect(objectionTerm('2027-03-24')).toMatchObject({
      termEnds: '2027-05-05',
      deadline: '2027-05-07',
      extendedBecause: ['2027-05-05 is Liberation Day (5 May)', '2027-05-06 is Ascension Day'],
    });
  });

  it('runs past Christmas and Boxing Day on a weekend (2027) to Monday', () => {
    expect(objectionTerm('2027-11-13')).toMatchObject({
      termEnds: '2027-12-25',
      deadline: '2027-12-27',
      extendedBecause: ['2027-12-25 is Christmas Day', '2027-12-26 is Boxing Day'],
    });
  });

  it('runs past Christmas on a Friday, Boxing Day on Saturday and the Sunday (2026)', () => {
    expect(objectionTerm('2026-11-13')).toMatchObject({
      termEnds: '2026-12-25',
      deadline: '2026-12-28',
      extendedBecause: [
        '2026-12-25 is Christmas Day',
        '2026-12-26 is Boxing Day',
        '2026-12-27 is a Sunday',
      ],
    });
  });

  it('runs past New Year’s Day on a Friday and the weekend after it', () => {
    expect(objectionTerm('2026-11-20')).toMatchObject({
      termEnds: '2027-01-01',
      deadline: '2027-01-04',
      extendedBecause: [
        "2027-01-01 is New Year's Day",
        '2027-01-02 is a Saturday',
        '2027-01-03 is a Sunday',
      ],
    });
  });

  it('runs past Easter Monday, but not past Good Friday (2026)', () => {
    expect(objectionTerm('2026-02-23')).toMatchObject({
      termEnds: '2026-04-06',
      deadline: '2026-04-07',
      extendedBecause: ['2026-04-06 is Easter Monday'],
    });
    expect(objectionTerm('2026-02-20')).toMatchObject({
      termEnds: '2026-04-03',
      deadline: '2026-04-03',
      extendedBecause: [],
    });
  });

  it('runs past Ascension Day (2025) and Whit Monday (2028)', () => {
    expect(objectionTerm('2025-04-17')).toMatchObject({
      termEnds: '2025-05-29',
      deadline: '2025-05-30',
      extendedBecause: ['2025-05-29 is Ascension Day'],
    });
    expect(objectionTerm('2028-04-24')).toMatchObject({
      termEnds: '2028-06-05',
      deadline: '2028-06-06',
      extendedBecause: ['2028-06-05 is Whit Monday'],
    });
  });

  it('runs past four days in a row: Saturday, Easter Sunday, Easter Monday and King’s Day (2038)', () => {
    expect(objectionTerm('2038-03-13')).toMatchObject({
      termEnds: '2038-04-24',
      deadline: '2038-04-28',
      extendedBecause: [
        '2038-04-24 is a Saturday',
        '2038-04-25 is a Sunday',
        '2038-04-26 is Easter Monday',
        "2038-04-27 is King's Day",
      ],
    });
  });

  it('refuses a day that does not exist or is not written YYYY-MM-DD', () => {
    expect(() => objectionTerm('2027-02-30')).toThrow(RangeError);
    expect(() => objectionTerm('6-12-2026')).toThrow(RangeError);
  });

  it('always ends on a working day, at most four days after the six weeks', () => {
    const anyDay = fc
      .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z') })
      .filter((date) => !Number.isNaN(date.getTime()))
      .map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(anyDay, (sent) => {
        const term = objectionTerm(sent);
        expect(term.termEnds).toBe(addDays(sent, 42));
        expect(isoWeekday(term.deadline)).toBeLessThanOrEqual(5);
        expect(atwHolidayOn(term.deadline)).toBeNull();
        expect(term.deadline >= term.termEnds).toBe(true);
        expect(term.deadline <= addDays(term.termEnds, 4)).toBe(true);
        // every day from termEnds up to the deadline is skipped, each with its reason
        expect(term.extendedBecause).toHaveLength(
          (Date.parse(term.deadline) - Date.parse(term.termEnds)) / 86_400_000,
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('the objection term in Dutch', () => {
  it('says why the deadline lies after the six weeks, for one and for several days', () => {
    expect(objectionExtensionInDutch('2026-12-06')).toBe(
      'Zes weken na verzending is 17 januari 2027. Omdat 17 januari 2027 een zondag is, loopt de termijn door tot en met 18 januari 2027 (Algemene termijnenwet).',
    );
    expect(objectionExtensionInDutch('2026-11-13')).toBe(
      'Zes weken na verzending is 25 december 2026. Omdat 25 december 2026 eerste kerstdag, 26 december 2026 tweede kerstdag en 27 december 2026 een zondag zijn, loopt de termijn door tot en met 28 december 2026 (Algemene termijnenwet).',
    );
    expect(objectionExtensionInDutch('2027-05-03')).toBeNull();
  });
});
