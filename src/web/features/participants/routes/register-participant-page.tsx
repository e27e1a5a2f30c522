import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { participantProvisionsQueryOptions } from '../api/participants-api.ts';
import { RegisterParticipantForm } from '../components/register-participant-form.tsx';
import { participantsTexts } from '../texts.ts';

const texts = participantsTexts.register;

export function RegisterParticipantPage() {
  const { provisionId } = useParams({
    from: '/ingelogd/beheer/voorzieningen/$provisionId/deelnemers/nieuw',
  });
  // The provisions in the person's scope: whether this one is, and its name (no personal data).
  const provisions = useQuery(participantProvisionsQueryOptions);
  const provision = provisions.data?.find((p) => p.id === provisionId);

  return (
    <Page title={texts.title}>
      {provisions.isPending ? <Loading /> : null}
      {provisions.isError ? (
        <LoadError error={provisions.error} onRetry={() => void provisions.refetch()} />
      ) : null}
      {provisions.data && !provision ? (
        <p className="utrecht-paragraph">{participantsTexts.list.notFound}</p>
      ) : null}
      {provision ? (
        <>
          <p className="utrecht-paragraph">
            <Link
              to="/beheer/voorzieningen/$provisionId/deelnemers"
              params={{ provisionId }}
              className="utrecht-link utrecht-link--html-a"
            >
              {texts.back(provision.name)}
            </Link>
          </p>
          <RegisterParticipantForm provisionId={provisionId} />
        </>
      ) : null}
    </Page>
  );
}
