import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useRef, useState } from 'react';
import { formatDay } from '../../../../domain/dates.ts';
import { REFERRAL_ORIGIN_LABELS } from '../../../../domain/participants/referrals.ts';
import { REFERRAL_CONSENT_METHOD_LABELS } from '../../../../domain/participants/referrals.ts';
import type { Referral } from '../../../../server/features/referrals/referrals.schemas.ts';
import { Alert } from '../../../components/alert.tsx';
import { Facts } from '../../../components/facts.tsx';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { provisionQueryOptions } from '../../../app/shared-queries.ts';
import { referralListQueryOptions } from '../api/referrals-api.ts';
import {
  DecisionForm,
  DecisionNotice,
  type DecisionOutcome,
} from '../components/decision-form.tsx';
import { ReferralStatusText } from '../components/referral-status.tsx';
import { Table } from '../../../components/table.tsx';
import { dayOf, isoDayOf } from '../format.ts';
import { referralsTexts } from '../texts.ts';
import '../referrals.css';

const texts = referralsTexts.incoming;
const ROUTE = '/ingelogd/beheer/voorzieningen/$provisionId/verwijzingen';

/** The referrals to one provision: those awaiting a decision first, then the decided ones. */
export function IncomingReferralsPage() {
  const { provisionId } = useParams({ from: ROUTE });
  // The name for the title; the page works without it (a coordinator may not read the provision).
  const provision = useQuery(provisionQueryOptions(provisionId));
  const referrals = useQuery(referralListQueryOptions({ provisionId }));
  const [outcome, setOutcome] = useState<DecisionOutcome | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const name = provision.data?.name ?? referrals.data?.[0]?.provisionName;
  const pending = referrals.data?.filter((r) => r.status === 'pending') ?? [];
  const decided = referrals.data?.filter((r) => r.status !== 'pending') ?? [];

  // The decided referral leaves the list; focus goes to what happened.
  useEffect(() => {
    if (outcome) noticeRef.current?.focus();
  }, [outcome]);

  return (
    <Page
      title={name ? texts.title(name) : texts.documentTitle}
      documentTitle={texts.documentTitle}
    >
      <p className="utrecht-paragraph">
        <Link
          to="/beheer/voorzieningen/$provisionId/deelnemers"
          params={{ provisionId }}
          className="utrecht-link utrecht-link--html-a"
        >
          {texts.back}
        </Link>
      </p>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <div role="status" className="sr-status">
        {outcome ? (
          <div ref={noticeRef} tabIndex={-1} className="sr-card__notice">
            <Alert type="ok">
              <DecisionNotice outcome={outcome} />
            </Alert>
          </div>
        ) : null}
      </div>
      {referrals.isPending ? <Loading /> : null}
      {referrals.isError ? (
        <LoadError error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : null}
      {referrals.data ? (
        <>
          <section aria-labelledby="te-beoordelen-titel" className="sr-section">
            <h2 id="te-beoordelen-titel" className="utrecht-heading-2">
              {texts.pendingTitle} ({pending.length})
            </h2>
            {pending.length === 0 ? (
              <p className="utrecht-paragraph">{texts.pendingEmpty}</p>
            ) : (
              <ul className="sr-card-list">
                {pending.map((referral) => (
                  <li key={referral.id}>
                    <PendingReferral referral={referral} onDecided={setOutcome} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="beoordeeld-titel" className="sr-section">
            <h2 id="beoordeeld-titel" className="utrecht-heading-2">
              {texts.decidedTitle}
            </h2>
            <DecidedReferrals referrals={decided} />
          </section>
        </>
      ) : null}
    </Page>
  );
}

const routeOf = (referral: Referral) =>
  texts.referredBy(referral.referredByName, REFERRAL_ORIGIN_LABELS[referral.route]);

function PendingReferral({
  referral,
  onDecided,
}: {
  referral: Referral;
  onDecided: (outcome: DecisionOutcome) => void;
}) {
  const headingId = `verwijzing-${referral.id}`;
  return (
    <article aria-labelledby={headingId} className="sr-card">
      <h3 id={headingId} className="utrecht-heading-3">
        {referral.residentName ?? texts.erased}
      </h3>
      <Facts
        rows={[
          [
            texts.facts.referredOn,
            <time key="dag" dateTime={isoDayOf(referral.createdAt)}>
              {dayOf(referral.createdAt)}
            </time>,
          ],
          [texts.facts.referredBy, routeOf(referral)],
          [texts.facts.contact, referral.residentContact ?? texts.none],
          [texts.facts.birthYear, referral.birthYear ?? texts.none],
          [texts.facts.neighbourhood, referral.neighbourhoodName ?? texts.none],
          [
            texts.facts.note,
            referral.note ? <span className="sr-long-text">{referral.note}</span> : texts.none,
          ],
          [
            texts.facts.consent,
            texts.consent(
              formatDay(referral.consentGivenOn),
              REFERRAL_CONSENT_METHOD_LABELS[referral.consentMethod],
            ),
          ],
        ]}
      />
      <DecisionForm referral={referral} onDecided={onDecided} />
    </article>
  );
}

function DecidedReferrals({ referrals }: { referrals: Referral[] }) {
  if (referrals.length === 0) return <p className="utrecht-paragraph">{texts.decidedEmpty}</p>;
  return (
    <Table
      id="beoordeelde-verwijzingen"
      caption={texts.caption(referrals.length)}
      columns={[
        texts.columns.resident,
        texts.columns.date,
        texts.columns.referredBy,
        texts.columns.status,
        texts.columns.outcome,
      ]}
    >
      {referrals.map((referral) => (
        <tr className="utrecht-table__row" key={referral.id}>
          <th scope="row" className="utrecht-table__cell">
            {referral.residentName ?? texts.erased}
          </th>
          <td className="utrecht-table__cell sr-nowrap">
            <time dateTime={isoDayOf(referral.createdAt)}>{dayOf(referral.createdAt)}</time>
          </td>
          <td className="utrecht-table__cell">{routeOf(referral)}</td>
          <td className="utrecht-table__cell">
            <ReferralStatusText status={referral.status} />
          </td>
          <td className="utrecht-table__cell">
            {referral.participantId ? (
              <Link
                to="/deelnemers/$participantId"
                params={{ participantId: referral.participantId }}
                className="utrecht-link utrecht-link--html-a"
              >
                {texts.participant}
                <span className="sr-visually-hidden">
                  {` ${referral.residentName ?? texts.erased}`}
                </span>
              </Link>
            ) : (
              <span className="sr-long-text">{referral.declineReason}</span>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
