import { Page } from '../../../components/page.tsx';

export function MyReferralsPage() {
  return <Page title="Mijn verwijzingen">{null}</Page>;
}
