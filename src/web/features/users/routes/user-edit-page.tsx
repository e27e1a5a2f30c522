import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { organisationListQueryOptions } from '../../../app/shared-queries.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { usersQueryOptions } from '../api/users-api.ts';
import { ClearLoginThrottle } from '../components/clear-login-throttle.tsx';
import { UserForm } from '../components/user-form.tsx';
import { ResetTwoFactor } from '../components/reset-two-factor.tsx';
import { usersTexts } from '../texts.ts';

const texts = usersTexts.edit;

export function UserEditPage() {
  const { userId } = useParams({ from: '/ingelogd/beheer/gebruikers/$userId' });
  // The API has no single-user read; the list is small and usually cached already.
  const users = useQuery(usersQueryOptions);
  const organisations = useQuery(organisationListQueryOptions);
  const user = users.data?.find((u) => u.id === userId);
  const failed = users.isError ? users : organisations.isError ? organisations : null;

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">
        <Link to="/beheer/gebruikers" className="utrecht-link utrecht-link--html-a">
          {texts.back}
        </Link>
      </p>
      {users.isPending || organisations.isPending ? <Loading /> : null}
      {failed ? <LoadError error={failed.error} onRetry={() => void failed.refetch()} /> : null}
      {users.data && !user ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
      {user && organisations.data ? (
        <>
          <dl className="sr-facts">
            <div className="sr-facts__item">
              <dt>{texts.emailLabel}</dt>
              <dd>
                {user.email} <span className="sr-muted">({texts.emailFixed})</span>
              </dd>
            </div>
          </dl>
          <UserForm key={user.id} user={user} organisations={organisations.data} />
          <ClearLoginThrottle key={`vertraging-${user.id}`} userId={user.id} />
          <ResetTwoFactor key={`twee-stappen-${user.id}`} userId={user.id} />
        </>
      ) : null}
    </Page>
  );
}
