import { Page } from '../../../components/page.tsx';

export function IncomingReferralsPage() {
  return <Page title="Verwijzingen">{null}</Page>;
}
