import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Referral } from '../../../../server/features/referrals/referrals.schemas.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { referralListQueryOptions } from '../api/referrals-api.ts';
import { ReferralStatusText } from '../components/referral-status.tsx';
import { Table } from '../../../components/table.tsx';
import { dayOf, isoDayOf } from '../format.ts';
import { referralsTexts } from '../texts.ts';
import '../referrals.css';

const texts = referralsTexts.mine;

/** The social worker's own referrals and what became of them. */
export function MyReferralsPage() {
  const referrals = useQuery(referralListQueryOptions());
  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <p className="utrecht-paragraph">
        <Link to="/verwijzen" className="utrecht-link utrecht-link--html-a">
          {texts.findLink}
        </Link>
      </p>
      {referrals.isPending ? <Loading /> : null}
      {referrals.isError ? (
        <LoadError error={referrals.error} onRetry={() => void referrals.refetch()} />
      ) : null}
      {referrals.data ? <MyReferralsTable referrals={referrals.data} /> : null}
    </Page>
  );
}

function MyReferralsTable({ referrals }: { referrals: Referral[] }) {
  if (referrals.length === 0) return <p className="utrecht-paragraph">{texts.empty}</p>;
  return (
    <Table
      id="mijn-verwijzingen"
      caption={texts.caption(referrals.length)}
      columns={[
        texts.columns.resident,
        texts.columns.date,
        texts.columns.provision,
        texts.columns.status,
        texts.columns.outcome,
      ]}
    >
      {referrals.map((referral) => (
        <tr className="utrecht-table__row" key={referral.id}>
          <th scope="row" className="utrecht-table__cell">
            {referral.residentName ?? referralsTexts.incoming.erased}
          </th>
          <td className="utrecht-table__cell sr-nowrap">
            <time dateTime={isoDayOf(referral.createdAt)}>{dayOf(referral.createdAt)}</time>
          </td>
          <td className="utrecht-table__cell">
            {referral.provisionName}
            <br />
            <span className="sr-muted">{referral.organisationName}</span>
          </td>
          <td className="utrecht-table__cell">
            <ReferralStatusText status={referral.status} />
          </td>
          <td className="utrecht-table__cell">
            {referral.decidedAt ? (
              <>
                {referral.declineReason ? (
                  <span className="sr-long-text">{referral.declineReason} </span>
                ) : null}
                <span className="sr-muted">{texts.decidedOn(dayOf(referral.decidedAt))}</span>
              </>
            ) : (
              <span className="sr-muted">{texts.noOutcome}</span>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
