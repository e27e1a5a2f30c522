import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { Organisation } from '../../../../server/features/organisations/organisations.schemas.ts';
import { ApiError } from '../../../app/api-client.ts';
import { hasAnyRole, useMe } from '../../../app/queries.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { organisationQueryOptions, useUpdateOrganisation } from '../api/organisations-api.ts';
import { OrganisationForm } from '../components/organisation-form.tsx';
import { organisationsTexts } from '../texts.ts';

const texts = organisationsTexts.edit;

/** Admins change the organisation here; policy officers read it. */
export function OrganisationPage() {
  const { organisationId } = useParams({ from: '/ingelogd/beheer/organisaties/$organisationId' });
  const me = useMe();
  const mayEdit = hasAnyRole(me, ['admin']);
  const organisation = useQuery(organisationQueryOptions(organisationId));
  const notFound = organisation.error instanceof ApiError && organisation.error.status === 404;

  return (
    <Page title={mayEdit ? texts.title : texts.readTitle}>
      <p className="utrecht-paragraph">
        <Link to="/beheer/organisaties" className="utrecht-link utrecht-link--html-a">
          {texts.back}
        </Link>
      </p>
      {organisation.isPending ? <Loading /> : null}
      {notFound ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
      {organisation.isError && !notFound ? (
        <LoadError error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : null}
      {organisation.data ? (
        mayEdit ? (
          <EditOrganisation key={organisation.data.id} organisation={organisation.data} />
        ) : (
          <OrganisationFacts organisation={organisation.data} />
        )
      ) : null}
    </Page>
  );
}

function EditOrganisation({ organisation }: { organisation: Organisation }) {
  const updateOrganisation = useUpdateOrganisation(organisation.id);
  return (
    <>
      <p className="utrecht-paragraph">
        {texts.members}: {organisation.memberCount}
      </p>
      <OrganisationForm
        id="organisatie"
        organisation={organisation}
        submitLabel={texts.submit}
        resetAfterSave={false}
        onSave={async (values) => {
          await updateOrganisation.mutateAsync(values);
          return texts.saved;
        }}
      />
    </>
  );
}

function OrganisationFacts({ organisation }: { organisation: Organisation }) {
  const facts = organisationsTexts.facts;
  const address = [
    organisation.street,
    [organisation.postcode, organisation.city].filter(Boolean).join(' '),
  ]
    .filter(Boolean)
    .join(', ');
  const contact = [organisation.contactName, organisation.contactEmail, organisation.contactPhone]
    .filter(Boolean)
    .join(', ');
  const rows: [string, string][] = [
    [facts.name, organisation.name],
    [facts.kvkNumber, organisation.kvkNumber ?? facts.unknown],
    [facts.iban, organisation.iban ?? facts.unknown],
    [facts.address, address || facts.unknown],
    [facts.contact, contact || facts.unknown],
    [texts.members, String(organisation.memberCount)],
  ];
  return (
    <>
      <dl className="sr-facts">
        {rows.map(([label, value]) => (
          <div className="sr-facts__item" key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h2 className="utrecht-heading-2">{facts.board}</h2>
      {organisation.boardMembers.length === 0 ? (
        <p className="utrecht-paragraph">{facts.noBoard}</p>
      ) : (
        <ul className="utrecht-unordered-list">
          {organisation.boardMembers.map((member, index) => (
            <li className="utrecht-unordered-list__item" key={`${member.name}-${index}`}>
              {member.name}
              {member.position ? ` (${member.position})` : ''}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
