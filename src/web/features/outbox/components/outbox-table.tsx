import type { MailMessage } from '../../../../server/features/outbox/outbox.schemas.ts';
import { formatMoment, isoMoment } from '../../../components/format.ts';
import { outboxTexts } from '../texts.ts';

const texts = outboxTexts;

export function OutboxTable({ messages }: { messages: MailMessage[] }) {
  return (
    <div className="sr-table-wrapper">
      <table className="utrecht-table utrecht-table--html-table sr-table sr-outbox-table">
        <caption className="utrecht-table__caption sr-table__caption">{texts.caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.at}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.to}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.subject}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.status}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.content}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {messages.map((message) => (
            <tr className="utrecht-table__row" key={message.id}>
              <td className="utrecht-table__cell sr-nowrap">
                <time dateTime={isoMoment(message.createdAt)}>
                  {formatMoment(message.createdAt)}
                </time>
              </td>
              <td className="utrecht-table__cell">{message.to}</td>
              <th scope="row" className="utrecht-table__cell">
                {message.subject}
              </th>
              <td className="utrecht-table__cell">
                {texts.status[message.status]}
                {message.sentAt ? (
                  <span className="sr-muted"> ({texts.sentAt(formatMoment(message.sentAt))})</span>
                ) : null}
                {message.error ? <span className="sr-block">{message.error}</span> : null}
              </td>
              <td className="utrecht-table__cell">
                <details className="sr-details">
                  <summary className="sr-details__summary">{texts.showText}</summary>
                  <pre className="utrecht-code-block sr-change__json sr-mail-text">
                    {message.text}
                  </pre>
                  <p className="utrecht-paragraph sr-change__label">{texts.attachments}</p>
                  {message.attachments.length === 0 ? (
                    <p className="utrecht-paragraph">{texts.noAttachments}</p>
                  ) : (
                    <ul className="utrecht-unordered-list">
                      {message.attachments.map((attachment) => (
                        <li className="utrecht-unordered-list__item" key={attachment.documentId}>
                          {attachment.filename}{' '}
                          <span className="sr-muted">({attachment.contentType})</span>
                        </li>
                      ))}
                    </ul>
                  )}
                </details>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
