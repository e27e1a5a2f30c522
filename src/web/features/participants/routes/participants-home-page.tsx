import { useQuery } from '@tanstack/react-query';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { participantProvisionsQueryOptions } from '../api/participants-api.ts';
import { ProvisionLinks } from '../components/provision-links.tsx';
import { participantsTexts } from '../texts.ts';

const texts = participantsTexts.home;

/** The provisions whose participants this person works with, each with its pages. */
export function ParticipantsHomePage() {
  const provisions = useQuery(participantProvisionsQueryOptions);
  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {provisions.isPending ? <Loading /> : null}
      {provisions.isError ? (
        <LoadError error={provisions.error} onRetry={() => void provisions.refetch()} />
      ) : null}
      {provisions.data?.length === 0 ? <p className="utrecht-paragraph">{texts.none}</p> : null}
      {provisions.data?.map((provision) => {
        const headingId = `voorziening-${provision.id}`;
        return (
          <section key={provision.id} aria-labelledby={headingId} className="sr-section">
            <h2 id={headingId} className="utrecht-heading-2">
              {provision.name}
            </h2>
            <p className="utrecht-paragraph">
              {CATEGORY_LABELS[provision.category]}.{' '}
              {texts.summary(provision.organisationName, provision.activeParticipants)}
            </p>
            <ProvisionLinks provisionId={provision.id} provisionName={provision.name} />
          </section>
        );
      })}
    </Page>
  );
}
