import type { AuditEvent } from '../../../../server/features/audit/audit.schemas.ts';
import { formatMoment, isoMoment } from '../../../components/format.ts';
import { auditTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = auditTexts.results;

const asJson = (value: unknown) =>
  value === null || value === undefined ? texts.nothing : JSON.stringify(value, null, 2);

export function AuditTable({ events }: { events: AuditEvent[] }) {
  return (
    <Table
      caption={texts.caption}
      className="sr-audit-table"
      columns={[
        texts.columns.at,
        texts.columns.actor,
        texts.columns.action,
        texts.columns.entity,
        texts.columns.change,
      ]}
    >
      {events.map((event) => (
        <tr className="utrecht-table__row" key={event.id}>
          <td className="utrecht-table__cell sr-nowrap">
            <time dateTime={isoMoment(event.at)}>{formatMoment(event.at)}</time>
          </td>
          <td className="utrecht-table__cell">{event.actorEmail ?? texts.system}</td>
          <td className="utrecht-table__cell">
            <code className="sr-code">{event.action}</code>
          </td>
          <td className="utrecht-table__cell">
            {event.entityType} <code className="sr-code sr-code--id">{event.entityId}</code>
          </td>
          <td className="utrecht-table__cell">
            <details className="sr-details">
              <summary className="sr-details__summary">{texts.showChange}</summary>
              <div className="sr-change">
                <div>
                  <p className="utrecht-paragraph sr-change__label">{texts.before}</p>
                  <pre className="utrecht-code-block sr-change__json">{asJson(event.before)}</pre>
                </div>
                <div>
                  <p className="utrecht-paragraph sr-change__label">{texts.after}</p>
                  <pre className="utrecht-code-block sr-change__json">{asJson(event.after)}</pre>
                </div>
              </div>
            </details>
          </td>
        </tr>
      ))}
    </Table>
  );
}
