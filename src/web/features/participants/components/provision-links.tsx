import { Link } from '@tanstack/react-router';
import { useMe } from '../../../app/queries.ts';
import { consentFormUrl } from '../api/participants-api.ts';
import { participantsTexts } from '../texts.ts';

const texts = participantsTexts.links;
const linkClass = 'utrecht-link utrecht-link--html-a';

/**
 * The pages of one provision's participant work, and its consent form. Participants,
 * attendance and referrals only for the provision's coordinators; the board sees the
 * aggregated report and the blank form.
 */
export function ProvisionLinks({
  provisionId,
  provisionName,
  withParticipants = true,
}: {
  provisionId: string;
  provisionName: string;
  /** Leave out the link to the participants page (when on it). */
  withParticipants?: boolean;
}) {
  const params = { provisionId };
  const coordinates = useMe()?.coordinatedProvisionIds.includes(provisionId) ?? false;
  return (
    <ul className="utrecht-unordered-list" aria-label={texts.label(provisionName)}>
      {coordinates && withParticipants ? (
        <li className="utrecht-unordered-list__item">
          <Link
            to="/beheer/voorzieningen/$provisionId/deelnemers"
            params={params}
            className={linkClass}
          >
            {texts.participants}
          </Link>
        </li>
      ) : null}
      {coordinates ? (
        <>
          <li className="utrecht-unordered-list__item">
            <Link
              to="/beheer/voorzieningen/$provisionId/aanwezigheid"
              params={params}
              className={linkClass}
            >
              {texts.attendance}
            </Link>
          </li>
          <li className="utrecht-unordered-list__item">
            <Link
              to="/beheer/voorzieningen/$provisionId/verwijzingen"
              params={params}
              className={linkClass}
            >
              {texts.referrals}
            </Link>
          </li>
        </>
      ) : null}
      <li className="utrecht-unordered-list__item">
        <Link
          to="/beheer/voorzieningen/$provisionId/rapportage"
          params={params}
          className={linkClass}
        >
          {texts.report}
        </Link>
      </li>
      <li className="utrecht-unordered-list__item">
        <a href={consentFormUrl(provisionId)} className={linkClass}>
          {texts.consentForm}
        </a>
      </li>
    </ul>
  );
}
