import { Link } from '@tanstack/react-router';
import type { Me } from '../../../../server/features/auth/auth.schemas.ts';
import { ROLE_CODES, ROLE_LABELS, type Role } from '../../../../domain/roles.ts';
import { Page } from '../../../components/page.tsx';
import { homeTexts } from '../texts.ts';

const texts = homeTexts.home;

/** The start page after logging in: one section per role the person holds. */
export function HomePage({ me }: { me: Me }) {
  // The order of DOMAIN.md, not the order the roles happen to be stored in.
  const roles = ROLE_CODES.filter((role) => me.roles.includes(role));
  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph utrecht-paragraph--lead">{texts.welcome(me.name)}</p>
      <p className="utrecht-paragraph">{texts.rolesIntro}</p>
      {roles.map((role) => (
        <RoleSection key={role} role={role} me={me} />
      ))}
    </Page>
  );
}

function RoleSection({ role, me }: { role: Role; me: Me }) {
  const headingId = `rol-${role}`;
  const roleTexts = homeTexts.roles[role];
  return (
    <section aria-labelledby={headingId} className="sr-section sr-role-section">
      <h2 id={headingId} className="utrecht-heading-2">
        {ROLE_LABELS[role]}
      </h2>
      <p className="utrecht-paragraph">{roleTexts.does}</p>
      {role === 'applicant' || role === 'coordinator' ? (
        <OwnOrganisations me={me} role={role} />
      ) : null}
      {roleTexts.status ? (
        <p className="utrecht-paragraph sr-role-status">{roleTexts.status}</p>
      ) : null}
      {role === 'policy_officer' ? (
        <p className="utrecht-paragraph">
          <Link to="/beheer/organisaties" className="utrecht-link utrecht-link--html-a">
            {texts.organisationsLink}
          </Link>
        </p>
      ) : null}
      {role === 'admin' ? <AdminLinks /> : null}
    </section>
  );
}

function OwnOrganisations({ me, role }: { me: Me; role: Role }) {
  if (me.organisations.length === 0)
    return <p className="utrecht-paragraph">{texts.noOrganisations}</p>;
  const headingId = `rol-${role}-organisaties`;
  return (
    <>
      <h3 id={headingId} className="utrecht-heading-3">
        {texts.yourOrganisations}
      </h3>
      <ul className="utrecht-unordered-list" aria-labelledby={headingId}>
        {me.organisations.map((organisation) => (
          <li className="utrecht-unordered-list__item" key={organisation.id}>
            {organisation.name}
          </li>
        ))}
      </ul>
    </>
  );
}

function AdminLinks() {
  return (
    <ul className="utrecht-unordered-list" aria-label={texts.adminLinksLabel}>
      <li className="utrecht-unordered-list__item">
        <Link to="/beheer/gebruikers" className="utrecht-link utrecht-link--html-a">
          {texts.adminLinks.users}
        </Link>
      </li>
      <li className="utrecht-unordered-list__item">
        <Link to="/beheer/organisaties" className="utrecht-link utrecht-link--html-a">
          {texts.adminLinks.organisations}
        </Link>
      </li>
      <li className="utrecht-unordered-list__item">
        <Link to="/beheer/audit" className="utrecht-link utrecht-link--html-a">
          {texts.adminLinks.audit}
        </Link>
      </li>
    </ul>
  );
}
