import { Page } from '../../../components/page.tsx';

export function ParticipantsPage() {
  return <Page title="Deelnemers">{null}</Page>;
}
