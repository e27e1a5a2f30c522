import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { formatDay } from '../../../../domain/dates.ts';
import { formatIban } from '../../../../domain/identifiers.ts';
import { ApiError } from '../../../app/api-client.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { Facts } from '../../../components/facts.tsx';
import { formatMoment } from '../../../components/format.ts';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Table, cell } from '../../../components/table.tsx';
import {
  ledgerFileUrl,
  ledgerXlsxUrl,
  paymentRunQueryOptions,
  sepaFileUrl,
  useRunAction,
} from '../api/payments-api.ts';
import { paymentsTexts } from '../texts.ts';

const texts = paymentsTexts.run;

/** One payment run: the review list, approval by a colleague, export and the files. */
export function PaymentRunPage() {
  const { runId } = useParams({ from: '/ingelogd/betalingen/$runId' });
  const run = useQuery(paymentRunQueryOptions(runId));
  const approve = useRunAction(runId, 'approve');
  const exportRun = useRunAction(runId, 'export');
  const cancel = useRunAction(runId, 'cancel');
  const [askingCancel, setAskingCancel] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const data = run.data;
  const notFound = run.error instanceof ApiError && run.error.status === 404;
  const act = (mutation: typeof approve, done: string) => {
    setMessage(null);
    setFailure(null);
    mutation.mutate(undefined, {
      onSuccess: () => setMessage(done),
      onError: (error) =>
        setFailure(error instanceof ApiError ? error.message : paymentsTexts.failed),
    });
  };
  return (
    <Page
      title={data ? texts.title(data.reference) : texts.documentTitle}
      documentTitle={texts.documentTitle}
    >
      <p className="utrecht-paragraph">
        <Link to="/betalingen" className="utrecht-link utrecht-link--html-a">
          {texts.back}
        </Link>
      </p>
      {run.isPending ? <Loading /> : null}
      {notFound ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
      {run.isError && !notFound ? (
        <LoadError error={run.error} onRetry={() => void run.refetch()} />
      ) : null}
      {data ? (
        <>
          <Facts
            rows={[
              [texts.facts.status, paymentsTexts.statuses[data.status]],
              [texts.facts.upToDay, formatDay(data.upToDay)],
              [texts.facts.count, String(data.count)],
              [texts.facts.total, formatEuro(data.totalCents)],
              [texts.facts.prepared, texts.by(data.preparedByName, formatMoment(data.preparedAt))],
              ...(data.approvedByName && data.approvedAt
                ? [
                    [
                      texts.facts.approved,
                      texts.by(data.approvedByName, formatMoment(data.approvedAt)),
                    ] as [string, string],
                  ]
                : []),
              ...(data.exportedByName && data.exportedAt
                ? [
                    [
                      texts.facts.exported,
                      texts.by(data.exportedByName, formatMoment(data.exportedAt)),
                    ] as [string, string],
                  ]
                : []),
              ...(data.executionDay
                ? [[texts.facts.executionDay, formatDay(data.executionDay)] as [string, string]]
                : []),
            ]}
          />
          <ErrorMessage>{failure}</ErrorMessage>
          <StatusMessage>{message}</StatusMessage>
          {data.status === 'prepared' && data.preparedByYou ? (
            <p className="utrecht-paragraph">{texts.ownRun}</p>
          ) : null}
          <div className="sr-actions">
            {data.status === 'prepared' && !data.preparedByYou ? (
              <Button busy={approve.isPending} onClick={() => act(approve, texts.approved)}>
                {texts.approve}
              </Button>
            ) : null}
            {data.status === 'approved' ? (
              <Button busy={exportRun.isPending} onClick={() => act(exportRun, texts.exported)}>
                {texts.export}
              </Button>
            ) : null}
            {data.status === 'prepared' || data.status === 'approved' ? (
              <Button appearance="secondary" onClick={() => setAskingCancel(true)}>
                {texts.cancel}
              </Button>
            ) : null}
          </div>
          <ConfirmDialog
            open={askingCancel}
            title={texts.cancelTitle}
            confirmLabel={texts.cancelConfirm}
            busy={cancel.isPending}
            onConfirm={() => {
              setAskingCancel(false);
              act(cancel, texts.cancelled);
            }}
            onCancel={() => setAskingCancel(false)}
          >
            <p className="utrecht-paragraph">{texts.cancelBody}</p>
          </ConfirmDialog>
          {data.status === 'exported' ? (
            <ul className="utrecht-unordered-list">
              <li className="utrecht-unordered-list__item">
                <a className="utrecht-link utrecht-link--html-a" href={sepaFileUrl(runId)} download>
                  {texts.sepa(data.reference)}
                </a>
              </li>
              <li className="utrecht-unordered-list__item">
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={ledgerFileUrl(runId)}
                  download
                >
                  {texts.ledger(data.reference)}
                </a>
              </li>
              <li className="utrecht-unordered-list__item">
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={ledgerXlsxUrl(runId)}
                  download
                >
                  {texts.ledgerXlsx(data.reference)}
                </a>
              </li>
            </ul>
          ) : null}
          <Table
            id="betalingen"
            caption={texts.caption(data.count, formatEuro(data.totalCents))}
            columns={[
              texts.columns.organisation,
              texts.columns.iban,
              texts.columns.grant,
              texts.columns.term,
              texts.columns.dueDay,
              { label: texts.columns.amount, numeric: true },
            ]}
          >
            {data.payments.map((p) => (
              <tr className="utrecht-table__row" key={p.termId}>
                <td className={cell.data}>{p.organisationName}</td>
                <td className={cell.data}>{formatIban(p.iban)}</td>
                <td className={cell.data}>
                  <Link
                    to="/subsidies/$grantId"
                    params={{ grantId: p.grantId }}
                    className="utrecht-link utrecht-link--html-a"
                  >
                    {p.grantReference}
                  </Link>
                </td>
                <td className={cell.data}>{p.termNumber}</td>
                <td className={cell.data}>{formatDay(p.dueDay)}</td>
                <td className={cell.number}>{formatEuro(p.amountCents)}</td>
              </tr>
            ))}
            <tr className="utrecht-table__row">
              <th scope="row" className={cell.header} colSpan={5}>
                {texts.totalRow}
              </th>
              <td className={cell.number}>{formatEuro(data.totalCents)}</td>
            </tr>
          </Table>
          {data.excluded.length > 0 ? (
            <section aria-labelledby="buiten-run-titel" className="sr-section">
              <h2 id="buiten-run-titel" className="utrecht-heading-2">
                {texts.excludedTitle}
              </h2>
              <p className="utrecht-paragraph">{texts.excludedIntro}</p>
              <Table
                id="uitgesloten"
                caption={texts.excludedCaption(data.excluded.length)}
                columns={[
                  texts.excludedColumns.grant,
                  texts.excludedColumns.organisation,
                  { label: texts.excludedColumns.terms, numeric: true },
                  { label: texts.excludedColumns.amount, numeric: true },
                  texts.excludedColumns.reason,
                ]}
              >
                {data.excluded.map((e) => (
                  <tr className="utrecht-table__row" key={e.grantReference}>
                    <td className={cell.data}>{e.grantReference}</td>
                    <td className={cell.data}>{e.organisationName}</td>
                    <td className={cell.number}>{e.terms}</td>
                    <td className={cell.number}>{formatEuro(e.amountCents)}</td>
                    <td className={cell.data}>{e.reason}</td>
                  </tr>
                ))}
              </Table>
            </section>
          ) : null}
        </>
      ) : null}
    </Page>
  );
}
