import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { CATEGORY_CODES } from '../../../../domain/tender/categories.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { roundAssessmentQueryOptions, roundQueryOptions } from '../../../app/shared-queries.ts';
import { RoundSteps } from '../../../components/round-steps.tsx';
import { rankingExportUrl, scoresExportUrl } from '../api/ranking-api.ts';
import { CategoryRanking } from '../components/category-ranking.tsx';
import { rankingTexts as texts } from '../texts.ts';

/** Per category of the round: simulate, fix, revise; and download the result. */
export function RankingPage() {
  const { roundId } = useParams({ from: '/ingelogd/rondes/$roundId/rangschikking' });
  const round = useQuery(roundQueryOptions(roundId));
  const assessment = useQuery(roundAssessmentQueryOptions(roundId));
  // A category with only late applications is ranked too: the ranking gives them their outcome.
  const categories = CATEGORY_CODES.filter((c) =>
    ['in_assessment', 'ranked', 'decided'].includes(round.data?.categoryPhases[c] ?? ''),
  );
  const data = round.data;

  return (
    <Page
      title={data ? texts.title(data.name) : texts.documentTitle}
      documentTitle={texts.documentTitle}
    >
      <p className="utrecht-paragraph">
        <Link
          to="/rondes/$roundId"
          params={{ roundId }}
          className="utrecht-link utrecht-link--html-a"
        >
          {texts.back}
        </Link>
      </p>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {round.data ? <RoundSteps round={round.data} /> : null}
      {round.isPending || assessment.isPending ? <Loading /> : null}
      {round.isError ? (
        <LoadError error={round.error} onRetry={() => void round.refetch()} />
      ) : null}
      {assessment.isError ? (
        <LoadError error={assessment.error} onRetry={() => void assessment.refetch()} />
      ) : null}
      {data && assessment.data ? (
        <>
          {categories.length === 0 ? <p className="utrecht-paragraph">{texts.empty}</p> : null}
          {categories.map((category) => (
            <CategoryRanking
              key={category}
              roundId={roundId}
              category={category}
              ceilingCents={data.ceilings[category]}
              partialGrant={data.partialGrant}
            />
          ))}
          <section aria-labelledby="downloaden-titel" className="sr-section">
            <h2 id="downloaden-titel" className="utrecht-heading-2">
              {texts.exportsTitle}
            </h2>
            <p className="utrecht-paragraph">{texts.exportsIntro}</p>
            <ul className="utrecht-unordered-list">
              <li className="utrecht-unordered-list__item">
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={rankingExportUrl(roundId, 'xlsx')}
                  download
                >
                  {texts.exportXlsx}
                </a>
              </li>
              <li className="utrecht-unordered-list__item">
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={rankingExportUrl(roundId, 'pdf')}
                  download
                >
                  {texts.exportPdf}
                </a>
              </li>
              <li className="utrecht-unordered-list__item">
                <a
                  className="utrecht-link utrecht-link--html-a"
                  href={scoresExportUrl(roundId)}
                  download
                >
                  {texts.exportScores}
                </a>
              </li>
            </ul>
          </section>
          <p className="utrecht-paragraph">
            <Link
              to="/rondes/$roundId/beschikkingen"
              params={{ roundId }}
              className="utrecht-link utrecht-link--html-a"
            >
              {texts.decisionsLink}
            </Link>
          </p>
        </>
      ) : null}
    </Page>
  );
}
