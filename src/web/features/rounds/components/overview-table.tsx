import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import type { RoundOverview } from '../../../../server/features/rounds/rounds.schemas.ts';
import { formatEuro } from '../../../components/money.ts';
import { roundsTexts } from '../texts.ts';

const texts = roundsTexts.overview;
const COUNTS = ['draft', 'submitted', 'late', 'withdrawn', 'set_aside'] as const;

/** The numbers per category; also the accessible version of the chart. */
export function OverviewTable({ overview }: { overview: RoundOverview }) {
  const numeric = 'utrecht-table__header-cell utrecht-table__header-cell--numeric-column';
  return (
    // A region that can take focus, so a narrow screen can scroll the table with the keyboard.
    <div
      className="sr-table-wrapper"
      role="region"
      aria-labelledby="overzicht-tabel-titel"
      tabIndex={0}
    >
      <table className="utrecht-table utrecht-table--html-table sr-table" id="overzicht-tabel">
        <caption id="overzicht-tabel-titel" className="utrecht-table__caption sr-table__caption">
          {texts.caption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.category}
            </th>
            {COUNTS.map((count) => (
              <th scope="col" className={numeric} key={count}>
                {texts.columns[count]}
              </th>
            ))}
            <th scope="col" className={numeric}>
              {texts.columns.requested}
            </th>
            <th scope="col" className={numeric}>
              {texts.columns.ceiling}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
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
        </tbody>
      </table>
    </div>
  );
}
