import { formatEuro } from '../../../components/money.ts';
import type { RankOutput } from '../api/ranking-api.ts';
import { rankingTexts as texts } from '../texts.ts';

const th = 'utrecht-table__header-cell';
const td = 'utrecht-table__cell';

/** The ranked applications of one category with their outcome. */
export function RankTable({ caption, output }: { caption: string; output: RankOutput }) {
  return (
    <>
      <div className="sr-table-wrapper">
        <table className="utrecht-table utrecht-table--html-table sr-table">
          <caption className="utrecht-table__caption sr-table__caption">{caption}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className={th}>
                {texts.columns.rank}
              </th>
              <th scope="col" className={th}>
                {texts.columns.reference}
              </th>
              <th scope="col" className={th}>
                {texts.columns.total}
              </th>
              <th scope="col" className={th}>
                {texts.columns.granted}
              </th>
              <th scope="col" className={th}>
                {texts.columns.outcome}
              </th>
              <th scope="col" className={th}>
                {texts.columns.lot}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {output.applications.map((a) => (
              <tr className="utrecht-table__row" key={a.reference}>
                <td className={td}>{a.rank ?? texts.noRank}</td>
                <th scope="row" className={th}>
                  {a.reference}
                </th>
                <td className={td}>{a.total ?? texts.noRank}</td>
                <td className={`${td} sr-nowrap`}>{formatEuro(a.grantedCents)}</td>
                <td className={td}>{texts.outcomes[a.outcome]}</td>
                <td className={td}>{a.tieBreak ? texts.lotYes(a.tieBreak) : texts.lotNo}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="utrecht-paragraph">
        {texts.totals(
          formatEuro(output.ceilingCents),
          formatEuro(output.allocatedCents),
          formatEuro(output.remainingCents),
        )}{' '}
        {texts.seed(output.seed)}
      </p>
    </>
  );
}
