import { Page } from '../../../components/page.tsx';

export function ParticipantsHomePage() {
  return <Page title="Deelnemers">{null}</Page>;
}
