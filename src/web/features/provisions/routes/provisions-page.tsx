import { useQuery } from '@tanstack/react-query';
import { useMe } from '../../../app/queries.ts';
import { provisionListQueryOptions } from '../../../app/shared-queries.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { useCreateProvision } from '../api/provisions-api.ts';
import { ProvisionForm } from '../components/provision-form.tsx';
import { ProvisionTable } from '../components/provision-table.tsx';
import { provisionsTexts } from '../texts.ts';

export function ProvisionsPage() {
  const me = useMe();
  const provisions = useQuery(provisionListQueryOptions);
  const createProvision = useCreateProvision();
  const organisations = me?.organisations ?? [];

  return (
    <Page title={provisionsTexts.list.title}>
      <p className="utrecht-paragraph">{provisionsTexts.list.intro}</p>
      {provisions.isPending ? <Loading /> : null}
      {provisions.isError ? (
        <LoadError error={provisions.error} onRetry={() => void provisions.refetch()} />
      ) : null}
      {provisions.data ? (
        <ProvisionTable provisions={provisions.data} showOrganisation={organisations.length > 1} />
      ) : null}
      {organisations.length > 0 ? (
        <section aria-labelledby="nieuwe-voorziening-titel" className="sr-section sr-form-section">
          <h2 id="nieuwe-voorziening-titel" className="utrecht-heading-2">
            {provisionsTexts.create.title}
          </h2>
          <ProvisionForm
            id="nieuwe-voorziening"
            organisations={organisations}
            submitLabel={provisionsTexts.create.submit}
            resetAfterSave
            onSave={async (values) => {
              const provision = await createProvision.mutateAsync(values);
              return provisionsTexts.create.created(provision.name);
            }}
          />
        </section>
      ) : null}
    </Page>
  );
}
