import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { rolesFor } from '../../../../domain/access-table.ts';
import { formatDay } from '../../../../domain/dates.ts';
import type { Fund, FundBooking } from '../../../../server/features/fund/fund.schemas.ts';
import { hasAnyRole, useMe } from '../../../app/queries.ts';
import { ErrorMessage, StatusMessage } from '../../../components/alert.tsx';
import { Button } from '../../../components/button.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { Facts } from '../../../components/facts.tsx';
import { formatMoment } from '../../../components/format.ts';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { ApiError } from '../../../app/api-client.ts';
import { fundQueryOptions, useApproveBooking } from '../api/fund-api.ts';
import { BalanceChart, type BalanceLine } from '../components/balance-chart.tsx';
import { CorrectionForm, DepositForm, bookingAbout } from '../components/fund-forms.tsx';
import { fundTexts as texts } from '../texts.ts';

/** The Sociaal Investeringsfonds: its balances, their course, its bookings (docs/rules/fund-ledger.md). */
export function FundPage() {
  const [page, setPage] = useState(1);
  const fund = useQuery(fundQueryOptions(page));
  const me = useMe();
  const mayDeposit = hasAnyRole(me, rolesFor('fund.deposit'));
  const mayCorrect = hasAnyRole(me, rolesFor('fund.correct'));
  const mayApprove = hasAnyRole(me, rolesFor('fund.approve'));
  return (
    <Page title={texts.title} documentTitle={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {fund.isPending ? <Loading /> : null}
      {fund.isError ? <LoadError error={fund.error} onRetry={() => void fund.refetch()} /> : null}
      {fund.data ? (
        <>
          <section aria-labelledby="saldi-titel" className="sr-section">
            <h2 id="saldi-titel" className="utrecht-heading-2">
              {texts.balancesTitle}
            </h2>
            <Facts
              rows={[
                [texts.balances.deposited, formatEuro(fund.data.balances.depositedCents)],
                [texts.balances.committed, formatEuro(fund.data.balances.committedCents)],
                [texts.balances.paid, formatEuro(fund.data.balances.paidCents)],
                [texts.balances.reclaimed, formatEuro(fund.data.balances.reclaimedCents)],
                [texts.balances.free, formatEuro(fund.data.balances.freeCents)],
              ]}
            />
          </section>
          <Series series={fund.data.series} />
          <section aria-labelledby="raadsrapportage-titel" className="sr-section">
            <h2 id="raadsrapportage-titel" className="utrecht-heading-2">
              {texts.report.title}
            </h2>
            <p className="utrecht-paragraph">{texts.report.intro}</p>
            <p className="utrecht-paragraph">
              <a className="utrecht-link" href="/api/fund/council-report.pdf">
                {texts.report.pdf}
              </a>
              {' · '}
              <a className="utrecht-link" href="/api/fund/council-report.xlsx">
                {texts.report.xlsx}
              </a>
              {' · '}
              <a className="utrecht-link" href="/fonds-openbaar">
                {texts.report.publicPage}
              </a>
            </p>
          </section>
          <Bookings fund={fund.data} mayApprove={mayApprove} page={page} onPage={setPage} />
          {mayDeposit ? <DepositForm /> : null}
          {mayCorrect ? <CorrectionForm bookings={fund.data.bookings} /> : null}
        </>
      ) : null}
      <section aria-labelledby="regels-titel" className="sr-section">
        <h2 id="regels-titel" className="utrecht-heading-2">
          {texts.rules.title}
        </h2>
        <ul className="utrecht-unordered-list">
          {texts.rules.items.map((item) => (
            <li className="utrecht-unordered-list__item" key={item}>
              {item}
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

function Series({ series }: { series: Fund['series'] }) {
  const days = useMemo(() => series.map((p) => formatDay(p.day)), [series]);
  const lines = useMemo<BalanceLine[]>(
    () => [
      {
        name: texts.balances.deposited,
        values: series.map((p) => p.depositedCents / 100),
        colour: '#1f4e8c',
      },
      {
        name: texts.balances.committed,
        values: series.map((p) => p.committedCents / 100),
        colour: '#8a4b08',
        dashed: true,
      },
      {
        name: texts.balances.paid,
        values: series.map((p) => p.paidCents / 100),
        colour: '#5c2d91',
        dashed: true,
      },
      {
        name: texts.balances.free,
        values: series.map((p) => p.freeCents / 100),
        colour: '#1b6e3a',
      },
    ],
    [series],
  );
  return (
    <section aria-labelledby="verloop-titel" className="sr-section">
      <h2 id="verloop-titel" className="utrecht-heading-2">
        {texts.chartTitle}
      </h2>
      {series.length === 0 ? (
        <p className="utrecht-paragraph">{texts.noBookings}</p>
      ) : (
        <>
          <BalanceChart days={days} lines={lines} />
          <Table
            id="fonds-verloop"
            caption={texts.seriesCaption}
            columns={[
              texts.day,
              { label: texts.balances.deposited, numeric: true },
              { label: texts.balances.committed, numeric: true },
              { label: texts.balances.paid, numeric: true },
              { label: texts.balances.free, numeric: true },
            ]}
          >
            {series.map((p) => (
              <tr className="utrecht-table__row" key={p.day}>
                <td className={cell.data}>{formatDay(p.day)}</td>
                <td className={cell.number}>{formatEuro(p.depositedCents)}</td>
                <td className={cell.number}>{formatEuro(p.committedCents)}</td>
                <td className={cell.number}>{formatEuro(p.paidCents)}</td>
                <td className={cell.number}>{formatEuro(p.freeCents)}</td>
              </tr>
            ))}
          </Table>
        </>
      )}
    </section>
  );
}

function Bookings({
  fund,
  mayApprove,
  page,
  onPage,
}: {
  fund: Fund;
  mayApprove: boolean;
  page: number;
  onPage: (page: number) => void;
}) {
  const [asked, setAsked] = useState<FundBooking | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const approve = useApproveBooking();
  const lastPage = Math.max(1, Math.ceil(fund.total / fund.pageSize));
  return (
    <section aria-labelledby="boekingen-titel" className="sr-section">
      <h2 id="boekingen-titel" className="utrecht-heading-2">
        {texts.bookingsTitle}
      </h2>
      <StatusMessage>{status}</StatusMessage>
      <ErrorMessage>{failure}</ErrorMessage>
      {fund.total === 0 ? (
        <p className="utrecht-paragraph">{texts.noBookings}</p>
      ) : (
        <Table
          id="fonds-boekingen"
          caption={texts.bookingsCaption(fund.bookings.length, fund.total)}
          columns={[
            texts.columns.kind,
            { label: texts.columns.amount, numeric: true },
            texts.columns.about,
            texts.columns.booked,
            texts.columns.approved,
          ]}
        >
          {fund.bookings.map((b) => (
            <tr className="utrecht-table__row" key={b.id}>
              <td className={cell.data}>{texts.kinds[b.kind]}</td>
              <td className={cell.number}>{formatEuro(b.amountCents)}</td>
              <td className={cell.data}>{bookingAbout(b)}</td>
              <td className={cell.data}>
                {b.bookedByName ?? '—'}, {formatMoment(b.bookedAt)}
              </td>
              <td className={cell.data}>
                {!b.pending ? (
                  b.approvedByName ? (
                    `${b.approvedByName}, ${formatMoment(b.approvedAt!)}`
                  ) : (
                    '—'
                  )
                ) : mayApprove && !b.bookedByYou ? (
                  <Button
                    appearance="secondary"
                    onClick={() => {
                      setStatus(null);
                      setFailure(null);
                      setAsked(b);
                    }}
                  >
                    {texts.approve}
                  </Button>
                ) : b.bookedByYou ? (
                  texts.ownAwaiting
                ) : (
                  texts.awaiting
                )}
              </td>
            </tr>
          ))}
        </Table>
      )}
      {lastPage > 1 ? (
        <div className="sr-actions">
          <Button appearance="secondary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            {texts.previous}
          </Button>
          <Button
            appearance="secondary"
            disabled={page >= lastPage}
            onClick={() => onPage(page + 1)}
          >
            {texts.next}
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={asked !== null}
        title={texts.approveTitle}
        confirmLabel={texts.approve}
        busy={approve.isPending}
        onCancel={() => setAsked(null)}
        onConfirm={() => {
          if (!asked) return;
          approve.mutate(asked.id, {
            onSuccess: () => {
              setAsked(null);
              setStatus(texts.approved);
            },
            onError: (error) => {
              setAsked(null);
              setFailure(error instanceof ApiError ? error.message : texts.failed);
            },
          });
        }}
      >
        {asked ? (
          <p className="utrecht-paragraph">
            {texts.approveBody(texts.kinds[asked.kind], formatEuro(asked.amountCents))}
          </p>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
