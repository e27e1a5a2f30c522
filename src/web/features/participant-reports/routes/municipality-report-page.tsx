import { Page } from '../../../components/page.tsx';

export function MunicipalityReportPage() {
  return <Page title="Rapportage deelnemers">{null}</Page>;
}
