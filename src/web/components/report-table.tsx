import type { ReactNode } from 'react';
import { cx } from './class-names.ts';
import type { ProtectedCount } from '../../domain/participants/report/protection.ts';
import { Table } from './table.tsx';
import { componentTexts } from './texts.ts';

const texts = componentTexts.reportValues;
const numbers = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const changes = new Intl.NumberFormat('nl-NL', {
  maximumFractionDigits: 2,
  signDisplay: 'exceptZero',
});

/** A short mark on screen, and the words for a screen reader. */
function Marked({ mark, words }: { mark: string; words: string }) {
  return (
    <>
      <span aria-hidden="true">{mark}</span>
      <span className="sr-visually-hidden">{words}</span>
    </>
  );
}

/** A count: a number, "<5" (read as "minder dan 5"), or "x" (read as "niet getoond"). */
export function Count({ value }: { value: ProtectedCount }) {
  if (value === '<5') return <Marked mark="<5" words={texts.small} />;
  if (value === null) return <Marked mark="x" words={texts.hidden} />;
  return <>{numbers.format(value)}</>;
}

/** A mean (with a sign for a change), "x" when hidden for privacy, "–" without data. */
export function Mean({
  value,
  suppressed,
  change = false,
}: {
  value: number | null;
  suppressed: boolean;
  change?: boolean;
}) {
  if (value !== null) return <>{(change ? changes : numbers).format(value)}</>;
  return suppressed ? (
    <Marked mark="x" words={texts.suppressedMean} />
  ) : (
    <Marked mark="–" words={texts.noData} />
  );
}

export interface TableRow {
  key: string;
  /** The row's header cell (`th scope="row"`). */
  header: ReactNode;
  /** The other cells; numbers are right-aligned. */
  cells: ReactNode[];
}

interface ReportTableProps {
  id: string;
  caption: string;
  /** Column headers: the first is the row headers' column. */
  columns: string[];
  rows: TableRow[];
  /** How many columns after the first hold text rather than numbers. */
  textColumns?: number;
}

/**
 * A table of figures with a caption and headers for rows and columns. On a narrow screen it
 * scrolls sideways; the region can take focus so that works with the keyboard too. The
 * caption is shown above the scrolling part, so it wraps on a phone instead of scrolling
 * away; assistive technology reads the table's own caption.
 */
export function ReportTable({ id, caption, columns, rows, textColumns = 0 }: ReportTableProps) {
  const numeric = (column: number) => column > textColumns;
  return (
    <>
      <p className="sr-table__caption" aria-hidden="true">
        {caption}
      </p>
      <Table
        id={id}
        caption={caption}
        captionHidden
        className={cx(columns.length <= 4 && 'sr-table--narrow')}
        columns={columns.map((column, i) => ({ label: column, numeric: numeric(i) }))}
      >
        {rows.map((row) => (
          <tr className="utrecht-table__row" key={row.key}>
            <th scope="row" className="utrecht-table__cell">
              {row.header}
            </th>
            {row.cells.map((cell, i) => (
              <td
                className={cx(
                  'utrecht-table__cell',
                  numeric(i + 1) && 'utrecht-table__cell--numeric-data',
                )}
                key={i}
              >
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </Table>
    </>
  );
}
