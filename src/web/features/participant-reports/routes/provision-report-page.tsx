import { Page } from '../../../components/page.tsx';

export function ProvisionReportPage() {
  return <Page title="Rapportage">{null}</Page>;
}
