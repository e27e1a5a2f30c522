import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { formatDay } from '../../../../domain/dates.ts';
import { objectionExtensionInDutch } from '../../../../domain/tender/objection.ts';
import { ApiError } from '../../../app/api-client.ts';
import { Facts } from '../../../components/facts.tsx';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { decisionPdfUrl, decisionQueryOptions } from '../api/decisions-api.ts';
import { useMe } from '../../../app/queries.ts';
import { RenounceSection } from '../components/renounce-section.tsx';
import { decisionsTexts } from '../texts.ts';

const texts = decisionsTexts.decision;

/** The decision on an application: the facts, the letter and the PDF. */
export function DecisionPage() {
  const { applicationId } = useParams({ from: '/ingelogd/aanvragen/$applicationId/beschikking' });
  const decision = useQuery(decisionQueryOptions(applicationId));
  const data = decision.data;
  const me = useMe();
  const notFound =
    decision.error instanceof ApiError &&
    (decision.error.status === 404 || decision.error.status === 403);

  return (
    <Page title={data?.title ?? texts.documentTitle} documentTitle={texts.documentTitle}>
      <p className="utrecht-paragraph">
        <Link
          to="/aanvragen/$applicationId"
          params={{ applicationId }}
          className="utrecht-link utrecht-link--html-a"
        >
          {texts.back}
        </Link>
      </p>
      {decision.isPending ? <Loading /> : null}
      {notFound ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
      {decision.isError && !notFound ? (
        <LoadError error={decision.error} onRetry={() => void decision.refetch()} />
      ) : null}
      {data ? (
        <>
          <Facts
            rows={[
              [texts.reference, data.reference],
              [texts.granted, formatEuro(data.grantedCents)],
            ]}
          />
          {data.sentDay ? (
            <p className="utrecht-paragraph">
              <strong>{texts.sent(formatDay(data.sentDay))}.</strong>{' '}
              {data.objectionDeadline
                ? `${texts.objection(formatDay(data.objectionDeadline))}.`
                : null}{' '}
              {objectionExtensionInDutch(data.sentDay)}
            </p>
          ) : (
            <p className="utrecht-paragraph">{texts.notSent}</p>
          )}
          <RenounceSection
            applicationId={applicationId}
            decision={data}
            mayAsk={!!me?.roles.includes('applicant')}
            mayRecord={!!me?.roles.includes('policy_officer')}
          />
          <p className="utrecht-paragraph">
            <a
              className="utrecht-link utrecht-link--html-a"
              href={decisionPdfUrl(applicationId)}
              download
            >
              {texts.pdf}
            </a>
          </p>
          <article
            aria-label={texts.letterLabel}
            className="sr-section sr-decision-letter"
            // The server escapes every text in this fragment (h2, h3 and p only).
            dangerouslySetInnerHTML={{ __html: data.html }}
          />
        </>
      ) : null}
    </Page>
  );
}
