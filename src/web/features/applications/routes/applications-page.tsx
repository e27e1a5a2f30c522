import { useQuery } from '@tanstack/react-query';
import {
  applicationListQueryOptions,
  provisionListQueryOptions,
  roundListQueryOptions,
} from '../../../app/shared-queries.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { ApplicationTable } from '../components/application-table.tsx';
import { NewApplicationForm } from '../components/new-application-form.tsx';
import { applicationsTexts } from '../texts.ts';

export function ApplicationsPage() {
  const applications = useQuery(applicationListQueryOptions());
  const rounds = useQuery(roundListQueryOptions);
  const provisions = useQuery(provisionListQueryOptions);
  const failed = rounds.isError ? rounds : provisions.isError ? provisions : null;

  return (
    <Page title={applicationsTexts.list.title}>
      <p className="utrecht-paragraph">{applicationsTexts.list.intro}</p>
      {applications.isPending ? <Loading /> : null}
      {applications.isError ? (
        <LoadError error={applications.error} onRetry={() => void applications.refetch()} />
      ) : null}
      {applications.data ? <ApplicationTable applications={applications.data} /> : null}

      <section aria-labelledby="nieuwe-aanvraag-titel" className="sr-section sr-form-section">
        <h2 id="nieuwe-aanvraag-titel" className="utrecht-heading-2">
          {applicationsTexts.create.title}
        </h2>
        <p className="utrecht-paragraph">{applicationsTexts.create.intro}</p>
        {rounds.isPending || provisions.isPending ? <Loading /> : null}
        {failed ? <LoadError error={failed.error} onRetry={() => void failed.refetch()} /> : null}
        {rounds.data && provisions.data ? (
          <NewApplicationForm
            rounds={rounds.data.filter((round) => round.status === 'open')}
            provisions={provisions.data}
          />
        ) : null}
      </section>
    </Page>
  );
}
