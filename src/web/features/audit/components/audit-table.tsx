import type { AuditEvent } from '../../../../server/features/audit/audit.schemas.ts';
import { formatMoment, isoMoment } from '../../../components/format.ts';
import { auditTexts } from '../texts.ts';

const texts = auditTexts.results;

const asJson = (value: unknown) =>
  value === null || value === undefined ? texts.nothing : JSON.stringify(value, null, 2);

export function AuditTable({ events }: { events: AuditEvent[] }) {
  return (
    <div className="sr-table-wrapper">
      <table className="utrecht-table utrecht-table--html-table sr-table sr-audit-table">
        <caption className="utrecht-table__caption sr-table__caption">{texts.caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.at}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.actor}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.action}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.entity}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.change}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
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
                      <pre className="utrecht-code-block sr-change__json">
                        {asJson(event.before)}
                      </pre>
                    </div>
                    <div>
                      <p className="utrecht-paragraph sr-change__label">{texts.after}</p>
                      <pre className="utrecht-code-block sr-change__json">
                        {asJson(event.after)}
                      </pre>
                    </div>
                  </div>
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
