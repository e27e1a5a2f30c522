import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import {
  PARTICIPANT_STATUSES,
  type ParticipantStatus,
} from '../../../../domain/participants/registration.ts';
import { ApiError } from '../../../app/api-client.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { ChoiceGroup } from '../../../components/choice-group.tsx';
import { Notice } from '../../../components/notice.tsx';
import { participantListQueryOptions } from '../api/participants-api.ts';
import { ParticipantTable } from '../components/participant-table.tsx';
import { ProvisionLinks } from '../components/provision-links.tsx';
import { participantsTexts } from '../texts.ts';

const texts = participantsTexts.list;

/** The participants of one provision: who takes part, since when, consent, what to talk about. */
export function ParticipantsPage() {
  const { provisionId } = useParams({
    from: '/ingelogd/beheer/voorzieningen/$provisionId/deelnemers',
  });
  const [status, setStatus] = useState<ParticipantStatus>('active');
  const list = useQuery(participantListQueryOptions(provisionId, status));
  const notFound = list.error instanceof ApiError && list.error.status === 404;
  const provision = list.data?.provision;

  return (
    <Page
      title={provision ? texts.titleOf(provision.name) : texts.title}
      documentTitle={texts.documentTitle}
    >
      <Notice />
      <p className="utrecht-paragraph">
        <Link to="/deelnemers" className="utrecht-link utrecht-link--html-a">
          {texts.back}
        </Link>
      </p>
      {notFound ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
      {list.isError && !notFound ? (
        <LoadError error={list.error} onRetry={() => void list.refetch()} />
      ) : null}
      {notFound ? null : (
        <>
          <p className="utrecht-paragraph">
            <Link
              to="/beheer/voorzieningen/$provisionId/deelnemers/nieuw"
              params={{ provisionId }}
              className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--primary-action"
            >
              {texts.register}
            </Link>
          </p>
          <ChoiceGroup
            type="radio"
            id="welke-deelnemers"
            legend={texts.filter}
            name="status"
            options={PARTICIPANT_STATUSES.map((s) => ({ value: s, label: texts.filters[s] }))}
            value={status}
            onChange={(value) => setStatus(value as ParticipantStatus)}
          />
          {list.isPending ? <Loading /> : null}
          {list.data ? (
            <>
              <ParticipantTable participants={list.data.items} status={status} />
              <p className="utrecht-paragraph sr-muted">{texts.talkIntro}</p>
            </>
          ) : null}
          {provision ? (
            <ProvisionLinks
              provisionId={provisionId}
              provisionName={provision.name}
              withParticipants={false}
            />
          ) : null}
        </>
      )}
    </Page>
  );
}
