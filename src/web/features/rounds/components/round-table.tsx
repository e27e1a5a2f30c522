import { Link } from '@tanstack/react-router';
import { formatAmsterdamMoment } from '../../../../domain/dates.ts';
import { ROUND_STATUS_LABELS } from '../../../../domain/tender/round-rules.ts';
import type { Round } from '../../../../server/features/rounds/rounds.schemas.ts';
import { isoMoment } from '../../../components/format.ts';
import { roundsTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = roundsTexts.list;

export function RoundTable({ rounds }: { rounds: Round[] }) {
  if (rounds.length === 0) return <p className="utrecht-paragraph">{texts.empty}</p>;
  return (
    <Table
      caption={texts.caption(rounds.length)}
      columns={[
        texts.columns.name,
        texts.columns.year,
        texts.columns.status,
        texts.columns.opens,
        texts.columns.deadline,
        texts.columns.overview,
      ]}
    >
      {rounds.map((round) => (
        <tr className="utrecht-table__row" key={round.id}>
          <th scope="row" className="utrecht-table__cell">
            <Link
              to="/rondes/$roundId"
              params={{ roundId: round.id }}
              className="utrecht-link utrecht-link--html-a"
            >
              {round.name}
            </Link>
          </th>
          <td className="utrecht-table__cell">{round.year}</td>
          <td className="utrecht-table__cell">
            <span className={`sr-badge sr-badge--round-${round.status}`}>
              {ROUND_STATUS_LABELS[round.status]}
            </span>
          </td>
          <td className="utrecht-table__cell">
            <time dateTime={isoMoment(round.opensAt)}>
              {formatAmsterdamMoment(new Date(round.opensAt))}
            </time>
          </td>
          <td className="utrecht-table__cell">
            <time dateTime={isoMoment(round.deadlineAt)}>{round.deadlineDisplay}</time>
          </td>
          <td className="utrecht-table__cell">
            {round.status === 'preparation' ? (
              '–'
            ) : (
              <Link
                to="/rondes/$roundId/overzicht"
                params={{ roundId: round.id }}
                className="utrecht-link utrecht-link--html-a"
                aria-label={texts.overviewLink(round.name)}
              >
                {texts.overviewShort}
              </Link>
            )}
          </td>
        </tr>
      ))}
    </Table>
  );
}
