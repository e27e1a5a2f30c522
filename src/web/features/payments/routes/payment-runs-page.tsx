import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { formatDay } from '../../../../domain/dates.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { paymentRunListQueryOptions, usePrepareRun } from '../api/payments-api.ts';
import { paymentsTexts } from '../texts.ts';

const texts = paymentsTexts.list;

/** Finance's payment runs, and preparing the next one. */
export function PaymentRunsPage() {
  const runs = useQuery(paymentRunListQueryOptions());
  const items = runs.data ?? [];
  return (
    <Page title={texts.title} documentTitle={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <PrepareForm />
      {runs.isPending ? <Loading /> : null}
      {runs.isError ? <LoadError error={runs.error} onRetry={() => void runs.refetch()} /> : null}
      {runs.isSuccess && items.length === 0 ? (
        <p className="utrecht-paragraph">{texts.empty}</p>
      ) : null}
      {items.length > 0 ? (
        <Table
          id="betaalruns"
          caption={texts.caption(items.length)}
          columns={[
            texts.columns.reference,
            texts.columns.upToDay,
            texts.columns.status,
            { label: texts.columns.count, numeric: true },
            { label: texts.columns.total, numeric: true },
            texts.columns.prepared,
            texts.columns.approved,
          ]}
        >
          {items.map((run) => (
            <tr className="utrecht-table__row" key={run.id}>
              <td className={cell.data}>
                <Link
                  to="/betalingen/$runId"
                  params={{ runId: run.id }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {run.reference}
                </Link>
              </td>
              <td className={cell.data}>{formatDay(run.upToDay)}</td>
              <td className={cell.data}>{paymentsTexts.statuses[run.status]}</td>
              <td className={cell.number}>{run.count}</td>
              <td className={cell.number}>{formatEuro(run.totalCents)}</td>
              <td className={cell.data}>{run.preparedByName}</td>
              <td className={cell.data}>{run.approvedByName ?? '—'}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </Page>
  );
}

function PrepareForm() {
  const prepare = usePrepareRun();
  const navigate = useNavigate();
  const [upToDay, setUpToDay] = useState('');
  const [failure, setFailure] = useState<ApiError | null>(null);
  const fieldError = failure?.fields.find((f) => f.path === 'upToDay')?.message;
  return (
    <section aria-labelledby="voorbereiden-titel" className="sr-section sr-form-section">
      <h2 id="voorbereiden-titel" className="utrecht-heading-2">
        {texts.prepareTitle}
      </h2>
      <ErrorMessage>{failure && !fieldError ? failure.message : null}</ErrorMessage>
      <form
        className="sr-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setFailure(null);
          prepare.mutate(
            { upToDay },
            {
              onSuccess: (run) =>
                void navigate({ to: '/betalingen/$runId', params: { runId: run.id } }),
              onError: (error) =>
                setFailure(
                  error instanceof ApiError
                    ? error
                    : new ApiError(500, 'INTERNAL', paymentsTexts.failed),
                ),
            },
          );
        }}
      >
        <TextField
          id="betaalrun-tot-en-met"
          type="date"
          label={texts.upToDay}
          description={texts.upToDayHint}
          value={upToDay}
          onChange={(event) => setUpToDay(event.target.value)}
          error={fieldError}
        />
        <div className="sr-actions">
          <Button type="submit" busy={prepare.isPending}>
            {texts.prepare}
          </Button>
        </div>
      </form>
    </section>
  );
}
