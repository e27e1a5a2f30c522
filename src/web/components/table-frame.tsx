import type { ReactNode } from 'react';

export interface Column {
  label: string;
  /** Numbers: aligned right. */
  numeric?: boolean;
}

/** A column: its heading, or its heading and whether it holds numbers. */
type ColumnSpec = string | Column;

const th = 'utrecht-table__header-cell';
const numericTh = `${th} utrecht-table__header-cell--numeric-column`;

/** Class names of the cells of a table in a TableFrame. */
export const cell = {
  header: th,
  data: 'utrecht-table__cell',
  number: 'utrecht-table__cell utrecht-table__cell--numeric-data',
} as const;

/**
 * A table with its caption and column headings, in a region that can take focus, so a narrow
 * screen can scroll it with the keyboard. The rows are the children.
 */
export function TableFrame({
  id,
  caption,
  columns,
  children,
}: {
  id: string;
  caption: string;
  columns: ColumnSpec[];
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
            {columns
              .map((spec) => (typeof spec === 'string' ? { label: spec } : spec))
              .map((column) => (
                <th scope="col" className={column.numeric ? numericTh : th} key={column.label}>
                  {column.label}
                </th>
              ))}
          </tr>
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
      </table>
    </div>
  );
}
