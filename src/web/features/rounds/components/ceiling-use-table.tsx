import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import { CATEGORY_PHASE_LABELS } from '../../../../domain/tender/round-state.ts';
import type { RoundOverview } from '../../../../server/features/rounds/rounds.schemas.ts';
import { formatEuro } from '../../../components/money.ts';
import { roundsTexts } from '../texts.ts';

const texts = roundsTexts.overview;

/** Per category: the ceiling, what the issued decisions grant, what was renounced (freed). */
export function CeilingUseTable({ overview }: { overview: RoundOverview }) {
  const numeric = 'utrecht-table__header-cell utrecht-table__header-cell--numeric-column';
  const cell = 'utrecht-table__cell utrecht-table__cell--numeric-data';
  const c = texts.ceilingUseColumns;
  return (
    <div
      className="sr-table-wrapper"
      role="region"
      aria-labelledby="plafondgebruik-tabel-titel"
      tabIndex={0}
    >
      <table className="utrecht-table utrecht-table--html-table sr-table">
        <caption
          id="plafondgebruik-tabel-titel"
          className="utrecht-table__caption sr-table__caption"
        >
          {texts.ceilingUseCaption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {c.category}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {c.phase}
            </th>
            <th scope="col" className={numeric}>
              {c.ceiling}
            </th>
            <th scope="col" className={numeric}>
              {c.granted}
            </th>
            <th scope="col" className={numeric}>
              {c.renounced}
            </th>
            <th scope="col" className={numeric}>
              {c.used}
            </th>
            <th scope="col" className={numeric}>
              {c.left}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {overview.categories.map((row) => (
            <tr className="utrecht-table__row" key={row.category}>
              <th scope="row" className="utrecht-table__cell">
                {CATEGORY_LABELS[row.category]}
              </th>
              <td className="utrecht-table__cell">{CATEGORY_PHASE_LABELS[row.phase]}</td>
              <td className={cell}>{formatEuro(row.ceilingCents)}</td>
              <td className={cell}>{formatEuro(row.grantedCents)}</td>
              <td className={cell}>{formatEuro(row.renouncedCents)}</td>
              <td className={cell}>{formatEuro(row.usedCents)}</td>
              <td className={cell}>{formatEuro(row.ceilingCents - row.usedCents)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
