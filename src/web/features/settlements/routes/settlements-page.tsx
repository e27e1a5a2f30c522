import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { amsterdamDay, formatDay } from '../../../../domain/dates.ts';
import { ApiError } from '../../../app/api-client.ts';
import { Alert, ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Table, cell } from '../../../components/table.tsx';
import {
  awaitingQueryOptions,
  issueJobQueryOptions,
  proposedQueryOptions,
  settlementKeys,
  useIssueSettlements,
} from '../api/settlements-api.ts';
import { outcomeText } from '../components/outcome-text.ts';
import { settlementsTexts } from '../texts.ts';

const texts = settlementsTexts.list;

/** The proposed settlements, and issuing their letters in one batch (a job with progress). */
export function SettlementsPage() {
  const proposed = useQuery(proposedQueryOptions());
  const issue = useIssueSettlements();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [jobId, setJobId] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const job = useQuery({ ...issueJobQueryOptions(jobId ?? ''), enabled: jobId !== null });
  const finished = job.data?.status === 'done' || job.data?.status === 'failed';

  useEffect(() => {
    if (finished) void queryClient.invalidateQueries({ queryKey: settlementKeys.all });
  }, [finished, queryClient]);

  const items = proposed.data ?? [];
  const start = async () => {
    setMessage(null);
    try {
      const started = await issue.mutateAsync(items.map((i) => i.grantId));
      setJobId(started.jobId);
    } catch (error) {
      setMessage(error instanceof ApiError ? error.message : settlementsTexts.failed);
    } finally {
      setConfirming(false);
    }
  };

  return (
    <Page title={texts.title} documentTitle={texts.documentTitle}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <ul className="utrecht-unordered-list">
        {settlementsTexts.rules.items.map((rule) => (
          <li className="utrecht-unordered-list__item" key={rule}>
            {rule}
          </li>
        ))}
      </ul>
      <ErrorMessage>{message}</ErrorMessage>
      {job.data ? (
        job.data.status === 'failed' ? (
          <Alert type="error">
            <p className="utrecht-paragraph">{texts.failedJob}</p>
          </Alert>
        ) : (
          <StatusMessage>
            {job.data.status === 'done'
              ? texts.done(job.data.total)
              : texts.progress(job.data.done, job.data.total)}
          </StatusMessage>
        )
      ) : null}
      <AwaitingList />
      <h2 className="utrecht-heading-2">{texts.proposedTitle}</h2>
      {proposed.isPending ? <Loading /> : null}
      {proposed.isError ? (
        <LoadError error={proposed.error} onRetry={() => void proposed.refetch()} />
      ) : null}
      {proposed.data && items.length === 0 ? (
        <p className="utrecht-paragraph">{texts.empty}</p>
      ) : null}
      {items.length > 0 ? (
        <>
          <Table
            id="vaststellingen"
            caption={texts.caption(items.length)}
            columns={[
              texts.columns.grant,
              texts.columns.organisation,
              { label: texts.columns.granted, numeric: true },
              { label: texts.columns.paid, numeric: true },
              { label: texts.columns.settled, numeric: true },
              texts.columns.outcome,
            ]}
          >
            {items.map((item) => (
              <tr className="utrecht-table__row" key={item.grantId}>
                <td className={cell.data}>
                  <Link
                    to="/subsidies/$grantId/vaststelling"
                    params={{ grantId: item.grantId }}
                    className="utrecht-link utrecht-link--html-a"
                  >
                    {item.grantReference}
                  </Link>
                </td>
                <td className={cell.data}>{item.organisationName}</td>
                <td className={cell.number}>{formatEuro(item.grantedCents)}</td>
                <td className={cell.number}>{formatEuro(item.paidCents)}</td>
                <td className={cell.number}>{formatEuro(item.settledCents)}</td>
                <td className={cell.data}>{outcomeText(item.outcome)}</td>
              </tr>
            ))}
          </Table>
          <div className="sr-actions">
            <Button
              type="button"
              busy={issue.isPending || (jobId !== null && !finished)}
              onClick={() => setConfirming(true)}
            >
              {texts.issue(items.length)}
            </Button>
          </div>
        </>
      ) : null}
      <ConfirmDialog
        open={confirming}
        title={texts.confirmTitle}
        confirmLabel={texts.confirm}
        busy={issue.isPending}
        onConfirm={() => void start()}
        onCancel={() => setConfirming(false)}
      >
        <p className="utrecht-paragraph">{texts.confirmText}</p>
      </ConfirmDialog>
    </Page>
  );
}

/** The grants whose settlement the policy officer has still to propose, each a link to it. */
function AwaitingList() {
  const awaiting = useQuery(awaitingQueryOptions());
  if (awaiting.isPending) return <Loading />;
  if (awaiting.isError)
    return <LoadError error={awaiting.error} onRetry={() => void awaiting.refetch()} />;
  const items = awaiting.data;
  return (
    <section aria-labelledby="klaar-titel" className="sr-section">
      <h2 id="klaar-titel" className="utrecht-heading-2">
        {texts.awaitingTitle}
      </h2>
      <p className="utrecht-paragraph">{texts.awaitingIntro}</p>
      {items.length === 0 ? (
        <p className="utrecht-paragraph">{texts.awaitingEmpty}</p>
      ) : (
        <Table
          id="klaar-om-vast-te-stellen"
          caption={texts.awaitingCaption(items.length)}
          columns={[
            texts.awaitingColumns.grant,
            texts.awaitingColumns.organisation,
            { label: texts.awaitingColumns.granted, numeric: true },
            texts.awaitingColumns.report,
          ]}
        >
          {items.map((item) => (
            <tr className="utrecht-table__row" key={item.grantId}>
              <td className={cell.data}>
                <Link
                  to="/subsidies/$grantId/vaststelling"
                  params={{ grantId: item.grantId }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {item.grantReference}
                </Link>
              </td>
              <td className={cell.data}>{item.organisationName}</td>
              <td className={cell.number}>{formatEuro(item.grantedCents)}</td>
              <td className={cell.data}>
                {item.reportSubmittedAt
                  ? texts.reportSubmittedOn(
                      formatDay(amsterdamDay(new Date(item.reportSubmittedAt))),
                    )
                  : texts.direct}
              </td>
            </tr>
          ))}
        </Table>
      )}
    </section>
  );
}
