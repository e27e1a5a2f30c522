import { Page } from '../../../components/page.tsx';

export function QuestionnairePage() {
  return <Page title="Vragenlijst">{null}</Page>;
}
