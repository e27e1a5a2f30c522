import { useQuery } from '@tanstack/react-query';
import { Link, Outlet, useNavigate, useRouter } from '@tanstack/react-router';
import { useEffect, useState, type MouseEvent } from 'react';
import type { Role } from '../../domain/roles.ts';
import { Button } from '../components/button.tsx';
import { useLogout } from '../features/auth/api/auth-api.ts';
import { unreadNotificationsQueryOptions } from '../features/notifications/api/unread-count.ts';
import { municipalityHeaderName, municipalityName, useSettings } from './municipality.ts';
import { hasAnyRole, useMe } from './queries.ts';
import { appTexts } from './texts.ts';

type NavTarget =
  | '/'
  | '/rondes'
  | '/regeling'
  | '/aanvulverzoeken'
  | '/bezwaren'
  | '/aanvragen'
  | '/beheer/voorzieningen'
  | '/organisatie'
  | '/beheer/gebruikers'
  | '/beheer/organisaties'
  | '/beheer/audit'
  | '/beheer/privacy'
  | '/beheer/betaalrekening'
  | '/beheer/uitgaande-post'
  | '/beoordelen'
  | '/deelnemers'
  | '/verwijzen'
  | '/verwijzingen'
  | '/rapportage/deelnemers'
  | '/dubbele-financiering'
  | '/subsidies'
  | '/betalingen'
  | '/vaststellingen'
  | '/betalingen/terugvorderingen'
  | '/financien'
  | '/dashboards'
  | '/fonds'
  | '/rendement'
  | '/sif';

const nav = appTexts.nav;

/** The main navigation; a link is shown only to the roles that may use the page behind it. */
const NAV_ITEMS: { to: NavTarget; label: string; roles: readonly Role[] | 'all' }[] = [
  { to: '/', label: nav.home, roles: 'all' },
  { to: '/rondes', label: nav.rounds, roles: ['policy_officer'] },
  { to: '/regeling', label: nav.scheme, roles: ['policy_officer'] },
  { to: '/aanvulverzoeken', label: nav.completionRequests, roles: ['policy_officer'] },
  { to: '/bezwaren', label: nav.objections, roles: ['policy_officer'] },
  { to: '/subsidies', label: nav.grants, roles: ['policy_officer', 'finance'] },
  { to: '/vaststellingen', label: nav.settlements, roles: ['policy_officer'] },
  { to: '/betalingen', label: nav.paymentRuns, roles: ['finance'] },
  { to: '/betalingen/terugvorderingen', label: nav.reclaims, roles: ['finance'] },
  { to: '/financien', label: nav.financeOverview, roles: ['policy_officer', 'finance'] },
  { to: '/dashboards', label: nav.dashboards, roles: ['policy_officer'] },
  { to: '/fonds', label: nav.fund, roles: ['policy_officer', 'finance'] },
  { to: '/rendement', label: nav.rendement, roles: ['policy_officer'] },
  { to: '/sif', label: nav.sifInitiatives, roles: ['policy_officer', 'assessor', 'applicant'] },
  { to: '/beoordelen', label: nav.assess, roles: ['assessor'] },
  { to: '/aanvragen', label: nav.applications, roles: ['applicant'] },
  { to: '/beheer/voorzieningen', label: nav.provisions, roles: ['applicant'] },
  { to: '/subsidies', label: nav.ownGrants, roles: ['applicant'] },
  { to: '/organisatie', label: nav.ownOrganisation, roles: ['applicant'] },
  { to: '/deelnemers', label: nav.participants, roles: ['coordinator'] },
  { to: '/verwijzen', label: nav.refer, roles: ['social_worker'] },
  { to: '/verwijzingen', label: nav.myReferrals, roles: ['social_worker'] },
  { to: '/rapportage/deelnemers', label: nav.participantReport, roles: ['policy_officer'] },
  { to: '/dubbele-financiering', label: nav.doubleFinancing, roles: ['wmo_analyst'] },
  { to: '/beheer/gebruikers', label: nav.users, roles: ['admin'] },
  { to: '/beheer/organisaties', label: nav.organisations, roles: ['admin', 'policy_officer'] },
  { to: '/beheer/audit', label: nav.audit, roles: ['admin'] },
  { to: '/beheer/privacy', label: nav.privacy, roles: ['admin'] },
  { to: '/beheer/betaalrekening', label: nav.paymentAccount, roles: ['admin'] },
  { to: '/beheer/uitgaande-post', label: nav.outbox, roles: ['admin'] },
];

export const MAIN_ID = 'inhoud';

/** Skip links must work without the router getting involved in the hash. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById(MAIN_ID);
  if (!main) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView();
}

export function Layout() {
  return (
    <div className="sr-app">
      <a
        className="utrecht-skip-link utrecht-skip-link--visible-on-focus sr-skip-link"
        href={`#${MAIN_ID}`}
        onClick={skipToMain}
      >
        {appTexts.skipLink}
      </a>
      <PageHeader />
      <main id={MAIN_ID} tabIndex={-1} className="utrecht-page-body sr-main">
        <div className="utrecht-page-body__content sr-main__content">
          <Outlet />
        </div>
      </main>
      <PageFooter />
    </div>
  );
}

function PageHeader() {
  const settings = useSettings();
  const me = useMe();
  // A login that still lacks its second step sees no menu: nothing behind it opens yet.
  const complete = me !== null && !me.pendingStep;
  const items = complete
    ? NAV_ITEMS.filter((item) => item.roles === 'all' || hasAnyRole(me, item.roles)).filter(
        // One link per page: a user with two roles sees the first label that fits.
        (item, i, shown) => shown.findIndex((other) => other.to === item.to) === i,
      )
    : [];
  const municipality = municipalityHeaderName(settings);

  return (
    <header className="utrecht-page-header sr-header">
      <div className="utrecht-page-header__content sr-header__content">
        <div className="sr-brand">
          <Link to="/" className="sr-brand__product">
            {appTexts.productName}
          </Link>
          <span className="sr-brand__municipality">{municipality}</span>
        </div>
        {me ? <UserMenu name={me.name} complete={complete} /> : null}
      </div>
      <nav className="utrecht-nav-bar sr-nav" aria-label={appTexts.navigationLabel}>
        <div className="utrecht-nav-bar__content sr-nav__content">
          <ul className="utrecht-nav-list">
            {complete ? (
              items.map((item) => (
                <li className="utrecht-nav-list__item" key={item.to}>
                  <Link
                    to={item.to}
                    className="utrecht-nav-list__link sr-nav__link"
                    activeOptions={{ exact: item.to === '/' }}
                  >
                    {item.label}
                  </Link>
                </li>
              ))
            ) : (
              <>
                <li className="utrecht-nav-list__item">
                  <Link
                    to="/"
                    className="utrecht-nav-list__link sr-nav__link"
                    activeOptions={{ exact: true }}
                  >
                    {appTexts.nav.home}
                  </Link>
                </li>
                <li className="utrecht-nav-list__item">
                  <Link to="/inloggen" className="utrecht-nav-list__link sr-nav__link">
                    {appTexts.nav.login}
                  </Link>
                </li>
              </>
            )}
          </ul>
        </div>
      </nav>
      {settings.demo ? (
        <div className="sr-demo-banner" role="status">
          <div className="sr-demo-banner__content">
            <p className="utrecht-paragraph">{appTexts.demoBanner}</p>
          </div>
        </div>
      ) : null}
    </header>
  );
}

function UserMenu({ name, complete }: { name: string; complete: boolean }) {
  const logout = useLogout();
  const navigate = useNavigate();
  const [failed, setFailed] = useState(false);

  const onLogout = async () => {
    setFailed(false);
    try {
      const handover = await logout.mutateAsync();
      if (handover) {
        // Logged out here; the identity provider ends its own session and sends the browser
        // back to the login page.
        window.location.assign(handover.endSessionUrl);
        return;
      }
      await navigate({ to: '/inloggen', search: { uitgelogd: true } });
    } catch {
      setFailed(true);
    }
  };

  return (
    <div className="sr-user">
      {complete ? <NotificationBell /> : null}
      <span className="sr-user__name">
        {appTexts.loggedInAs} <strong>{name}</strong>
      </span>
      {complete ? (
        <Link to="/mijn-account" className="utrecht-link utrecht-link--html-a">
          {appTexts.account}
        </Link>
      ) : null}
      <Button appearance="secondary" busy={logout.isPending} onClick={() => void onLogout()}>
        {appTexts.logout}
      </Button>
      {failed ? (
        <span role="alert" className="sr-user__error">
          {appTexts.logoutFailed}
        </span>
      ) : null}
    </div>
  );
}

/** The bell: a link to the notifications page whose name says how many are unread. */
function NotificationBell() {
  const unread = useQuery(unreadNotificationsQueryOptions).data;
  return (
    <Link to="/meldingen" className="utrecht-link utrecht-link--html-a sr-bell">
      <svg
        className="sr-bell__icon"
        aria-hidden="true"
        focusable="false"
        viewBox="0 0 24 24"
        width="20"
        height="20"
      >
        <path
          fill="currentColor"
          d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
        />
      </svg>
      {unread ? (
        <>
          {/* One text for screen readers ("Meldingen, 3 ongelezen"); the eye sees the badge. */}
          <span className="sr-visually-hidden">{appTexts.bell.withUnread(unread)}</span>
          <span aria-hidden="true">{appTexts.bell.label}</span>
          <span className="sr-bell__count" aria-hidden="true">
            {unread}
          </span>
        </>
      ) : (
        appTexts.bell.label
      )}
    </Link>
  );
}

function PageFooter() {
  const settings = useSettings();
  return (
    <footer className="utrecht-page-footer sr-footer">
      <div className="utrecht-page-footer__content sr-footer__content">
        <p className="utrecht-paragraph">
          <strong>{appTexts.productName}</strong> · {municipalityName(settings)}
        </p>
        <p className="utrecht-paragraph">{appTexts.footer.about}</p>
        <p className="utrecht-paragraph">{appTexts.footer.licence}</p>
      </div>
    </footer>
  );
}

/** Pages below it need a logged-in person; when the session ends, go to the login page. */
export function AuthenticatedLayout() {
  const me = useMe();
  const router = useRouter();
  useEffect(() => {
    // Logging out navigates by itself; an expired session needs a push.
    if (!me && router.latestLocation.pathname !== '/inloggen') {
      void router.navigate({ to: '/inloggen', replace: true });
    }
  }, [me, router]);
  return me ? <Outlet /> : null;
}
