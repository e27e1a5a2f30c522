import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { amsterdamDay, formatDay } from '../../../../domain/dates.ts';
import {
  objectionDeadline,
  objectionExtensionInDutch,
} from '../../../../domain/tender/objection.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { formatMoment } from '../../../components/format.ts';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { roundQueryOptions } from '../../../app/shared-queries.ts';
import {
  decisionKeys,
  decisionsQueryOptions,
  jobQueryOptions,
  useGenerateDecisions,
  useIssueDecisions,
} from '../api/decisions-api.ts';
import { decisionsTexts } from '../texts.ts';
import { RoundSteps } from '../../../components/round-steps.tsx';
import { Table } from '../../../components/table.tsx';

const texts = decisionsTexts.round;
const th = 'utrecht-table__header-cell';
const td = 'utrecht-table__cell';

/** Make the letters of a round (a job with progress), check them, and send them. */
export function DecisionsPage() {
  const { roundId } = useParams({ from: '/ingelogd/rondes/$roundId/beschikkingen' });
  const round = useQuery(roundQueryOptions(roundId));
  const decisions = useQuery(decisionsQueryOptions(roundId));
  const items = decisions.data ?? [];

  return (
    <Page
      title={round.data ? texts.title(round.data.name) : texts.documentTitle}
      documentTitle={texts.documentTitle}
    >
      <p className="utrecht-paragraph">
        <Link
          to="/rondes/$roundId"
          params={{ roundId }}
          className="utrecht-link utrecht-link--html-a"
        >
          {texts.back}
        </Link>
      </p>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {round.data ? <RoundSteps round={round.data} /> : null}
      <section aria-labelledby="maken-titel" className="sr-section">
        <h2 id="maken-titel" className="utrecht-heading-2">
          {texts.generateTitle}
        </h2>
        <Generate roundId={roundId} />
      </section>
      <section aria-labelledby="lijst-titel" className="sr-section">
        <h2 id="lijst-titel" className="utrecht-heading-2">
          {texts.listTitle}
        </h2>
        {decisions.isPending ? <Loading /> : null}
        {decisions.isError ? (
          <LoadError error={decisions.error} onRetry={() => void decisions.refetch()} />
        ) : null}
        {decisions.data && items.length === 0 ? (
          <p className="utrecht-paragraph">{texts.empty}</p>
        ) : null}
        {items.length > 0 ? (
          <Table
            caption={texts.caption(items.length)}
            columns={[
              texts.columns.reference,
              texts.columns.application,
              texts.columns.organisation,
              texts.columns.outcome,
              texts.columns.granted,
              texts.columns.issued,
            ]}
          >
            {items.map((d) => (
              <tr className="utrecht-table__row" key={d.id}>
                <th scope="row" className={th}>
                  <Link
                    to="/aanvragen/$applicationId/beschikking"
                    params={{ applicationId: d.applicationId }}
                    className="utrecht-link utrecht-link--html-a"
                  >
                    {d.reference}
                  </Link>
                </th>
                <td className={td}>{d.applicationReference}</td>
                <td className={td}>{d.organisationName}</td>
                <td className={td}>{decisionsTexts.outcomes[d.outcome]}</td>
                <td className={`${td} sr-nowrap`}>{formatEuro(d.grantedCents)}</td>
                <td className={td}>{d.issuedAt ? formatMoment(d.issuedAt) : texts.notIssued}</td>
              </tr>
            ))}
          </Table>
        ) : null}
      </section>
      {items.length > 0 ? (
        <section aria-labelledby="verzenden-titel" className="sr-section">
          <h2 id="verzenden-titel" className="utrecht-heading-2">
            {texts.issueTitle}
          </h2>
          <Issue roundId={roundId} />
        </section>
      ) : null}
      <p className="utrecht-paragraph">
        <Link
          to="/rondes/$roundId/rangschikking"
          params={{ roundId }}
          className="utrecht-link utrecht-link--html-a"
        >
          {texts.rankingLink}
        </Link>
      </p>
    </Page>
  );
}

function Generate({ roundId }: { roundId: string }) {
  const generate = useGenerateDecisions(roundId);
  const queryClient = useQueryClient();
  const [jobId, setJobId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const job = useQuery({ ...jobQueryOptions(jobId ?? ''), enabled: jobId !== null });
  const status = job.data?.status;

  useEffect(() => {
    if (status === 'done') void queryClient.invalidateQueries({ queryKey: decisionKeys.all });
  }, [status, queryClient]);

  const onGenerate = async () => {
    setError(null);
    try {
      const { jobId: id } = await generate.mutateAsync();
      setJobId(id);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : decisionsTexts.failed);
    }
  };

  const running = jobId !== null && status !== 'done' && status !== 'failed';
  const done = job.data?.done ?? 0;
  const total = job.data?.total ?? 0;

  return (
    <>
      <ErrorMessage>
        {error ?? (status === 'failed' ? `${texts.jobFailed} ${job.data?.error ?? ''}` : null)}
      </ErrorMessage>
      <div className="sr-actions">
        <Button busy={generate.isPending || running} onClick={() => void onGenerate()}>
          {texts.generate}
        </Button>
      </div>
      {jobId ? (
        <div className="sr-form-field">
          <label className="utrecht-form-label" htmlFor="beschikkingen-voortgang">
            {texts.progressLabel}
          </label>
          <div>
            <progress
              id="beschikkingen-voortgang"
              max={Math.max(total, 1)}
              value={status === 'done' ? Math.max(total, 1) : done}
            >
              {texts.progress(done, total)}
            </progress>
          </div>
          <p className="utrecht-paragraph" aria-live="polite" id="beschikkingen-voortgang-tekst">
            {job.data ? texts.progress(done, total) : null}
          </p>
        </div>
      ) : null}
      <StatusMessage>{status === 'done' ? texts.generated(total) : null}</StatusMessage>
    </>
  );
}

function Issue({ roundId }: { roundId: string }) {
  const issue = useIssueDecisions(roundId);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const result = issue.data;
  // The sending day is the Amsterdam date on which the letters go out.
  const today = amsterdamDay(new Date());

  const onConfirm = async () => {
    setError(null);
    try {
      await issue.mutateAsync();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : decisionsTexts.failed);
    }
    setOpen(false);
  };

  return (
    <>
      <ErrorMessage>{error}</ErrorMessage>
      <StatusMessage>
        {result
          ? `${texts.issued(
              result.issued,
              formatDay(result.sentDay),
              formatDay(result.objectionDeadline),
            )} ${objectionExtensionInDutch(result.sentDay) ?? ''}`.trim()
          : null}
      </StatusMessage>
      <div className="sr-actions">
        <Button onClick={() => setOpen(true)}>{texts.issue}</Button>
      </div>
      <ConfirmDialog
        open={open}
        title={texts.confirmTitle}
        confirmLabel={texts.confirm}
        busy={issue.isPending}
        onConfirm={() => void onConfirm()}
        onCancel={() => setOpen(false)}
      >
        <p className="utrecht-paragraph">{texts.confirmBody}</p>
        <p className="utrecht-paragraph">
          {texts.confirmDeadline(formatDay(today), formatDay(objectionDeadline(today)))}
        </p>
      </ConfirmDialog>
    </>
  );
}
