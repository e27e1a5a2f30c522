import { describe, expect, it } from 'vitest';
import type { OpeningDayParts } from '../day-parts.ts';
import {
  attendanceProblems,
  attendanceWeekSchema,
  daysOfWeek,
  formatWeekRange,
  formatWeekday,
  isoWeek,
  mondayOf,
  notRegisteredMessage,
  openCells,
  registeredDays,
  weekdayOf,
  type AttendanceWeek,
} from './attendance.ts';

/** Huiskamer De Lindeboom in the demo. */
const lindeboom: OpeningDayParts = {
  monday: ['morning', 'afternoon'],
  wednesday: ['morning', 'afternoon'],
  friday: ['afternoon'],
};

describe('weeks as on a Dutch calendar', () => {
  it('knows the weekday of a day', () => {
    expect(weekdayOf('2026-11-30')).toBe('monday');
    expect(weekdayOf('2026-12-06')).toBe('sunday');
    expect(weekdayOf('2024-02-29')).toBe('thursday');
  });

  it('starts a week on the Monday, also across a month and a year', () => {
    expect(mondayOf('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-12-06')).toBe('2026-11-30');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(daysOfWeek('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
  });

  it('numbers weeks the ISO way: 30 November 2026 is in week 49, 1 January 2027 in week 53 of 2026', () => {
    expect(isoWeek('2026-11-30')).toEqual({ year: 2026, week: 49 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2027-01-04')).toEqual({ year: 2027, week: 1 });
    expect(isoWeek('2025-12-29')).toEqual({ year: 2026, week: 1 });
  });

  it('names a week and a day in Dutch', () => {
    expect(formatWeekRange('2026-11-30')).toBe('30 november – 6 december 2026');
    expect(formatWeekRange('2026-12-28')).toBe('28 december 2026 – 3 januari 2027');
    expect(formatWeekRange('2026-11-16')).toBe('16 – 22 november 2026');
    expect(formatWeekday('2026-12-01')).toBe('dinsdag 1 december 2026');
    expect(formatWeekday('2026-12-01', { year: false })).toBe('dinsdag 1 december');
  });

  it('lists the open day parts of a week: 5 at De Lindeboom', () => {
    expect(openCells(lindeboom, '2026-11-30')).toEqual([
      { day: '2026-11-30', dayPart: 'morning' },
      { day: '2026-11-30', dayPart: 'afternoon' },
      { day: '2026-12-02', dayPart: 'morning' },
      { day: '2026-12-02', dayPart: 'afternoon' },
      { day: '2026-12-04', dayPart: 'afternoon' },
    ]);
    expect(openCells({}, '2026-11-30')).toEqual([]);
  });
});

describe('a week of attendance', () => {
  const id = '0b7a5a52-4c1a-4f2e-9a43-0a4f3f1e9d11';
  const week = (over: Partial<AttendanceWeek>): AttendanceWeek => ({
    weekStart: '2026-11-30',
    present: [],
    anonymous: [],
    ...over,
  });

  it('has a week that starts on a Monday and counts of 0 or more', () => {
    const tuesday = attendanceWeekSchema.safeParse(week({ weekStart: '2026-12-01' }));
    expect(tuesday.error?.issues[0]).toMatchObject({
      path: ['weekStart'],
      message: 'Een week begint op maandag.',
    });
    const negative = attendanceWeekSchema.safeParse(
      week({ anonymous: [{ day: '2026-11-30', dayPart: 'morning', count: -1 }] }),
    );
    expect(negative.error?.issues[0]).toMatchObject({
      path: ['anonymous', 0, 'count'],
      message: 'Het aantal is 0 of meer.',
    });
  });

  it('is fine on open day parts of the week', () => {
    expect(
      attendanceProblems(
        week({
          present: [
            { participantId: id, day: '2026-11-30', dayPart: 'morning' },
            { participantId: id, day: '2026-12-04', dayPart: 'afternoon' },
          ],
          anonymous: [
            { day: '2026-12-02', dayPart: 'afternoon', count: 3 },
            // A zero on a closed day part says nothing.
            { day: '2026-12-01', dayPart: 'morning', count: 0 },
          ],
        }),
        lindeboom,
      ),
    ).toEqual([]);
  });

  it('refuses a closed day part and a day outside the week, naming the field', () => {
    expect(
      attendanceProblems(
        week({
          present: [
            { participantId: id, day: '2026-12-01', dayPart: 'morning' },
            { participantId: id, day: '2026-12-04', dayPart: 'morning' },
            { participantId: id, day: '2026-12-07', dayPart: 'morning' },
          ],
          anonymous: [{ day: '2026-12-03', dayPart: 'evening', count: 2 }],
        }),
        lindeboom,
      ),
    ).toEqual([
      {
        path: ['present', 0, 'dayPart'],
        message: 'De voorziening is op dinsdag 1 december 2026 in de ochtend gesloten.',
      },
      {
        path: ['present', 1, 'dayPart'],
        message: 'De voorziening is op vrijdag 4 december 2026 in de ochtend gesloten.',
      },
      {
        path: ['present', 2, 'day'],
        message: '7 december 2026 valt niet in de week van 30 november – 6 december 2026.',
      },
      {
        path: ['anonymous', 0, 'dayPart'],
        message: 'De voorziening is op donderdag 3 december 2026 in de avond gesloten.',
      },
    ]);
  });
});

describe('who can be marked present on a day', () => {
  const anna = {
    startDate: '2026-12-02',
    endDate: null,
    registrationConsents: [{ givenOn: '2026-12-02', withdrawnOn: null }],
  };

  it('a participant from the start day, with consent for registration', () => {
    expect(registeredDays(anna, '2026-11-30')).toEqual([
      '2026-12-02',
      '2026-12-03',
      '2026-12-04',
      '2026-12-05',
      '2026-12-06',
    ]);
    expect(notRegisteredMessage(1, '2026-12-02', anna)).toBeNull();
  });

  it('up to and including the day they left, and not once consent is withdrawn', () => {
    const left = { ...anna, startDate: '2026-01-05', endDate: '2026-12-01' };
    expect(registeredDays(left, '2026-11-30')).toEqual([]);
    const withdrawn = {
      ...anna,
      startDate: '2026-01-05',
      registrationConsents: [{ givenOn: '2026-01-05', withdrawnOn: '2026-12-03' }],
    };
    expect(registeredDays(withdrawn, '2026-11-30')).toEqual([
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
    ]);
  });

  it('says why not, with the position in the list and the day', () => {
    expect(notRegisteredMessage(3, '2026-11-30', anna)).toBe(
      'De deelnemer van aanwezigheid 3 in de lijst is pas vanaf 2 december 2026 ingeschreven, dus niet op maandag 30 november 2026.',
    );
    expect(notRegisteredMessage(1, '2026-11-30', undefined)).toBe(
      'De deelnemer van aanwezigheid 1 in de lijst is geen deelnemer van deze voorziening.',
    );
    expect(notRegisteredMessage(2, '2026-12-04', { ...anna, registrationConsents: [] })).toContain(
      'had op vrijdag 4 december 2026 geen toestemming voor registratie',
    );
  });
});
