import type { ScoreSheet } from '../../../../domain/tender/assessment.ts';
import { CRITERION_LABELS, JUDGED_CRITERIA } from '../../../../domain/tender/categories.ts';
import { assessmentTexts } from '../texts.ts';

const texts = assessmentTexts.assess;

/** A score sheet read-only: criterion, score, motivation. */
export function ScoreTable({ caption, scores }: { caption: string; scores: ScoreSheet }) {
  return (
    <div className="sr-table-wrapper">
      <table className="utrecht-table utrecht-table--html-table sr-table">
        <caption className="utrecht-table__caption sr-table__caption">{caption}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {texts.criterion}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.score}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.motivation}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
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
        </tbody>
      </table>
    </div>
  );
}
