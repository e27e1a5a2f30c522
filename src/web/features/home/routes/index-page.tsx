import { useMe } from '../../../app/queries.ts';
import { HomePage } from './home-page.tsx';
import { LandingPage } from './landing-page.tsx';

/**
 * `/`: the public landing page, or the start page of whoever is logged in (a login that still
 * lacks its second step is not in yet).
 */
export function IndexPage() {
  const me = useMe();
  return me && !me.pendingStep ? <HomePage me={me} /> : <LandingPage />;
}
