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
    <div className="sr-table-wrapper" role="region" aria-labelledby="deelnemers-tabel" tabIndex={0}>
      <table className="utrecht-table utrecht-table--html-table sr-table">
        <caption id="deelnemers-tabel" className="utrecht-table__caption sr-table__caption">
          {texts.caption(participants.length)}
        </caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.name}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.since}
            </th>
            {showUntil ? (
              <th scope="col" className="utrecht-table__header-cell">
                {texts.columns.until}
              </th>
            ) : null}
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.route}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.consent}
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              {texts.columns.talk}
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
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
                <td className={`${cell} sr-nowrap`}>
                  {p.endDate ? formatDay(p.endDate) : texts.none}
                </td>
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
        </tbody>
      </table>
    </div>
  );
}
