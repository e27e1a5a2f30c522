import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { amsterdamDay, formatDay } from '../../../../domain/dates.ts';
import { rolesFor } from '../../../../domain/access-table.ts';
import { BUDGET_KIND_LABELS } from '../../../../domain/tender/categories.ts';
import type { SettlementReview } from '../../../../server/features/settlements/settlements.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { hasAnyRole, useMe } from '../../../app/queries.ts';
import { Alert } from '../../../components/alert.tsx';
import { formatMoment } from '../../../components/format.ts';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { ImpactReportSection } from '../../../components/impact-report.tsx';
import { ReportComparison } from '../../../components/report-comparison.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { reviewQueryOptions, settlementPdfUrl } from '../api/settlements-api.ts';
import { outcomeText } from '../components/outcome-text.ts';
import { ReclaimPaidForm } from '../components/reclaim-paid-form.tsx';
import { SettlementForm } from '../components/settlement-form.tsx';
import { settlementsTexts } from '../texts.ts';

const texts = settlementsTexts.page;

/**
 * A grant's settlement: for the policy officer the figures side by side, the report's
 * comparison, the application's budget and the proposal; for everyone who may read the grant
 * the letter once it is sent; for finance the reclaim paid back.
 */
export function SettlementPage() {
  const { grantId } = useParams({ from: '/ingelogd/subsidies/$grantId/vaststelling' });
  const review = useQuery(reviewQueryOptions(grantId));
  const me = useMe();
  const data = review.data;
  const notFound =
    review.error instanceof ApiError &&
    (review.error.status === 404 || review.error.status === 403);
  const mayPropose = hasAnyRole(me, rolesFor('settlement.propose'));
  const mayRegister = hasAnyRole(me, rolesFor('reclaim.register_paid'));
  return (
    <Page
      title={data ? texts.title(data.grantReference) : texts.documentTitle}
      documentTitle={texts.documentTitle}
    >
      <p className="utrecht-paragraph">
        <Link
          to="/subsidies/$grantId"
          params={{ grantId }}
          className="utrecht-link utrecht-link--html-a"
        >
          {texts.back}
        </Link>
      </p>
      {review.isPending ? <Loading /> : null}
      {notFound ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
      {review.isError && !notFound ? (
        <LoadError error={review.error} onRetry={() => void review.refetch()} />
      ) : null}
      {data ? (
        <>
          <Figures review={data} />
          {mayPropose ? <Review review={data} /> : null}
          {data.settlement?.status === 'issued' ? (
            <Letter review={data} mayRegister={mayRegister} />
          ) : mayPropose ? null : (
            <p className="utrecht-paragraph">{texts.noLetter}</p>
          )}
        </>
      ) : null}
    </Page>
  );
}

function Figures({ review }: { review: SettlementReview }) {
  const s = review.settlement;
  const issued = s?.status === 'issued';
  return (
    <section aria-labelledby="bedragen-kop" className="sr-section">
      <h2 id="bedragen-kop" className="utrecht-heading-2">
        {texts.figuresTitle}
      </h2>
      <Table
        id="bedragen"
        caption={texts.caption}
        captionHidden
        columns={[texts.columns.what, { label: texts.columns.amount, numeric: true }]}
      >
        <tr className="utrecht-table__row">
          <th scope="row" className={cell.header}>
            {texts.granted}
          </th>
          <td className={cell.number}>{formatEuro(review.grantedCents)}</td>
        </tr>
        <tr className="utrecht-table__row">
          <th scope="row" className={cell.header}>
            {texts.paid}
          </th>
          <td className={cell.number}>{formatEuro(review.paidCents)}</td>
        </tr>
        {s ? (
          <>
            <tr className="utrecht-table__row">
              <th scope="row" className={cell.header}>
                {issued ? texts.settled : texts.proposedSettled}
              </th>
              <td className={cell.number}>{formatEuro(s.settledCents)}</td>
            </tr>
            <tr className="utrecht-table__row">
              <th scope="row" className={cell.header}>
                {texts.difference}
              </th>
              <td className={cell.number}>{outcomeText(s.outcome)}</td>
            </tr>
          </>
        ) : null}
      </Table>
      {review.limitBecause === 'fixed_costs' ? (
        <p className="utrecht-paragraph">{texts.limit(formatEuro(review.limitCents))}</p>
      ) : null}
    </section>
  );
}

/** What the policy officer reviews before proposing: report, budget, rules and the form. */
function Review({ review }: { review: SettlementReview }) {
  const s = review.settlement;
  return (
    <>
      <section aria-labelledby="verantwoording-titel" className="sr-section">
        <h2 id="verantwoording-titel" className="utrecht-heading-2">
          {texts.reportTitle}
        </h2>
        {review.report ? (
          <ReportComparison
            id="vaststelling-vergelijking"
            comparison={review.report.comparison}
            activities={review.report.activities}
            results={review.report.results}
          />
        ) : (
          <p className="utrecht-paragraph">
            {texts.noReport(review.accountabilityTier === 'direct')}
          </p>
        )}
      </section>
      {review.impact ? (
        <ImpactReportSection impact={review.impact} id="vaststelling-impact-titel" />
      ) : null}
      <section aria-labelledby="begroting-kop" className="sr-section">
        <h2 id="begroting-kop" className="utrecht-heading-2">
          {texts.budgetTitle}
        </h2>
        <Table
          id="begroting"
          caption={texts.budgetCaption(review.budgetLines.length)}
          columns={[
            texts.budgetColumns.kind,
            texts.budgetColumns.description,
            { label: texts.budgetColumns.amount, numeric: true },
          ]}
        >
          {review.budgetLines.map((line, i) => (
            <tr className="utrecht-table__row" key={i}>
              <td className={cell.data}>{BUDGET_KIND_LABELS[line.kind]}</td>
              <td className={cell.data}>{line.description}</td>
              <td className={cell.number}>{formatEuro(line.cents)}</td>
            </tr>
          ))}
        </Table>
      </section>
      <section aria-labelledby="regels-titel" className="sr-section">
        <h2 id="regels-titel" className="utrecht-heading-2">
          {settlementsTexts.rules.title}
        </h2>
        <ul className="utrecht-unordered-list">
          {settlementsTexts.rules.items.map((rule) => (
            <li className="utrecht-unordered-list__item" key={rule}>
              {rule}
            </li>
          ))}
        </ul>
      </section>
      {s && s.status === 'proposed' && s.proposedByName ? (
        <p className="utrecht-paragraph">
          {texts.proposedBy(s.proposedByName, formatMoment(s.proposedAt))} {texts.toIssue}{' '}
          <Link to="/vaststellingen" className="utrecht-link utrecht-link--html-a">
            {texts.issueLink}
          </Link>
        </p>
      ) : null}
      {review.notPossible && s?.status !== 'issued' ? (
        <Alert type="info">
          <p className="utrecht-paragraph">
            <strong>{texts.notPossibleTitle}.</strong> {review.notPossible}
          </p>
        </Alert>
      ) : null}
      {review.notPossible ? null : <SettlementForm review={review} />}
    </>
  );
}

function Letter({ review, mayRegister }: { review: SettlementReview; mayRegister: boolean }) {
  const s = review.settlement!;
  return (
    <section aria-labelledby="beschikking-titel" className="sr-section">
      <h2 id="beschikking-titel" className="utrecht-heading-2">
        {texts.letterTitle}
      </h2>
      {s.reclaimDueDay ? (
        <p className="utrecht-paragraph">
          {s.reclaimPaidDay
            ? texts.reclaimPaid(formatDay(s.reclaimPaidDay))
            : texts.reclaimDue(formatDay(s.reclaimDueDay))}
        </p>
      ) : null}
      {mayRegister && s.reclaimDueDay && !s.reclaimPaidDay ? (
        <ReclaimPaidForm grantId={review.grantId} today={amsterdamDay(new Date())} />
      ) : null}
      <p className="utrecht-paragraph">
        <a
          className="utrecht-link utrecht-link--html-a"
          href={settlementPdfUrl(review.grantId)}
          download
        >
          {texts.letterPdf(s.reference ?? '')}
        </a>
      </p>
      <article
        aria-label={texts.letterTitle}
        className="sr-section sr-decision-letter"
        // The server escapes every text in this fragment (h2, h3 and p only).
        dangerouslySetInnerHTML={{ __html: s.html ?? '' }}
      />
    </section>
  );
}
