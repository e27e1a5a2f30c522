import { formatAmsterdamMoment, formatDay } from '../../../../domain/dates.ts';
import { CATEGORY_CODES, CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import { ROUND_STATUS_LABELS } from '../../../../domain/tender/round-rules.ts';
import type { Round } from '../../../../server/features/rounds/rounds.schemas.ts';
import { Facts } from '../../../components/facts.tsx';
import { formatEuro } from '../../../components/money.ts';
import { roundsTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = roundsTexts.round;

export function RoundFacts({ round }: { round: Round }) {
  return (
    <>
      <Facts
        rows={[
          [texts.facts.status, ROUND_STATUS_LABELS[round.status]],
          [texts.facts.scheme, round.schemeName],
          [texts.facts.year, String(round.year)],
          [
            texts.facts.period,
            texts.periodText(formatDay(round.periodStart), formatDay(round.periodEnd)),
          ],
          [texts.facts.opens, formatAmsterdamMoment(new Date(round.opensAt))],
          [texts.facts.deadline, round.deadlineDisplay],
          [texts.facts.partialGrant, round.partialGrant ? texts.yes : texts.no],
          [texts.facts.lotSeed, round.lotSeed],
        ]}
      />
      <Table
        caption={texts.ceilingsCaption}
        className="sr-table--narrow"
        columns={[texts.category, { label: texts.ceiling, numeric: true }]}
      >
        {CATEGORY_CODES.map((category) => (
          <tr className="utrecht-table__row" key={category}>
            <th scope="row" className="utrecht-table__cell">
              {CATEGORY_LABELS[category]}
            </th>
            <td className="utrecht-table__cell utrecht-table__cell--numeric-data">
              {formatEuro(round.ceilings[category])}
            </td>
          </tr>
        ))}
      </Table>
    </>
  );
}
