import type { ScoreSheet } from '../../../../domain/tender/assessment.ts';
import { CRITERION_LABELS, JUDGED_CRITERIA } from '../../../../domain/tender/categories.ts';
import { assessmentTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = assessmentTexts.assess;

/** A score sheet read-only: criterion, score, motivation. */
export function ScoreTable({ caption, scores }: { caption: string; scores: ScoreSheet }) {
  return (
    <Table caption={caption} columns={[texts.criterion, texts.score, texts.motivation]}>
      {JUDGED_CRITERIA.map((criterion) => {
        const entry = scores[criterion];
        return (
          <tr className="utrecht-table__row" key={criterion}>
            <th scope="row" className="utrecht-table__header-cell">
              {CRITERION_LABELS[criterion]}
            </th>
            <td className="utrecht-table__cell">{entry ? entry.score : '–'}</td>
            <td className="utrecht-table__cell sr-long-text">{entry?.motivation ?? ''}</td>
          </tr>
        );
      })}
    </Table>
  );
}
