import { formatEuro } from '../../../components/money.ts';
import type { RankOutput } from '../api/ranking-api.ts';
import { rankingTexts as texts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const th = 'utrecht-table__header-cell';
const td = 'utrecht-table__cell';

/** The ranked applications of one category with their outcome. */
export function RankTable({ caption, output }: { caption: string; output: RankOutput }) {
  return (
    <>
      <Table
        caption={caption}
        columns={[
          texts.columns.rank,
          texts.columns.reference,
          texts.columns.total,
          texts.columns.granted,
          texts.columns.outcome,
          texts.columns.lot,
        ]}
      >
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
      </Table>
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
