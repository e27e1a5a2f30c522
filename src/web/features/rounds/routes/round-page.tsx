import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../../../app/api-client.ts';
import { StatusMessage } from '../../../components/alert.tsx';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { roundQueryOptions, schemesQueryOptions, useUpdateRound } from '../api/rounds-api.ts';
import { CeilingsForm } from '../components/ceilings-form.tsx';
import { OpenRound } from '../components/open-round.tsx';
import { RoundFacts } from '../components/round-facts.tsx';
import { RoundForm } from '../components/round-form.tsx';
import { roundsTexts } from '../texts.ts';
import { RoundSteps } from '../../../components/round-steps.tsx';

const texts = roundsTexts.round;

export function RoundPage() {
  const { roundId } = useParams({ from: '/ingelogd/rondes/$roundId' });
  const round = useQuery(roundQueryOptions(roundId));
  const schemes = useQuery(schemesQueryOptions);
  const updateRound = useUpdateRound(roundId);
  const queryClient = useQueryClient();
  const [opened, setOpened] = useState(false);
  const notFound = round.error instanceof ApiError && round.error.status === 404;
  const data = round.data;

  return (
    <Page title={data?.name ?? roundsTexts.list.title}>
      <p className="utrecht-paragraph">
        <Link to="/rondes" className="utrecht-link utrecht-link--html-a">
          {texts.back}
        </Link>
      </p>
      {round.isPending ? <Loading /> : null}
      {notFound ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
      {round.isError && !notFound ? (
        <LoadError error={round.error} onRetry={() => void round.refetch()} />
      ) : null}
      <StatusMessage>{opened ? roundsTexts.open.opened : null}</StatusMessage>
      {data ? (
        <>
          <RoundSteps round={data} />
          <RoundFacts round={data} />
          {data.status !== 'preparation' ? (
            <p className="utrecht-paragraph">
              <Link
                to="/rondes/$roundId/overzicht"
                params={{ roundId: data.id }}
                className="utrecht-link utrecht-link--html-a"
              >
                {texts.overviewLink}
              </Link>
            </p>
          ) : null}
          {data.status !== 'preparation' ? (
            <ul className="utrecht-unordered-list">
              <li className="utrecht-unordered-list__item">
                <Link
                  to="/rondes/$roundId/beoordeling"
                  params={{ roundId: data.id }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {texts.assessmentLink}
                </Link>
              </li>
              <li className="utrecht-unordered-list__item">
                <Link
                  to="/rondes/$roundId/rangschikking"
                  params={{ roundId: data.id }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {texts.rankingLink}
                </Link>
              </li>
              <li className="utrecht-unordered-list__item">
                <Link
                  to="/rondes/$roundId/beschikkingen"
                  params={{ roundId: data.id }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {texts.decisionsLink}
                </Link>
              </li>
            </ul>
          ) : null}
          {data.status === 'preparation' ? (
            <>
              <section
                aria-labelledby="ronde-wijzigen-titel"
                className="sr-section sr-form-section"
              >
                <h2 id="ronde-wijzigen-titel" className="utrecht-heading-2">
                  {texts.editTitle}
                </h2>
                <p className="utrecht-paragraph">{texts.editIntro}</p>
                {schemes.isError ? (
                  <LoadError error={schemes.error} onRetry={() => void schemes.refetch()} />
                ) : null}
                {schemes.data ? (
                  <RoundForm
                    key={data.id}
                    id="ronde"
                    round={data}
                    schemes={schemes.data}
                    submitLabel={texts.save}
                    onSave={async (values) => {
                      await updateRound.mutateAsync(values);
                      return texts.saved;
                    }}
                  />
                ) : (
                  <Loading />
                )}
              </section>
              <section aria-labelledby="ronde-openen-titel" className="sr-section sr-form-section">
                <h2 id="ronde-openen-titel" className="utrecht-heading-2">
                  {roundsTexts.open.title}
                </h2>
                <OpenRound
                  round={data}
                  onOpened={() => {
                    setOpened(true);
                    void queryClient.invalidateQueries({ queryKey: ['rounds'] });
                  }}
                />
              </section>
            </>
          ) : (
            <section aria-labelledby="plafonds-titel" className="sr-section sr-form-section">
              <h2 id="plafonds-titel" className="utrecht-heading-2">
                {roundsTexts.ceilings.title}
              </h2>
              <p className="utrecht-paragraph">{roundsTexts.ceilings.intro}</p>
              <p className="utrecht-paragraph" id="plafonds-regel">
                {roundsTexts.ceilings.onlyRaise}
              </p>
              <CeilingsForm key={data.id} round={data} />
            </section>
          )}
        </>
      ) : null}
    </Page>
  );
}
