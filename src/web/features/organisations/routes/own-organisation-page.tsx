import { useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import type { Organisation } from '../../../../server/features/organisations/organisations.schemas.ts';
import { useMe } from '../../../app/queries.ts';
import { Facts } from '../../../components/facts.tsx';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { organisationQueryOptions, useUpdateOrganisation } from '../api/organisations-api.ts';
import { Invitations } from '../components/invitations.tsx';
import { OrganisationForm } from '../components/organisation-form.tsx';
import { organisationsTexts } from '../texts.ts';

const texts = organisationsTexts.own;

/** An organisation's own members keep its profile up to date and invite colleagues. */
export function OwnOrganisationPage() {
  const me = useMe();
  const search = useSearch({ from: '/ingelogd/organisatie' });
  const own = me?.organisations ?? [];
  const chosen = own.find((o) => o.id === search.organisatie) ?? own[0];
  const organisation = useQuery({
    ...organisationQueryOptions(chosen?.id ?? ''),
    enabled: chosen !== undefined,
  });

  return (
    <Page title={organisation.data ? texts.titleWithName(organisation.data.name) : texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {own.length === 0 ? <p className="utrecht-paragraph">{texts.none}</p> : null}
      {own.length > 1 ? (
        <nav aria-label={texts.choose}>
          <ul className="utrecht-unordered-list">
            {own.map((o) => (
              <li className="utrecht-unordered-list__item" key={o.id}>
                <Link
                  to="/organisatie"
                  search={{ organisatie: o.id }}
                  className="utrecht-link utrecht-link--html-a"
                  aria-current={o.id === chosen?.id ? 'page' : undefined}
                >
                  {o.name}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {chosen && organisation.isPending ? <Loading /> : null}
      {organisation.isError ? (
        <LoadError error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : null}
      {organisation.data ? (
        <OwnOrganisation key={organisation.data.id} organisation={organisation.data} />
      ) : null}
    </Page>
  );
}

function OwnOrganisation({ organisation }: { organisation: Organisation }) {
  const update = useUpdateOrganisation(organisation.id);
  const facts = organisationsTexts.facts;
  return (
    <>
      <section aria-labelledby="gegevens-titel" className="sr-section sr-form-section">
        <h2 id="gegevens-titel" className="utrecht-heading-2">
          {texts.profileTitle}
        </h2>
        <Facts
          rows={[
            [facts.name, organisation.name],
            [facts.kvkNumber, organisation.kvkNumber ?? facts.unknown],
          ]}
        />
        <p className="utrecht-paragraph sr-muted">{texts.identity}</p>
        <OrganisationForm
          id="organisatie"
          organisation={organisation}
          submitLabel={texts.submit}
          resetAfterSave={false}
          fixedIdentity
          onSave={async (values) => {
            await update.mutateAsync(values);
            return texts.saved;
          }}
        />
      </section>
      <Invitations organisationId={organisation.id} />
    </>
  );
}
