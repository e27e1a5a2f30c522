import { useNavigate } from '@tanstack/react-router';
import { Page } from '../../../components/page.tsx';
import { NewInitiativeForm } from '../components/new-initiative-form.tsx';
import { sifTexts as texts } from '../texts.ts';

/** An organisation submits an initiative to the fund, without a round. */
export function NewInitiativePage() {
  const navigate = useNavigate();
  return (
    <Page title={texts.form.title} documentTitle={texts.form.title}>
      <NewInitiativeForm
        onSubmitted={(result) =>
          void navigate({ to: '/sif/$applicationId', params: { applicationId: result.id } })
        }
      />
    </Page>
  );
}
