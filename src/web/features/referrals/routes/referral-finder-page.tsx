import { Page } from '../../../components/page.tsx';

export function ReferralFinderPage() {
  return <Page title="Verwijzen">{null}</Page>;
}
