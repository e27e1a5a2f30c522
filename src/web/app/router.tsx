/**
 * The route tree (code-based, typed). Every page but the login page is loaded on demand, so
 * the JavaScript needed to log in stays small.
 */
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import {
  createRootRouteWithContext,
  createRoute,
  createRouter,
  lazyRouteComponent,
  redirect,
} from '@tanstack/react-router';
import { type Action, type Scope, rolesFor } from '../../domain/access-table.ts';
import { LoginPage } from '../features/auth/routes/login-page.tsx';
import {
  type OidcLoginError,
  oidcLoginErrorSchema,
} from '../../server/features/auth/oidc.schemas.ts';
import { readAuditSearch } from '../features/audit/audit-search-params.ts';
import { ForbiddenPage, NotFoundPage, RootErrorPage, RouteErrorPage } from './general-pages.tsx';
import { AuthenticatedLayout, Layout } from './layout.tsx';
import { hasAnyRole, meQueryOptions, settingsQueryOptions, useMe } from './queries.ts';

export interface RouterContext {
  queryClient: QueryClient;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  // The layout needs the settings (municipality, demo) and who is logged in before anything shows.
  beforeLoad: async ({ context }) => {
    await Promise.all([
      context.queryClient.ensureQueryData(settingsQueryOptions),
      context.queryClient.ensureQueryData(meQueryOptions),
    ]);
  },
  component: Layout,
  notFoundComponent: NotFoundPage,
  errorComponent: RootErrorPage,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  component: lazyRouteComponent(
    () => import('../features/home/routes/index-page.tsx'),
    'IndexPage',
  ),
});

interface LoginSearch {
  uitgelogd?: boolean;
  /** After accepting an invitation with a new account. */
  aangenomen?: boolean;
  /** Where to go after logging in: a path of this site. */
  terug?: string;
  /** After choosing a new password through the e-mail link. */
  hersteld?: boolean;
  /** Why logging in at the organisation's identity provider did not succeed. */
  fout?: OidcLoginError;
}

const flag = (value: unknown) => value === true || value === 'true';

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'inloggen',
  validateSearch: (search: Record<string, unknown>): LoginSearch => {
    const back = search['terug'];
    const oidcError = oidcLoginErrorSchema.safeParse(search['fout']);
    return {
      ...(oidcError.success ? { fout: oidcError.data } : {}),
      ...(flag(search['uitgelogd']) ? { uitgelogd: true } : {}),
      ...(flag(search['aangenomen']) ? { aangenomen: true } : {}),
      ...(flag(search['hersteld']) ? { hersteld: true } : {}),
      ...(typeof back === 'string' && /^\/(?!\/)/.test(back) ? { terug: back } : {}),
    };
  },
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    // A login waiting for its code stays here, where the code is asked.
    if (me && me.pendingStep !== 'two_factor') {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirects are thrown by design
      throw redirect({ to: me.pendingStep ? '/tweestapsverificatie' : '/' });
    }
  },
  component: function LoginRoute() {
    const { uitgelogd, aangenomen, terug, hersteld, fout } = loginRoute.useSearch();
    return (
      <LoginPage
        loggedOut={uitgelogd === true}
        accepted={aangenomen === true}
        back={terug}
        passwordChanged={hersteld === true}
        oidcError={fout}
      />
    );
  },
});

/** Public: "Wachtwoord vergeten?" asks for a link by e-mail. */
const forgotPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'wachtwoord-vergeten',
  component: lazyRouteComponent(
    () => import('../features/auth/routes/forgot-password-page.tsx'),
    'ForgotPasswordPage',
  ),
});

/** Public: the e-mail's link, where a new password is chosen. */
const resetPasswordRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'wachtwoord-herstellen/$token',
  component: lazyRouteComponent(
    () => import('../features/auth/routes/reset-password-page.tsx'),
    'ResetPasswordPage',
  ),
});

/**
 * Enrolling an authenticator app: the first page after the password for a role that requires
 * a second factor, and reachable from one's own account page for everyone else.
 */
const twoFactorEnrolmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'tweestapsverificatie',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    if (!me || me.pendingStep === 'two_factor') {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirects are thrown by design
      throw redirect({ to: '/inloggen' });
    }
  },
  component: lazyRouteComponent(
    () => import('../features/auth/routes/two-factor-enrolment-page.tsx'),
    'TwoFactorEnrolmentPage',
  ),
});

/** Public: someone invited by a colleague joins the organisation. */
const invitationRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'uitnodiging/$token',
  component: lazyRouteComponent(
    () => import('../features/organisations/routes/invitation-page.tsx'),
    'InvitationPage',
  ),
});

/** Everything below needs a logged-in person. */
const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'ingelogd',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    // A login that lacks its second step goes to that step first (the server insists too).
    if (!me || me.pendingStep) {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirects are thrown by design
      throw redirect({
        to: me?.pendingStep === 'two_factor_enrolment' ? '/tweestapsverificatie' : '/inloggen',
      });
    }
  },
  component: AuthenticatedLayout,
});

/**
 * What a page needs: the action of the access table its work is (src/domain/access-table.ts),
 * or only some scopes of it (the organisation's own page, not the administrator's).
 */
type PageAccess = Action | { action: Action; scopes: readonly Scope[] };

/**
 * The page is for the roles the access table gives its action; others see "no access". The
 * page's code is loaded before the route shows (the router calls `preload`), so focus and
 * title work as for other pages.
 */
function forRoles<K extends string>(
  access: PageAccess,
  importer: () => Promise<Record<K, (props: object) => ReactNode>>,
  exportName: K,
) {
  const roles =
    typeof access === 'string' ? rolesFor(access) : rolesFor(access.action, access.scopes);
  const Page = lazyRouteComponent(() =>
    importer().then((module): { default: (props: object) => ReactNode } => ({
      default: module[exportName],
    })),
  );
  function RoleGuard() {
    return hasAnyRole(useMe(), roles) ? <Page /> : <ForbiddenPage />;
  }
  RoleGuard.preload = Page.preload;
  return RoleGuard;
}

/** Query parameters kept as text; the page itself checks their values. */
function textSearch<K extends string>(...keys: K[]) {
  return (search: Record<string, unknown>): Partial<Record<K, string>> => {
    const result: Partial<Record<K, string>> = {};
    for (const key of keys) {
      const value = search[key];
      if (typeof value === 'string' || typeof value === 'number') result[key] = String(value);
    }
    return result;
  };
}

/** A page below the login for the roles of an action, loaded on demand. */
function page<TPath extends string, K extends string>(
  path: TPath,
  access: PageAccess,
  importer: () => Promise<Record<K, (props: object) => ReactNode>>,
  exportName: K,
) {
  return createRoute({
    getParentRoute: () => authenticatedRoute,
    path,
    component: forRoles(access, importer, exportName),
  });
}

const roundsRoute = page(
  'rondes',
  'round.create',
  () => import('../features/rounds/routes/rounds-page.tsx'),
  'RoundsPage',
);
const roundRoute = page(
  'rondes/$roundId',
  'round.update',
  () => import('../features/rounds/routes/round-page.tsx'),
  'RoundPage',
);
const roundOverviewRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'rondes/$roundId/overzicht',
  validateSearch: textSearch('categorie', 'status', 'zoek'),
  component: forRoles(
    'round.overview',
    () => import('../features/rounds/routes/round-overview-page.tsx'),
    'RoundOverviewPage',
  ),
});
const schemeRoute = page(
  'regeling',
  'scheme.update',
  () => import('../features/rounds/routes/scheme-page.tsx'),
  'SchemePage',
);
const ownOrganisationRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'organisatie',
  validateSearch: textSearch('organisatie'),
  component: forRoles(
    { action: 'organisation.update', scopes: ['own'] },
    () => import('../features/organisations/routes/own-organisation-page.tsx'),
    'OwnOrganisationPage',
  ),
});
const provisionsRoute = page(
  'beheer/voorzieningen',
  { action: 'provision.create', scopes: ['own'] },
  () => import('../features/provisions/routes/provisions-page.tsx'),
  'ProvisionsPage',
);
/** The organisation edits its provision; the policy officer hides it from the social map. */
const provisionRoute = page(
  'beheer/voorzieningen/$provisionId',
  { action: 'provision.read', scopes: ['all', 'own'] },
  () => import('./pages/provision-page.tsx'),
  'ProvisionPage',
);
const applicationsRoute = page(
  'aanvragen',
  'application.create',
  () => import('../features/applications/routes/applications-page.tsx'),
  'ApplicationsPage',
);
const applicationRoute = page(
  'aanvragen/$applicationId',
  'application.read',
  () => import('./pages/application-page.tsx'),
  'ApplicationPage',
);
const applicationCheckRoute = page(
  'aanvragen/$applicationId/controleren',
  'application.submit',
  () => import('../features/applications/routes/check-page.tsx'),
  'CheckPage',
);
const assessmentsRoute = page(
  'beoordelen',
  'assessment.score',
  () => import('../features/assessment/routes/assessments-page.tsx'),
  'AssessmentsPage',
);
const assessmentRoute = page(
  'beoordelen/$applicationId',
  'assessment.score',
  () => import('./pages/assessment-page.tsx'),
  'AssessmentPage',
);
const roundAssessmentRoute = page(
  'rondes/$roundId/beoordeling',
  'assessment.manage',
  () => import('../features/assessment/routes/round-assessment-page.tsx'),
  'RoundAssessmentPage',
);
const chairRoute = page(
  'rondes/$roundId/beoordeling/$applicationId',
  'assessment.manage',
  () => import('../features/assessment/routes/chair-page.tsx'),
  'ChairPage',
);
const rankingRoute = page(
  'rondes/$roundId/rangschikking',
  'ranking.manage',
  () => import('../features/ranking/routes/ranking-page.tsx'),
  'RankingPage',
);
const decisionsRoute = page(
  'rondes/$roundId/beschikkingen',
  'decision.manage',
  () => import('../features/decisions/routes/decisions-page.tsx'),
  'DecisionsPage',
);
const completionRequestsRoute = page(
  'aanvulverzoeken',
  'completion.manage',
  () => import('../features/completion/routes/completion-requests-page.tsx'),
  'CompletionRequestsPage',
);
const objectionsRoute = page(
  'bezwaren',
  'objection.manage',
  () => import('../features/objections/routes/objections-page.tsx'),
  'ObjectionsPage',
);
const decisionRoute = page(
  'aanvragen/$applicationId/beschikking',
  'decision.read',
  () => import('../features/decisions/routes/decision-page.tsx'),
  'DecisionPage',
);
const grantsRoute = page(
  'subsidies',
  'grant.list',
  () => import('../features/grants/routes/grants-page.tsx'),
  'GrantsPage',
);
const grantRoute = page(
  'subsidies/$grantId',
  'grant.read',
  () => import('../features/grants/routes/grant-page.tsx'),
  'GrantPage',
);
const overdueReportsRoute = page(
  'verantwoordingen/te-laat',
  'grant_report.overdue',
  () => import('../features/grants/routes/overdue-reports-page.tsx'),
  'OverdueReportsPage',
);
const paymentRunsRoute = page(
  'betalingen',
  'payment.read',
  () => import('../features/payments/routes/payment-runs-page.tsx'),
  'PaymentRunsPage',
);
const paymentRunRoute = page(
  'betalingen/$runId',
  'payment.read',
  () => import('../features/payments/routes/payment-run-page.tsx'),
  'PaymentRunPage',
);
const settlementRoute = page(
  'subsidies/$grantId/vaststelling',
  'settlement.read',
  () => import('../features/settlements/routes/settlement-page.tsx'),
  'SettlementPage',
);
const settlementsRoute = page(
  'vaststellingen',
  'settlement.issue',
  () => import('../features/settlements/routes/settlements-page.tsx'),
  'SettlementsPage',
);
const reclaimsRoute = page(
  'betalingen/terugvorderingen',
  'reclaim.read',
  () => import('../features/settlements/routes/reclaims-page.tsx'),
  'ReclaimsPage',
);
const fundRoute = page(
  'fonds',
  'fund.read',
  () => import('../features/fund/routes/fund-page.tsx'),
  'FundPage',
);
const rendementRoute = page(
  'rendement',
  'rendement.read',
  () => import('../features/rendement/routes/rendement-page.tsx'),
  'RendementPage',
);
const dashboardsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'dashboards',
  // The filters are in the URL: a view can be shared, and the back button returns to the last.
  validateSearch: textSearch('jaar', 'categorie', 'wijk', 'buurt', 'organisatie'),
  component: forRoles(
    'dashboard.read',
    () => import('./pages/dashboards-page.tsx'),
    'DashboardsPage',
  ),
});
const neighbourhoodMapRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'dashboards/kaart',
  validateSearch: textSearch('jaar', 'categorie', 'wijk'),
  component: forRoles(
    'dashboard.read',
    () => import('../features/dashboards/routes/neighbourhood-map-page.tsx'),
    'NeighbourhoodMapPage',
  ),
});
const sifInitiativesRoute = page(
  'sif',
  'sif.list',
  () => import('../features/sif-initiatives/routes/initiatives-page.tsx'),
  'InitiativesPage',
);
const sifNewInitiativeRoute = page(
  'sif/nieuw',
  'sif.submit',
  () => import('../features/sif-initiatives/routes/new-initiative-page.tsx'),
  'NewInitiativePage',
);
const sifInitiativeRoute = page(
  'sif/$applicationId',
  'sif.read',
  () => import('../features/sif-initiatives/routes/initiative-page.tsx'),
  'InitiativePage',
);
const councilReportRoute = page(
  'raadsrapportage',
  'council_report.read',
  () => import('../features/council-report/routes/council-report-page.tsx'),
  'CouncilReportPage',
);
const financeOverviewRoute = page(
  'financien',
  'finance_overview.read',
  () => import('../features/finance-overview/routes/finance-overview-page.tsx'),
  'FinanceOverviewPage',
);
const outboxRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/uitgaande-post',
  validateSearch: (search: Record<string, unknown>): { aan?: string; pagina?: number } => {
    const page = Number(search['pagina']);
    return {
      ...textSearch('aan')(search),
      ...(Number.isInteger(page) && page > 1 ? { pagina: page } : {}),
    };
  },
  component: forRoles(
    'outbox.list',
    () => import('../features/outbox/routes/outbox-page.tsx'),
    'OutboxPage',
  ),
});

const usersRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/gebruikers',
  component: forRoles(
    'user.list',
    () => import('../features/users/routes/users-page.tsx'),
    'UsersPage',
  ),
});

const userEditRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/gebruikers/$userId',
  component: forRoles(
    'user.update',
    () => import('../features/users/routes/user-edit-page.tsx'),
    'UserEditPage',
  ),
});

const organisationsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/organisaties',
  component: forRoles(
    { action: 'organisation.list', scopes: ['all'] },
    () => import('../features/organisations/routes/organisations-page.tsx'),
    'OrganisationsPage',
  ),
});

const organisationRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/organisaties/$organisationId',
  component: forRoles(
    { action: 'organisation.read', scopes: ['all'] },
    () => import('../features/organisations/routes/organisation-page.tsx'),
    'OrganisationPage',
  ),
});

const privacySettingsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/privacy',
  component: forRoles(
    'settings.update',
    () => import('../features/settings/routes/privacy-settings-page.tsx'),
    'PrivacySettingsPage',
  ),
});

const paymentAccountRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/betaalrekening',
  component: forRoles(
    'payment_account.update',
    () => import('../features/settings/routes/payment-account-page.tsx'),
    'PaymentAccountPage',
  ),
});

const auditRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/audit',
  validateSearch: readAuditSearch,
  component: forRoles(
    'audit.list',
    () => import('../features/audit/routes/audit-page.tsx'),
    'AuditPage',
  ),
});

/** Public: a participant fills in the questionnaire through their personal link. */
const questionnaireRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'vragenlijst/$token',
  component: lazyRouteComponent(
    () => import('../features/measurements/routes/questionnaire-page.tsx'),
    'QuestionnairePage',
  ),
});
const participantsHomeRoute = page(
  'deelnemers',
  'participant.list',
  () => import('../features/participants/routes/participants-home-page.tsx'),
  'ParticipantsHomePage',
);
const participantsRoute = page(
  'beheer/voorzieningen/$provisionId/deelnemers',
  'participant.list',
  () => import('../features/participants/routes/participants-page.tsx'),
  'ParticipantsPage',
);
const registerParticipantRoute = page(
  'beheer/voorzieningen/$provisionId/deelnemers/nieuw',
  'participant.manage',
  () => import('../features/participants/routes/register-participant-page.tsx'),
  'RegisterParticipantPage',
);
const participantRoute = page(
  'deelnemers/$participantId',
  'participant.read',
  () => import('./pages/participant-page.tsx'),
  'ParticipantPage',
);
const attendanceRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/voorzieningen/$provisionId/aanwezigheid',
  validateSearch: textSearch('week'),
  component: forRoles(
    'attendance.write',
    () => import('../features/attendance/routes/attendance-page.tsx'),
    'AttendancePage',
  ),
});
const incomingReferralsRoute = page(
  'beheer/voorzieningen/$provisionId/verwijzingen',
  'referral.decide',
  () => import('../features/referrals/routes/incoming-referrals-page.tsx'),
  'IncomingReferralsPage',
);
const provisionReportRoute = page(
  'beheer/voorzieningen/$provisionId/rapportage',
  'report.provision',
  () => import('../features/participant-reports/routes/provision-report-page.tsx'),
  'ProvisionReportPage',
);
/** The one finder is the social map; this address leads there (with its filters). */
const referralFinderRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'verwijzen',
  validateSearch: textSearch('buurt', 'categorie', 'dagdeel', 'doelgroep'),
  component: forRoles(
    'referral.search',
    () => import('../features/referrals/routes/refer-page.tsx'),
    'ToSocialMapPage',
  ),
});
/** A social worker chose "Verwijzen" on the social map: the referral form for that provision. */
const referRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'verwijzen/$provisionId',
  validateSearch: textSearch('buurt'),
  component: forRoles(
    'referral.create',
    () => import('../features/referrals/routes/refer-page.tsx'),
    'ReferPage',
  ),
});
const myReferralsRoute = page(
  'verwijzingen',
  { action: 'referral.list', scopes: ['assigned'] },
  () => import('../features/referrals/routes/my-referrals-page.tsx'),
  'MyReferralsPage',
);
const municipalityReportRoute = page(
  'rapportage/deelnemers',
  'report.municipality',
  () => import('../features/participant-reports/routes/municipality-report-page.tsx'),
  'MunicipalityReportPage',
);

/** Everyone's own account: the second factor. */
const accountRoute = page(
  'mijn-account',
  'auth.two_factor.manage',
  () => import('../features/auth/routes/account-page.tsx'),
  'AccountPage',
);

/** Everyone's own notifications of new tasks. */
const notificationsRoute = page(
  'meldingen',
  'notification.read',
  () => import('../features/notifications/routes/notifications-page.tsx'),
  'NotificationsPage',
);

const doubleFinancingRoute = page(
  'dubbele-financiering',
  'wmo.signals',
  () => import('../features/double-financing/routes/double-financing-page.tsx'),
  'DoubleFinancingPage',
);
const wmoImportRoute = page(
  'dubbele-financiering/import',
  'wmo.import',
  () => import('../features/double-financing/routes/import-page.tsx'),
  'ImportPage',
);
const matchingScopeRoute = page(
  'dubbele-financiering/afbakening',
  'wmo.scope',
  () => import('../features/double-financing/routes/scope-page.tsx'),
  'ScopePage',
);
const signalsRoute = page(
  'dubbele-financiering/signalen',
  'wmo.signals',
  () => import('../features/double-financing/routes/signals-page.tsx'),
  'SignalsPage',
);
const signalRoute = page(
  'dubbele-financiering/signalen/$signalId',
  'wmo.signals',
  () => import('../features/double-financing/routes/signal-page.tsx'),
  'SignalPage',
);

const routeTree = rootRoute.addChildren([
  indexRoute,
  loginRoute,
  forgotPasswordRoute,
  resetPasswordRoute,
  twoFactorEnrolmentRoute,
  invitationRoute,
  questionnaireRoute,
  authenticatedRoute.addChildren([
    doubleFinancingRoute,
    wmoImportRoute,
    matchingScopeRoute,
    signalsRoute,
    signalRoute,
    participantsHomeRoute,
    participantsRoute,
    registerParticipantRoute,
    participantRoute,
    attendanceRoute,
    incomingReferralsRoute,
    provisionReportRoute,
    referralFinderRoute,
    referRoute,
    myReferralsRoute,
    municipalityReportRoute,
    roundsRoute,
    roundRoute,
    roundOverviewRoute,
    schemeRoute,
    ownOrganisationRoute,
    provisionsRoute,
    provisionRoute,
    applicationsRoute,
    applicationRoute,
    applicationCheckRoute,
    usersRoute,
    userEditRoute,
    organisationsRoute,
    organisationRoute,
    auditRoute,
    privacySettingsRoute,
    paymentAccountRoute,
    outboxRoute,
    assessmentsRoute,
    assessmentRoute,
    roundAssessmentRoute,
    chairRoute,
    rankingRoute,
    decisionsRoute,
    decisionRoute,
    completionRequestsRoute,
    objectionsRoute,
    grantsRoute,
    grantRoute,
    overdueReportsRoute,
    paymentRunsRoute,
    paymentRunRoute,
    settlementRoute,
    settlementsRoute,
    reclaimsRoute,
    financeOverviewRoute,
    rendementRoute,
    dashboardsRoute,
    councilReportRoute,
    neighbourhoodMapRoute,
    fundRoute,
    sifInitiativesRoute,
    sifNewInitiativeRoute,
    sifInitiativeRoute,
    notificationsRoute,
    accountRoute,
  ]),
]);

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Data comes from TanStack Query; the router need not cache it as well.
    defaultPreloadStaleTime: 0,
    defaultErrorComponent: RouteErrorPage,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
  interface HistoryState {
    /** A message for the page navigated to ("Uw aanvraag is ingediend"). */
    notice?: { type: 'ok' | 'warning'; message: string };
  }
}
