import { useQuery } from '@tanstack/react-query';
import { hasAnyRole, useMe } from '../../../app/queries.ts';
import { organisationListQueryOptions } from '../../../app/shared-queries.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { useCreateOrganisation } from '../api/organisations-api.ts';
import { OrganisationForm } from '../components/organisation-form.tsx';
import { OrganisationTable } from '../components/organisation-table.tsx';
import { organisationsTexts } from '../texts.ts';

export function OrganisationsPage() {
  const me = useMe();
  const organisations = useQuery(organisationListQueryOptions);
  const createOrganisation = useCreateOrganisation();
  const mayCreate = hasAnyRole(me, ['admin']);

  return (
    <Page title={organisationsTexts.list.title}>
      <p className="utrecht-paragraph">{organisationsTexts.list.intro}</p>
      {organisations.isPending ? <Loading /> : null}
      {organisations.isError ? (
        <LoadError error={organisations.error} onRetry={() => void organisations.refetch()} />
      ) : null}
      {organisations.data ? <OrganisationTable organisations={organisations.data} /> : null}

      {mayCreate ? (
        <section aria-labelledby="nieuwe-organisatie-titel" className="sr-section sr-form-section">
          <h2 id="nieuwe-organisatie-titel" className="utrecht-heading-2">
            {organisationsTexts.create.title}
          </h2>
          <OrganisationForm
            id="nieuwe-organisatie"
            submitLabel={organisationsTexts.create.submit}
            resetAfterSave
            onSave={async (values) => {
              const organisation = await createOrganisation.mutateAsync(values);
              return organisationsTexts.create.created(organisation.name);
            }}
          />
        </section>
      ) : null}
    </Page>
  );
}
