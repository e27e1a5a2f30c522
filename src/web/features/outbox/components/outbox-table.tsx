import type { MailMessage } from '../../../../server/features/outbox/outbox.schemas.ts';
import { formatMoment, isoMoment } from '../../../components/format.ts';
import { outboxTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = outboxTexts;

export function OutboxTable({ messages }: { messages: MailMessage[] }) {
  return (
    <Table
      caption={texts.caption}
      className="sr-outbox-table"
      columns={[
        texts.columns.at,
        texts.columns.to,
        texts.columns.subject,
        texts.columns.status,
        texts.columns.content,
      ]}
    >
      {messages.map((message) => (
        <tr className="utrecht-table__row" key={message.id}>
          <td className="utrecht-table__cell sr-nowrap">
            <time dateTime={isoMoment(message.createdAt)}>{formatMoment(message.createdAt)}</time>
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
              <pre className="utrecht-code-block sr-change__json sr-mail-text">{message.text}</pre>
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
    </Table>
  );
}
