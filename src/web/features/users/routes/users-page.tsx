import { useQuery } from '@tanstack/react-query';
import { organisationListQueryOptions } from '../../../app/shared-queries.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { usersQueryOptions } from '../api/users-api.ts';
import { UserForm } from '../components/user-form.tsx';
import { UserTable } from '../components/user-table.tsx';
import { usersTexts } from '../texts.ts';

export function UsersPage() {
  const users = useQuery(usersQueryOptions);
  const organisations = useQuery(organisationListQueryOptions);

  return (
    <Page title={usersTexts.list.title}>
      <p className="utrecht-paragraph">{usersTexts.list.intro}</p>
      {users.isPending ? <Loading /> : null}
      {users.isError ? (
        <LoadError error={users.error} onRetry={() => void users.refetch()} />
      ) : null}
      {users.data ? <UserTable users={users.data} /> : null}

      <section aria-labelledby="nieuwe-gebruiker-titel" className="sr-section sr-form-section">
        <h2 id="nieuwe-gebruiker-titel" className="utrecht-heading-2">
          {usersTexts.create.title}
        </h2>
        {organisations.isPending ? <Loading /> : null}
        {organisations.isError ? (
          <LoadError error={organisations.error} onRetry={() => void organisations.refetch()} />
        ) : null}
        {organisations.data ? <UserForm organisations={organisations.data} /> : null}
      </section>
    </Page>
  );
}
