import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { roundListQueryOptions } from '../../../app/shared-queries.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { schemesQueryOptions, useCreateRound } from '../api/rounds-api.ts';
import { RoundForm } from '../components/round-form.tsx';
import { RoundTable } from '../components/round-table.tsx';
import { roundsTexts } from '../texts.ts';

export function RoundsPage() {
  const rounds = useQuery(roundListQueryOptions);
  const schemes = useQuery(schemesQueryOptions);
  const createRound = useCreateRound();
  const navigate = useNavigate();

  return (
    <Page title={roundsTexts.list.title}>
      <p className="utrecht-paragraph">{roundsTexts.list.intro}</p>
      {rounds.isPending ? <Loading /> : null}
      {rounds.isError ? (
        <LoadError error={rounds.error} onRetry={() => void rounds.refetch()} />
      ) : null}
      {rounds.data ? <RoundTable rounds={rounds.data} /> : null}

      <section aria-labelledby="nieuwe-ronde-titel" className="sr-section sr-form-section">
        <h2 id="nieuwe-ronde-titel" className="utrecht-heading-2">
          {roundsTexts.create.title}
        </h2>
        <p className="utrecht-paragraph">{roundsTexts.create.intro}</p>
        {schemes.isPending ? <Loading /> : null}
        {schemes.isError ? (
          <LoadError error={schemes.error} onRetry={() => void schemes.refetch()} />
        ) : null}
        {schemes.data && schemes.data.length === 0 ? (
          <p className="utrecht-paragraph">{roundsTexts.create.noScheme}</p>
        ) : null}
        {schemes.data && schemes.data.length > 0 ? (
          <RoundForm
            id="nieuwe-ronde"
            schemes={schemes.data}
            submitLabel={roundsTexts.create.submit}
            onSave={async (values) => {
              const round = await createRound.mutateAsync(values);
              await navigate({ to: '/rondes/$roundId', params: { roundId: round.id } });
              return null;
            }}
          />
        ) : null}
      </section>
    </Page>
  );
}
