import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import type { RoundOverview } from '../../../../server/features/rounds/rounds.schemas.ts';
import { formatEuro } from '../../../components/money.ts';
import { Table } from '../../../components/table.tsx';
import { roundsTexts } from '../texts.ts';

const texts = roundsTexts.overview;
const COUNTS = ['draft', 'submitted', 'late', 'withdrawn', 'set_aside'] as const;

/** The numbers per category; also the accessible version of the chart. */
export function OverviewTable({ overview }: { overview: RoundOverview }) {
  return (
    <Table
      id="overzicht-tabel"
      caption={texts.caption}
      columns={[
        texts.columns.category,
        ...[...COUNTS, 'requested' as const, 'ceiling' as const].map((column) => ({
          label: texts.columns[column],
          numeric: true,
        })),
      ]}
    >
      {overview.categories.map((row) => (
        <tr className="utrecht-table__row" key={row.category}>
          <th scope="row" className="utrecht-table__cell">
            {CATEGORY_LABELS[row.category]}
          </th>
          {COUNTS.map((count) => (
            <td className="utrecht-table__cell utrecht-table__cell--numeric-data" key={count}>
              {row.counts[count]}
            </td>
          ))}
          <td
            className={`utrecht-table__cell utrecht-table__cell--numeric-data${row.requestedCents > row.ceilingCents ? ' sr-over-ceiling' : ''}`}
          >
            {formatEuro(row.requestedCents)}
          </td>
          <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
            {formatEuro(row.ceilingCents)}
          </td>
        </tr>
      ))}
    </Table>
  );
}
