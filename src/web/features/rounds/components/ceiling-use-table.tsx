import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import { CATEGORY_PHASE_LABELS } from '../../../../domain/tender/round-state.ts';
import type { RoundOverview } from '../../../../server/features/rounds/rounds.schemas.ts';
import { formatEuro } from '../../../components/money.ts';
import { roundsTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = roundsTexts.overview;

/** Per category: the ceiling, what the issued decisions grant, what was renounced (freed). */
export function CeilingUseTable({ overview }: { overview: RoundOverview }) {
  const cell = 'utrecht-table__cell utrecht-table__cell--numeric-data';
  const c = texts.ceilingUseColumns;
  return (
    <Table
      caption={texts.ceilingUseCaption}
      columns={[
        c.category,
        c.phase,
        { label: c.ceiling, numeric: true },
        { label: c.granted, numeric: true },
        { label: c.renounced, numeric: true },
        { label: c.used, numeric: true },
        { label: c.left, numeric: true },
      ]}
    >
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
    </Table>
  );
}
