import { Page } from '../../../components/page.tsx';

export function ParticipantPage() {
  return <Page title="Deelnemer">{null}</Page>;
}
