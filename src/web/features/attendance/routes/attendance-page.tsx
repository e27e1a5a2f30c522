import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { isValidDay } from '../../../../domain/dates.ts';
import { formatWeekRange, mondayOf } from '../../../../domain/participants/attendance.ts';
import { ApiError } from '../../../app/api-client.ts';
import { Alert } from '../../../components/alert.tsx';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { attendanceWeekQueryOptions } from '../api/attendance-api.ts';
import { AttendanceForm } from '../components/attendance-form.tsx';
import { WeekNav } from '../components/week-nav.tsx';
import { attendanceTexts as texts } from '../texts.ts';
import '../attendance.css';

const ROUTE = '/ingelogd/beheer/voorzieningen/$provisionId/aanwezigheid';

/** The week grid of a provision: a volunteer ticks who was there, day part by day part. */
export function AttendancePage() {
  const { provisionId } = useParams({ from: ROUTE });
  const search = useSearch({ from: ROUTE });
  // Any day of a week in the address means that week; anything else means this week.
  const badWeek = search.week !== undefined && !isValidDay(search.week);
  const week = search.week !== undefined && !badWeek ? mondayOf(search.week) : undefined;
  const query = useQuery(attendanceWeekQueryOptions(provisionId, week));
  const view = query.data;
  const notFound = query.error instanceof ApiError && query.error.status === 404;

  if (!view) {
    return (
      <Page title={texts.title}>
        {query.isPending ? <Loading /> : null}
        {notFound ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
        {query.isError && !notFound ? (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        ) : null}
      </Page>
    );
  }

  const weekLabel = texts.week(view.isoWeek.week, formatWeekRange(view.weekStart));
  const open = Object.values(view.openingDayParts).some((parts) => parts.length > 0);
  return (
    <Page
      title={texts.titleOf(view.provision.name)}
      documentTitle={texts.documentTitle(view.isoWeek.week, view.provision.name)}
    >
      <h2 className="utrecht-heading-2">{weekLabel}</h2>
      {badWeek ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">{texts.badWeek}</p>
        </Alert>
      ) : null}
      <WeekNav provisionId={provisionId} weekStart={view.weekStart} />
      {!open ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{texts.closed}</p>
        </Alert>
      ) : (
        <>
          <p className="utrecht-paragraph">{texts.intro}</p>
          {view.participants.length === 0 ? (
            <p className="utrecht-paragraph">
              {texts.noParticipants}{' '}
              <Link
                to="/beheer/voorzieningen/$provisionId/deelnemers"
                params={{ provisionId }}
                className="utrecht-link utrecht-link--html-a"
              >
                {texts.registerLink}
              </Link>
            </p>
          ) : null}
          <p className="utrecht-paragraph">{texts.scrollHint}</p>
          <AttendanceForm
            key={view.weekStart}
            view={view}
            caption={texts.caption(view.isoWeek.week, formatWeekRange(view.weekStart))}
            shownAs={week}
          />
        </>
      )}
    </Page>
  );
}
