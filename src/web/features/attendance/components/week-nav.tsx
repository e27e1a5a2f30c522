import { Link } from '@tanstack/react-router';
import { addDays } from '../../../../domain/dates.ts';
import { isoWeek } from '../../../../domain/participants/attendance.ts';
import { attendanceTexts } from '../texts.ts';

const texts = attendanceTexts.nav;
const linkClass = 'utrecht-link utrecht-link--html-a';
const to = '/beheer/voorzieningen/$provisionId/aanwezigheid';

/** Links to the previous and next week, and back to the current one. */
export function WeekNav({ provisionId, weekStart }: { provisionId: string; weekStart: string }) {
  const previous = addDays(weekStart, -7);
  const next = addDays(weekStart, 7);
  return (
    <nav aria-label={texts.label} className="sr-actions sr-attendance__nav">
      <Link to={to} params={{ provisionId }} search={{ week: previous }} className={linkClass}>
        <span aria-hidden="true">← </span>
        {texts.previous(isoWeek(previous).week)}
      </Link>
      <Link to={to} params={{ provisionId }} search={{}} className={linkClass}>
        {texts.current}
      </Link>
      <Link to={to} params={{ provisionId }} search={{ week: next }} className={linkClass}>
        {texts.next(isoWeek(next).week)}
        <span aria-hidden="true"> →</span>
      </Link>
    </nav>
  );
}
