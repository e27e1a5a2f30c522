import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { Me } from '../../../../server/features/auth/auth.schemas.ts';
import { ROLE_CODES, ROLE_LABELS, type Role } from '../../../../domain/roles.ts';
import {
  applicationListQueryOptions,
  provisionListQueryOptions,
  roundListQueryOptions,
} from '../../../app/shared-queries.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
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
      {role === 'policy_officer' ? <OfficerStatus /> : null}
      {role === 'assessor' ? (
        <p className="utrecht-paragraph">
          <Link to="/beoordelen" className="utrecht-link utrecht-link--html-a">
            {texts.assessorLink}
          </Link>
        </p>
      ) : null}
      {role === 'applicant' && me.organisations.length > 0 ? <ApplicantStatus /> : null}
      {role === 'coordinator' ? (
        <p className="utrecht-paragraph">
          <Link to="/deelnemers" className="utrecht-link utrecht-link--html-a">
            {texts.participantsLink}
          </Link>
        </p>
      ) : null}
      {role === 'social_worker' ? (
        <ul className="utrecht-unordered-list" aria-label={texts.socialWorkerLinksLabel}>
          <li className="utrecht-unordered-list__item">
            <Link to="/verwijzen" className="utrecht-link utrecht-link--html-a">
              {texts.socialWorkerLinks.find}
            </Link>
          </li>
          <li className="utrecht-unordered-list__item">
            <Link to="/verwijzingen" className="utrecht-link utrecht-link--html-a">
              {texts.socialWorkerLinks.mine}
            </Link>
          </li>
        </ul>
      ) : null}
      {role === 'admin' ? <AdminLinks /> : null}
    </section>
  );
}

function OfficerStatus() {
  const rounds = useQuery(roundListQueryOptions);
  const open = rounds.data?.filter((round) => round.status === 'open').length ?? 0;
  const preparing = rounds.data?.filter((round) => round.status === 'preparation').length ?? 0;
  return (
    <>
      {rounds.isPending ? <Loading /> : null}
      {rounds.isError ? (
        <LoadError error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : null}
      {rounds.data ? (
        <p className="utrecht-paragraph sr-role-status">
          {texts.openRounds(open)} {preparing > 0 ? texts.preparingRounds(preparing) : null}
        </p>
      ) : null}
      <ul className="utrecht-unordered-list" aria-label={texts.officerLinksLabel}>
        <li className="utrecht-unordered-list__item">
          <Link to="/rondes" className="utrecht-link utrecht-link--html-a">
            {texts.officerLinks.rounds}
          </Link>
        </li>
        <li className="utrecht-unordered-list__item">
          <Link to="/regeling" className="utrecht-link utrecht-link--html-a">
            {texts.officerLinks.scheme}
          </Link>
        </li>
        <li className="utrecht-unordered-list__item">
          <Link to="/beheer/organisaties" className="utrecht-link utrecht-link--html-a">
            {texts.organisationsLink}
          </Link>
        </li>
        <li className="utrecht-unordered-list__item">
          <Link to="/rapportage/deelnemers" className="utrecht-link utrecht-link--html-a">
            {texts.participantReportLink}
          </Link>
        </li>
      </ul>
    </>
  );
}

function ApplicantStatus() {
  const applications = useQuery(applicationListQueryOptions());
  const provisions = useQuery(provisionListQueryOptions);
  const rounds = useQuery(roundListQueryOptions);
  const failed = applications.isError
    ? applications
    : provisions.isError
      ? provisions
      : rounds.isError
        ? rounds
        : null;
  const open = rounds.data?.filter((round) => round.status === 'open').length;
  const drafts = applications.data?.filter((a) => a.status === 'draft').length ?? 0;
  return (
    <>
      {applications.isPending || provisions.isPending ? <Loading /> : null}
      {failed ? <LoadError error={failed.error} onRetry={() => void failed.refetch()} /> : null}
      {open !== undefined ? (
        <p className="utrecht-paragraph sr-role-status">{texts.openForApplicant(open)}</p>
      ) : null}
      {applications.data && provisions.data ? (
        <ul className="utrecht-unordered-list" aria-label={texts.applicantLinksLabel}>
          <li className="utrecht-unordered-list__item">
            <Link to="/aanvragen" className="utrecht-link utrecht-link--html-a">
              {texts.applications(applications.data.length, drafts)}
            </Link>
          </li>
          <li className="utrecht-unordered-list__item">
            <Link to="/voorzieningen" className="utrecht-link utrecht-link--html-a">
              {texts.provisions(provisions.data.length)}
            </Link>
          </li>
          <li className="utrecht-unordered-list__item">
            <Link to="/organisatie" className="utrecht-link utrecht-link--html-a">
              {texts.ownOrganisation}
            </Link>
          </li>
        </ul>
      ) : null}
    </>
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
