/**
 * Which recent weeks of attendance a coordinator still has to fill in
 * (docs/rules/home-tasks.md): of the last four whole weeks, those in which the provision had
 * a registered participant and no attendance at all (registered or anonymous) was saved.
 */
import { addDays } from '../dates.ts';
import { mondayOf } from './attendance.ts';

/** How many whole weeks back the home page looks. */
export const ATTENDANCE_WEEKS_CHECKED = 4;

export interface ParticipationPeriod {
  startDate: string;
  endDate: string | null;
}

/** The Mondays of the last `ATTENDANCE_WEEKS_CHECKED` whole weeks before `today`'s, oldest first. */
export function recentWholeWeeks(today: string): string[] {
  const thisMonday = mondayOf(today);
  return Array.from({ length: ATTENDANCE_WEEKS_CHECKED }, (_, i) =>
    addDays(thisMonday, -7 * (ATTENDANCE_WEEKS_CHECKED - i)),
  );
}

export function weeksWithoutAttendance(
  today: string,
  participants: readonly ParticipationPeriod[],
  mondaysWithAttendance: ReadonlySet<string>,
): string[] {
  return recentWholeWeeks(today).filter((monday) => {
    const sunday = addDays(monday, 6);
    const someoneTakesPart = participants.some(
      (p) => p.startDate <= sunday && (p.endDate === null || p.endDate >= monday),
    );
    return someoneTakesPart && !mondaysWithAttendance.has(monday);
  });
}
