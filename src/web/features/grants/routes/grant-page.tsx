import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { formatDay } from '../../../../domain/dates.ts';
import { ApiError } from '../../../app/api-client.ts';
import { hasAnyRole, useMe } from '../../../app/queries.ts';
import { Facts } from '../../../components/facts.tsx';
import { formatMoment } from '../../../components/format.ts';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { grantQueryOptions } from '../api/grants-api.ts';
import { GrantChanges, TimelineLetterLink } from '../components/grant-changes.tsx';
import { ReportSection } from '../components/report-section.tsx';
import { ScheduleForm } from '../components/schedule-form.tsx';
import { grantsTexts } from '../texts.ts';

const texts = grantsTexts.grant;

/** One grant: its facts, the steps so far, the accountability asked and the advances. */
export function GrantPage() {
  const { grantId } = useParams({ from: '/ingelogd/subsidies/$grantId' });
  const grant = useQuery(grantQueryOptions(grantId));
  const me = useMe();
  const data = grant.data;
  const notFound =
    grant.error instanceof ApiError && (grant.error.status === 404 || grant.error.status === 403);
  return (
    <Page
      title={data ? texts.title(data.reference) : texts.documentTitle}
      documentTitle={texts.documentTitle}
    >
      <p className="utrecht-paragraph">
        <Link to="/subsidies" className="utrecht-link utrecht-link--html-a">
          {texts.back}
        </Link>
      </p>
      {grant.isPending ? <Loading /> : null}
      {notFound ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
      {grant.isError && !notFound ? (
        <LoadError error={grant.error} onRetry={() => void grant.refetch()} />
      ) : null}
      {data ? (
        <>
          <Facts
            rows={[
              [texts.facts.organisation, data.organisationName],
              [texts.facts.provision, data.provisionName],
              [texts.facts.round, data.roundName],
              [
                texts.facts.decision,
                <Link
                  key="beschikking"
                  to="/aanvragen/$applicationId/beschikking"
                  params={{ applicationId: data.applicationId }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {data.decisionReference}
                </Link>,
              ],
              [texts.facts.period, `${formatDay(data.periodStart)} – ${formatDay(data.periodEnd)}`],
              [texts.facts.granted, formatEuro(data.grantedCents)],
              [texts.facts.paid, formatEuro(data.paidCents)],
              [texts.facts.status, grantsTexts.statuses[data.status]],
            ]}
          />
          <p className="utrecht-paragraph">
            <Link
              to="/subsidies/$grantId/vaststelling"
              params={{ grantId: data.id }}
              className="utrecht-link utrecht-link--html-a"
            >
              {texts.settlementLink}
            </Link>
          </p>
          <section aria-labelledby="verloop-titel" className="sr-section">
            <h2 id="verloop-titel" className="utrecht-heading-2">
              {texts.timelineTitle}
            </h2>
            <ol className="utrecht-ordered-list">
              {data.timeline.map((event, i) => (
                <li className="utrecht-ordered-list__item" key={`${event.kind}-${i}`}>
                  {texts.timelineItem(
                    grantsTexts.events[event.kind],
                    formatMoment(event.at),
                    event.actorName,
                  )}
                  {event.detail && event.kind === 'schedule_changed'
                    ? ` (${grantsTexts.scheduleKinds[event.detail as keyof typeof grantsTexts.scheduleKinds]?.toLowerCase() ?? event.detail})`
                    : event.detail
                      ? ` (${event.detail})`
                      : null}
                  {event.detail &&
                  (event.kind === 'change_decided' ||
                    event.kind === 'lowered' ||
                    event.kind === 'withdrawn') ? (
                    <TimelineLetterLink grantId={data.id} detail={event.detail} />
                  ) : null}
                </li>
              ))}
            </ol>
          </section>
          <ReportSection grantId={data.id} canWrite={hasAnyRole(me, ['applicant'])} />
          <section aria-labelledby="voorschotten-titel" className="sr-section">
            <h2 id="voorschotten-titel" className="utrecht-heading-2">
              {texts.scheduleTitle}
            </h2>
            <p className="utrecht-paragraph">
              {texts.scheduleKind(grantsTexts.scheduleKinds[data.scheduleKind])}
            </p>
            <Table
              id="termijnen"
              caption={texts.caption(data.terms.length)}
              columns={[
                texts.columns.number,
                texts.columns.dueDay,
                { label: texts.columns.amount, numeric: true },
                texts.columns.paid,
              ]}
            >
              {data.terms.map((term) => (
                <tr className="utrecht-table__row" key={term.id}>
                  <td className={cell.data}>{term.number}</td>
                  <td className={cell.data}>{formatDay(term.dueDay)}</td>
                  <td className={cell.number}>{formatEuro(term.amountCents)}</td>
                  <td className={cell.data}>
                    {term.paidAt
                      ? texts.paid(formatMoment(term.paidAt).slice(0, 10))
                      : term.paymentRunReference
                        ? texts.inRun(term.paymentRunReference)
                        : texts.unpaid}
                  </td>
                </tr>
              ))}
            </Table>
          </section>
          {hasAnyRole(me, ['policy_officer']) ? <ScheduleForm grant={data} /> : null}
          <GrantChanges grant={data} />
        </>
      ) : null}
    </Page>
  );
}
