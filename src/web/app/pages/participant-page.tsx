import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { formatDay } from '../../../domain/dates.ts';
import {
  CLIENT_ROUTE_LABELS,
  CONSENT_SCOPE_LABELS,
} from '../../../domain/participants/registration.ts';
import type { ParticipantDetail } from '../../../server/features/participants/participants.schemas.ts';
import { ApiError } from '../api-client.ts';
import { Facts } from '../../components/facts.tsx';
import { Page } from '../../components/page.tsx';
import { LoadError, Loading } from '../../components/query-state.tsx';
import { Notice } from '../../components/notice.tsx';
import { ParticipantMeasurements } from '../../features/measurements/components/participant-measurements.tsx';
import { participantQueryOptions } from '../../features/participants/api/participants-api.ts';
import { ConsentSection } from '../../features/participants/components/consent-section.tsx';
import {
  EditDetailsForm,
  EraseSection,
  InzageSection,
  OutflowSection,
} from '../../features/participants/components/participant-forms.tsx';
import { TalkingPoints } from '../../features/participants/components/participant-table.tsx';
import { participantsTexts } from '../../features/participants/texts.ts';

const texts = participantsTexts.detail;

function ParticipantFacts({ participant: p }: { participant: ParticipantDetail }) {
  const facts = texts.facts;
  return (
    <section aria-labelledby="gegevens-titel" className="sr-section">
      <h2 id="gegevens-titel" className="utrecht-heading-2">
        {texts.factsTitle}
      </h2>
      <Facts
        rows={[
          [facts.name, p.displayName],
          [facts.birthYear, p.birthYear ?? texts.unknown],
          [facts.neighbourhood, p.neighbourhoodName ?? texts.unknown],
          [facts.since, formatDay(p.startDate)],
          [facts.until, p.endDate ? formatDay(p.endDate) : texts.stillTakingPart],
          [
            facts.route,
            `${CLIENT_ROUTE_LABELS[p.clientRoute]}${p.referringOrganisation ? ` (${p.referringOrganisation})` : ''}`,
          ],
          [facts.bsn, p.hasBsnPseudonym ? texts.bsnStored : texts.bsnNone],
          [
            facts.consent,
            p.consentScopes.length === 0 ? (
              texts.noConsent
            ) : (
              <ul className="utrecht-unordered-list">
                {p.consentScopes.map((s) => (
                  <li className="utrecht-unordered-list__item" key={s}>
                    {CONSENT_SCOPE_LABELS[s]}
                  </li>
                ))}
              </ul>
            ),
          ],
          [
            facts.talk,
            p.talkingPoints.length === 0 ? (
              texts.nothing
            ) : (
              <TalkingPoints points={p.talkingPoints} />
            ),
          ],
        ]}
      />
    </section>
  );
}

/** One participant: facts, changes, consent, measurements, outflow, inzage and erasure. */
export function ParticipantPage() {
  const { participantId } = useParams({ from: '/ingelogd/deelnemers/$participantId' });
  const participant = useQuery(participantQueryOptions(participantId));
  const notFound = participant.error instanceof ApiError && participant.error.status === 404;
  const p = participant.data;

  return (
    // The name stays out of the browser's tab title and history.
    <Page title={p ? p.displayName : texts.fallbackTitle} documentTitle={texts.documentTitle}>
      <Notice />
      {participant.isPending ? <Loading /> : null}
      {notFound ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
      {participant.isError && !notFound ? (
        <LoadError error={participant.error} onRetry={() => void participant.refetch()} />
      ) : null}
      {p ? (
        <>
          <p className="utrecht-paragraph">
            <Link
              to="/beheer/voorzieningen/$provisionId/deelnemers"
              params={{ provisionId: p.provisionId }}
              className="utrecht-link utrecht-link--html-a"
            >
              {texts.back(p.provisionName)}
            </Link>
          </p>
          <ParticipantFacts participant={p} />
          <section aria-labelledby="wijzigen-titel" className="sr-section">
            <h2 id="wijzigen-titel" className="utrecht-heading-2">
              {texts.editTitle}
            </h2>
            <EditDetailsForm key={p.id} participant={p} />
          </section>
          <ConsentSection participant={p} />
          <ParticipantMeasurements participantId={p.id} />
          <OutflowSection participant={p} />
          <InzageSection participantId={p.id} />
          <EraseSection participant={p} />
        </>
      ) : null}
    </Page>
  );
}
