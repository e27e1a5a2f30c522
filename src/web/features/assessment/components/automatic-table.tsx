import type { z } from 'zod';
import { CRITERION_LABELS } from '../../../../domain/tender/categories.ts';
import type { automaticScoreSchema } from '../../../../server/features/assessment/assessment.schemas.ts';
import { assessmentTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = assessmentTexts.assess;

/** The criteria the software computes, with the calculation so anyone can redo it. */
export function AutomaticTable({ rows }: { rows: z.infer<typeof automaticScoreSchema>[] }) {
  return (
    <Table
      caption={texts.automaticCaption}
      columns={[texts.criterion, texts.score, texts.calculation]}
    >
      {rows.map((row) => (
        <tr className="utrecht-table__row" key={row.criterion}>
          <th scope="row" className="utrecht-table__header-cell">
            {CRITERION_LABELS[row.criterion]}
          </th>
          <td className="utrecht-table__cell">{row.score ?? texts.noScore}</td>
          <td className="utrecht-table__cell sr-long-text">{row.calculation}</td>
        </tr>
      ))}
    </Table>
  );
}
