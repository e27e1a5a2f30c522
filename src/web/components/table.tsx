import { useId, type KeyboardEventHandler, type ReactNode, type Ref } from 'react';
import { cx } from './class-names.ts';

export interface Column {
  label: ReactNode;
  /** Needed when the label is not a string. */
  key?: string;
  /** Numbers: aligned right. */
  numeric?: boolean;
  /** The heading is read out but not shown (a column of buttons). */
  hiddenLabel?: boolean;
}

/** A column: its heading, or its heading and how it is shown. */
export type ColumnSpec = string | Column;

const th = 'utrecht-table__header-cell';

/** Class names of the cells of a Table. */
export const cell = {
  header: th,
  numericHeader: `${th} utrecht-table__header-cell--numeric-column`,
  data: 'utrecht-table__cell',
  number: 'utrecht-table__cell utrecht-table__cell--numeric-data',
} as const;

interface TableProps {
  caption: ReactNode;
  /** The column headings, in one row; or `head` for headings of more rows. */
  columns?: readonly ColumnSpec[];
  /** The rows of the head, when one row of `columns` is not enough. */
  head?: ReactNode;
  /** The rows of the foot (totals). */
  foot?: ReactNode;
  /** Column groups (`<colgroup>`), placed before the head. */
  colgroups?: ReactNode;
  /** The caption is read out but not shown (a heading above says the same). */
  captionHidden?: boolean;
  id?: string;
  /** Extra class names of the table. */
  className?: string;
  tableRef?: Ref<HTMLTableElement>;
  onKeyDown?: KeyboardEventHandler<HTMLTableElement>;
  /** The rows of the body. */
  children: ReactNode;
}

/**
 * A table with its caption and column headings, in a region named by the caption that can
 * take focus, so a narrow screen can scroll it with the keyboard. The rows are the children.
 */
export function Table({
  caption,
  columns,
  head,
  foot,
  colgroups,
  captionHidden,
  id,
  className,
  tableRef,
  onKeyDown,
  children,
}: TableProps) {
  const generatedId = useId();
  const captionId = `${id ?? generatedId}-titel`;
  return (
    <div className="sr-table-wrapper" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table
        ref={tableRef}
        id={id}
        className={cx('utrecht-table', 'utrecht-table--html-table', 'sr-table', className)}
        onKeyDown={onKeyDown}
      >
        <caption
          id={captionId}
          className={cx(
            'utrecht-table__caption',
            captionHidden ? 'sr-visually-hidden' : 'sr-table__caption',
          )}
        >
          {caption}
        </caption>
        {colgroups}
        <thead className="utrecht-table__header">
          {columns ? (
            <tr className="utrecht-table__row">
              {columns.map(columnOf).map((column, index) => (
                <th
                  scope="col"
                  className={column.numeric ? cell.numericHeader : cell.header}
                  key={column.key ?? (typeof column.label === 'string' ? column.label : index)}
                >
                  {column.hiddenLabel ? (
                    <span className="sr-visually-hidden">{column.label}</span>
                  ) : (
                    column.label
                  )}
                </th>
              ))}
            </tr>
          ) : null}
          {head}
        </thead>
        <tbody className="utrecht-table__body">{children}</tbody>
        {foot ? <tfoot>{foot}</tfoot> : null}
      </table>
    </div>
  );
}

function columnOf(spec: ColumnSpec): Column {
  return typeof spec === 'string' ? { label: spec } : spec;
}

/** The heading cell of a body or foot row: what the row is about. */
export function RowHeader({ children }: { children: ReactNode }) {
  return (
    <th scope="row" className={cell.data}>
      {children}
    </th>
  );
}
