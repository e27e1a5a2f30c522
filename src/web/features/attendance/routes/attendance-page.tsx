import { Page } from '../../../components/page.tsx';

export function AttendancePage() {
  return <Page title="Aanwezigheid">{null}</Page>;
}
