import type { z } from 'zod';
import { CRITERION_LABELS } from '../../../../domain/tender/categories.ts';
import type { automaticScoreSchema } from '../../../../server/features/assessment/assessment.schemas.ts';
import { assessmentTexts } from '../texts.ts';

const texts = assessmentTexts.assess;

/** The criteria the software computes, with the calculation so anyone can redo it. */
export function AutomaticTable({ rows }: { rows: z.infer<typeof automaticScoreSchema>[] }) {
  return (
    <div className="sr-table-wrapper">
      <table className="utrecht-table utrecht-table--html-table sr-table">
        <caption className="utrecht-table__caption sr-table__caption">
          {texts.automaticCaption}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {texts.criterion}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.score}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.calculation}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {rows.map((row) => (
            <tr className="utrecht-table__row" key={row.criterion}>
              <th scope="row" className="utrecht-table__header-cell">
                {CRITERION_LABELS[row.criterion]}
              </th>
              <td className="utrecht-table__cell">{row.score ?? texts.noScore}</td>
              <td className="utrecht-table__cell sr-long-text">{row.calculation}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
