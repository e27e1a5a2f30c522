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
import type { Role } from '../../domain/roles.ts';
import { LoginPage } from '../features/auth/routes/login-page.tsx';
import { validateAuditSearch } from '../features/audit/audit-search.ts';
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
}

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'inloggen',
  validateSearch: (search: Record<string, unknown>): LoginSearch =>
    search['uitgelogd'] === true || search['uitgelogd'] === 'true' ? { uitgelogd: true } : {},
  beforeLoad: async ({ context }) => {
    if (await context.queryClient.ensureQueryData(meQueryOptions)) {
      // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirects are thrown by design
      throw redirect({ to: '/' });
    }
  },
  component: function LoginRoute() {
    const { uitgelogd } = loginRoute.useSearch();
    return <LoginPage loggedOut={uitgelogd === true} />;
  },
});

/** Everything below needs a logged-in person. */
const authenticatedRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'ingelogd',
  beforeLoad: async ({ context }) => {
    const me = await context.queryClient.ensureQueryData(meQueryOptions);
    // eslint-disable-next-line @typescript-eslint/only-throw-error -- the router's redirects are thrown by design
    if (!me) throw redirect({ to: '/inloggen' });
  },
  component: AuthenticatedLayout,
});

/**
 * The page is for these roles only; others see "no access". The page's code is loaded before
 * the route shows (the router calls `preload`), so focus and title work as for other pages.
 */
function forRoles<K extends string>(
  roles: readonly Role[],
  importer: () => Promise<Record<K, (props: object) => ReactNode>>,
  exportName: K,
) {
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

const usersRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/gebruikers',
  component: forRoles(
    ['admin'],
    () => import('../features/users/routes/users-page.tsx'),
    'UsersPage',
  ),
});

const userEditRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/gebruikers/$userId',
  component: forRoles(
    ['admin'],
    () => import('../features/users/routes/user-edit-page.tsx'),
    'UserEditPage',
  ),
});

const organisationsRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/organisaties',
  component: forRoles(
    ['admin', 'policy_officer'],
    () => import('../features/organisations/routes/organisations-page.tsx'),
    'OrganisationsPage',
  ),
});

const organisationRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/organisaties/$organisationId',
  component: forRoles(
    ['admin', 'policy_officer'],
    () => import('../features/organisations/routes/organisation-page.tsx'),
    'OrganisationPage',
  ),
});

const auditRoute = createRoute({
  getParentRoute: () => authenticatedRoute,
  path: 'beheer/audit',
  validateSearch: validateAuditSearch,
  component: forRoles(
    ['admin'],
    () => import('../features/audit/routes/audit-page.tsx'),
    'AuditPage',
  ),
});

const routeTree = rootRoute.addChildren([
  indexRoute,
  loginRoute,
  authenticatedRoute.addChildren([
    usersRoute,
    userEditRoute,
    organisationsRoute,
    organisationRoute,
    auditRoute,
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
}
