import { Page } from '../../../components/page.tsx';

export function RegisterParticipantPage() {
  return <Page title="Deelnemer inschrijven">{null}</Page>;
}
