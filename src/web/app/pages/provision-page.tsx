import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { ApiError } from '../api-client.ts';
import { Page } from '../../components/page.tsx';
import { LoadError, Loading } from '../../components/query-state.tsx';
import { useUpdateProvision } from '../../features/provisions/api/provisions-api.ts';
import { provisionQueryOptions } from '../shared-queries.ts';
import { ProvisionForm } from '../../features/provisions/components/provision-form.tsx';
import { provisionsTexts } from '../../features/provisions/texts.ts';
import { CoordinatorsSection } from '../../features/participants/components/coordinators-section.tsx';
import { ProvisionLinks } from '../../features/participants/components/provision-links.tsx';
import { participantsTexts } from '../../features/participants/texts.ts';

const texts = provisionsTexts.edit;

export function ProvisionPage() {
  const { provisionId } = useParams({ from: '/ingelogd/beheer/voorzieningen/$provisionId' });
  const provision = useQuery(provisionQueryOptions(provisionId));
  const updateProvision = useUpdateProvision(provisionId);
  const notFound = provision.error instanceof ApiError && provision.error.status === 404;

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">
        <Link to="/beheer/voorzieningen" className="utrecht-link utrecht-link--html-a">
          {texts.back}
        </Link>
      </p>
      {provision.isPending ? <Loading /> : null}
      {notFound ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
      {provision.isError && !notFound ? (
        <LoadError error={provision.error} onRetry={() => void provision.refetch()} />
      ) : null}
      {provision.data ? (
        <ProvisionForm
          key={provision.data.id}
          id="voorziening"
          provision={provision.data}
          organisations={[
            { id: provision.data.organisationId, name: provision.data.organisationName },
          ]}
          submitLabel={texts.submit}
          resetAfterSave={false}
          onSave={async ({ organisationId: _organisation, ...values }) => {
            await updateProvision.mutateAsync(values);
            return texts.saved;
          }}
        />
      ) : null}
      {provision.data ? (
        <>
          <section aria-labelledby="deelnemerswerk-titel" className="sr-section">
            <h2 id="deelnemerswerk-titel" className="utrecht-heading-2">
              {participantsTexts.links.title}
            </h2>
            <ProvisionLinks provisionId={provisionId} provisionName={provision.data.name} />
          </section>
          <CoordinatorsSection provisionId={provisionId} />
        </>
      ) : null}
    </Page>
  );
}
