import type { ReactNode } from 'react';
import { formatCount } from '../format.ts';
import { cell, Table } from '../../../components/table.tsx';

export interface NumbersRow {
  key: string;
  label: ReactNode;
  values: number[];
}

interface NumbersTableProps {
  id: string;
  caption: string;
  /** The heading of the first column (what a row is). */
  rowHeader: string;
  columns: string[];
  rows: NumbersRow[];
}

/**
 * A table of counts: one row per thing, one column per count. It is also the accessible
 * version of the chart next to it, so it is always shown.
 */
export function NumbersTable({ id, caption, rowHeader, columns, rows }: NumbersTableProps) {
  return (
    <Table
      id={id}
      caption={caption}
      columns={[{ label: rowHeader }, ...columns.map((label) => ({ label, numeric: true }))]}
    >
      {rows.map((row) => (
        <tr className="utrecht-table__row" key={row.key}>
          <th scope="row" className={cell.data}>
            {row.label}
          </th>
          {row.values.map((value, index) => (
            <td className={cell.number} key={columns[index] ?? index}>
              {formatCount(value)}
            </td>
          ))}
        </tr>
      ))}
    </Table>
  );
}
