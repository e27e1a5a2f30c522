import { Link } from '@tanstack/react-router';
import type { Signal } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { formatPeriod, statusLabel } from '../format.ts';
import { doubleFinancingTexts } from '../texts.ts';
import { cell, Table } from '../../../components/table.tsx';

const texts = doubleFinancingTexts.signals;
const columns = texts.columns;

/** The signals: allocation (link to the signal), provision, provider, overlap, status. */
export function SignalsTable({ signals }: { signals: Signal[] }) {
  return (
    <Table
      id="signalen"
      caption={texts.caption(signals.length)}
      columns={[
        { label: columns.allocation },
        { label: columns.provision },
        { label: columns.provider },
        { label: columns.period },
        { label: columns.status },
      ]}
    >
      {signals.map((signal) => (
        <tr className="utrecht-table__row" key={signal.id}>
          <th scope="row" className={cell.header}>
            <Link
              to="/dubbele-financiering/signalen/$signalId"
              params={{ signalId: signal.id }}
              className="utrecht-link utrecht-link--html-a"
            >
              {texts.openDetails(signal.allocationNumber)}
            </Link>
          </th>
          <td className={cell.data}>
            {signal.provisionName}
            <br />
            <span className="sr-muted">{signal.organisationName}</span>
          </td>
          <td className={cell.data}>{signal.providerAgb}</td>
          <td className={cell.data}>{formatPeriod(signal.overlapStart, signal.overlapEnd)}</td>
          <td className={cell.data}>
            {statusLabel(signal.status)}
            {signal.notFoundSince === null ? null : (
              <>
                <br />
                {texts.notFound}
              </>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
