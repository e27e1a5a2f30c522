import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { formatDay } from '../../../../domain/dates.ts';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import type { SignalDetail } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { Alert } from '../../../components/alert.tsx';
import { Facts } from '../../../components/facts.tsx';
import { formatMoment } from '../../../components/format.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { signalQueryOptions } from '../api/double-financing-api.ts';
import { NoteForm, StatusForm } from '../components/signal-forms.tsx';
import { cell, Table } from '../../../components/table.tsx';
import { formatPeriod, statusLabel } from '../format.ts';
import { doubleFinancingTexts } from '../texts.ts';

const texts = doubleFinancingTexts.signal;

/** One signal: its facts, its history, and the forms to change its status or add a note. */
export function SignalPage() {
  const { signalId } = useParams({ from: '/ingelogd/dubbele-financiering/signalen/$signalId' });
  const signal = useQuery(signalQueryOptions(signalId));
  const data = signal.data;
  const notFound = signal.error instanceof ApiError && signal.error.status === 404;

  return (
    <Page
      title={data ? texts.title(data.allocationNumber) : texts.documentTitle}
      documentTitle={texts.documentTitle}
    >
      <p className="utrecht-paragraph">
        <Link to="/dubbele-financiering/signalen" className="utrecht-link utrecht-link--html-a">
          {texts.back}
        </Link>
      </p>
      {signal.isPending ? <Loading /> : null}
      {notFound ? (
        <Alert type="warning">
          <p className="utrecht-paragraph">{texts.notFound}</p>
        </Alert>
      ) : null}
      {signal.isError && !notFound ? (
        <LoadError error={signal.error} onRetry={() => void signal.refetch()} />
      ) : null}
      {data ? <SignalContent signal={data} /> : null}
    </Page>
  );
}

function SignalContent({ signal }: { signal: SignalDetail }) {
  const facts = texts.facts;
  return (
    <>
      <p className="utrecht-paragraph">{doubleFinancingTexts.notVerdict}</p>
      <section aria-labelledby="gegevens-titel" className="sr-section">
        <h2 id="gegevens-titel" className="utrecht-heading-2">
          {texts.detailsTitle}
        </h2>
        <Facts
          rows={[
            [facts.status, <strong key="status">{statusLabel(signal.status)}</strong>],
            [facts.allocation, signal.allocationNumber],
            [facts.provider, signal.providerAgb],
            [facts.product, texts.product(signal.productCategory, signal.productCode)],
            [facts.period, formatPeriod(signal.overlapStart, signal.overlapEnd)],
            [facts.provision, signal.provisionName],
            [facts.organisation, signal.organisationName],
            [facts.category, CATEGORY_LABELS[signal.category]],
            ...(signal.phaseOutDate
              ? [[facts.phaseOutDate, formatDay(signal.phaseOutDate)] as [string, string]]
              : []),
            ...(signal.reason ? [[facts.reason, signal.reason] as [string, string]] : []),
            [facts.found, formatMoment(signal.createdAt)],
            [
              facts.lastRun,
              signal.notFoundSince === null
                ? texts.stillFound
                : texts.notFoundSince(formatMoment(signal.notFoundSince)),
            ],
            [facts.updated, formatMoment(signal.updatedAt)],
          ]}
        />
      </section>
      <section aria-labelledby="status-titel" className="sr-section">
        <h2 id="status-titel" className="utrecht-heading-2">
          {texts.statusTitle}
        </h2>
        <StatusForm signalId={signal.id} status={signal.status} />
      </section>
      <section aria-labelledby="notitie-titel" className="sr-section">
        <h2 id="notitie-titel" className="utrecht-heading-2">
          {texts.noteTitle}
        </h2>
        <NoteForm signalId={signal.id} />
      </section>
      <section aria-labelledby="geschiedenis-titel" className="sr-section">
        <h2 id="geschiedenis-titel" className="utrecht-heading-2">
          {texts.historyTitle}
        </h2>
        {signal.events.length === 0 ? (
          <p className="utrecht-paragraph">{texts.historyEmpty}</p>
        ) : (
          <History signal={signal} />
        )}
      </section>
    </>
  );
}

function History({ signal }: { signal: SignalDetail }) {
  const columns = texts.historyColumns;
  return (
    <Table
      id="geschiedenis-tabel"
      caption={texts.historyCaption}
      columns={[
        { label: columns.at },
        { label: columns.who },
        { label: columns.change },
        { label: columns.note },
      ]}
    >
      {signal.events.map((event, index) => (
        <tr className="utrecht-table__row" key={`${event.at}-${index}`}>
          <th scope="row" className={`${cell.header} sr-nowrap`}>
            {formatMoment(event.at)}
          </th>
          <td className={cell.data}>{event.actorName ?? texts.system}</td>
          <td className={cell.data}>
            {event.toStatus
              ? texts.statusChange(
                  event.fromStatus ? statusLabel(event.fromStatus) : null,
                  statusLabel(event.toStatus),
                )
              : texts.noChange}
          </td>
          <td className={`${cell.data} sr-long-text`}>{event.note ?? ''}</td>
        </tr>
      ))}
    </Table>
  );
}
