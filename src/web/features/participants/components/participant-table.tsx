import { Link } from '@tanstack/react-router';
import { formatDay } from '../../../../domain/dates.ts';
import { HEALTH_DIMENSION_LABELS } from '../../../../domain/participants/positive-health.ts';
import {
  CLIENT_ROUTE_LABELS,
  type ParticipantStatus,
} from '../../../../domain/participants/registration.ts';
import type { ParticipantSummary } from '../../../../server/features/participants/participants.schemas.ts';
import { participantsTexts } from '../texts.ts';
import '../participants.css';
import { Table } from '../../../components/table.tsx';

const texts = participantsTexts.list;
const cell = 'utrecht-table__cell';

/** What the participant wants to talk about, marked in bold on a coloured badge. */
export function TalkingPoints({ points }: { points: ParticipantSummary['talkingPoints'] }) {
  if (points.length === 0) return <>{texts.none}</>;
  return (
    <ul className="sr-talking-points">
      {points.map((point) => (
        <li key={point}>
          <strong className="sr-badge sr-badge--late">
            {HEALTH_DIMENSION_LABELS[point].label}
          </strong>
        </li>
      ))}
    </ul>
  );
}

export function ParticipantTable({
  participants,
  status,
}: {
  participants: ParticipantSummary[];
  status: ParticipantStatus;
}) {
  if (participants.length === 0) return <p className="utrecht-paragraph">{texts.empty[status]}</p>;
  const showUntil = status !== 'active';
  return (
    <Table
      caption={texts.caption(participants.length)}
      columns={[
        texts.columns.name,
        texts.columns.since,
        ...(showUntil ? [texts.columns.until] : []),
        texts.columns.route,
        texts.columns.consent,
        texts.columns.talk,
      ]}
    >
      {participants.map((p) => (
        <tr className="utrecht-table__row" key={p.id}>
          <th scope="row" className={cell}>
            <Link
              to="/deelnemers/$participantId"
              params={{ participantId: p.id }}
              className="utrecht-link utrecht-link--html-a"
            >
              {p.displayName}
            </Link>
          </th>
          <td className={`${cell} sr-nowrap`}>{formatDay(p.startDate)}</td>
          {showUntil ? (
            <td className={`${cell} sr-nowrap`}>{p.endDate ? formatDay(p.endDate) : texts.none}</td>
          ) : null}
          <td className={cell}>
            {CLIENT_ROUTE_LABELS[p.clientRoute]}
            {p.referringOrganisation ? ` (${p.referringOrganisation})` : null}
          </td>
          <td className={cell}>
            {p.consentScopes.length === 0
              ? texts.none
              : p.consentScopes.map((s) => participantsTexts.scopeShort[s]).join(', ')}
          </td>
          <td className={cell}>
            <TalkingPoints points={p.talkingPoints} />
          </td>
        </tr>
      ))}
    </Table>
  );
}
