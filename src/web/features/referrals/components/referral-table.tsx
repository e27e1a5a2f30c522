import type { ReactNode } from 'react';

/**
 * A table of referrals with its caption and column headings, in a region that can take
 * focus, so on a phone it scrolls sideways with the keyboard too. The rows are the children.
 */
export function ReferralTable({
  id,
  caption,
  columns,
  children,
}: {
  id: string;
  caption: string;
  columns: string[];
  children: ReactNode;
}) {
  const captionId = `${id}-titel`;
  return (
    <div className="sr-table-wrapper" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table sr-table" id={id}>
        <caption id={captionId} className="utrecht-table__caption sr-table__caption">
          {caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            {columns.map((column) => (
              <th scope="col" className="utrecht-table__header-cell" key={column}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}
