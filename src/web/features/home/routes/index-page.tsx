import { useMe } from '../../../app/queries.ts';
import { HomePage } from './home-page.tsx';
import { LandingPage } from './landing-page.tsx';

/** `/`: the public landing page, or the start page of whoever is logged in. */
export function IndexPage() {
  const me = useMe();
  return me ? <HomePage me={me} /> : <LandingPage />;
}
