import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { lazy, Suspense, useMemo } from 'react';
import { applicationListQueryOptions } from '../../../app/shared-queries.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { overviewQueryOptions } from '../api/rounds-api.ts';
import { OverviewApplications } from '../components/overview-applications.tsx';
import { OverviewFilterForm } from '../components/overview-filter-form.tsx';
import { OverviewTable } from '../components/overview-table.tsx';
import { overviewFilter } from '../overview-search.ts';
import { roundsTexts } from '../texts.ts';
import { RoundSteps } from '../../../components/round-steps.tsx';
import { CeilingUseTable } from '../components/ceiling-use-table.tsx';

const texts = roundsTexts.overview;

// The chart library is loaded after the numbers are on screen, and only on this page.
const OverviewChart = lazy(() =>
  import('../components/overview-chart.tsx').then((m) => ({ default: m.OverviewChart })),
);

export function RoundOverviewPage() {
  const { roundId } = useParams({ from: '/ingelogd/rondes/$roundId/overzicht' });
  const search = useSearch({ from: '/ingelogd/rondes/$roundId/overzicht' });
  const filter = useMemo(() => overviewFilter(search), [search]);
  const overview = useQuery(overviewQueryOptions(roundId));
  const applications = useQuery({
    ...applicationListQueryOptions({ roundId, ...filter }),
    placeholderData: keepPreviousData,
  });
  const round = overview.data?.round;
  const exportUrl = (format: 'xlsx' | 'csv' | 'rfc4180') =>
    `/api/rounds/${encodeURIComponent(roundId)}/export?format=${format}`;

  return (
    <Page
      title={round ? texts.title(round.name) : texts.documentTitle}
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
      {overview.isPending ? <Loading /> : null}
      {overview.isError ? (
        <LoadError error={overview.error} onRetry={() => void overview.refetch()} />
      ) : null}
      {overview.data ? (
        <>
          <p className="utrecht-paragraph">{texts.intro(overview.data.round.deadlineDisplay)}</p>
          <RoundSteps round={overview.data.round} />
          <section aria-labelledby="categorieen-titel" className="sr-section">
            <h2 id="categorieen-titel" className="utrecht-heading-2">
              {texts.categoriesTitle}
            </h2>
            <div className="sr-overview">
              <OverviewTable overview={overview.data} />
              <figure className="sr-figure">
                <figcaption className="sr-figure__caption">{texts.chartTitle}</figcaption>
                <Suspense fallback={<p className="utrecht-paragraph">{texts.chartLoading}</p>}>
                  <OverviewChart overview={overview.data} />
                </Suspense>
              </figure>
            </div>
          </section>
          <section aria-labelledby="plafondgebruik-titel" className="sr-section">
            <h2 id="plafondgebruik-titel" className="utrecht-heading-2">
              {texts.ceilingUseTitle}
            </h2>
            <p className="utrecht-paragraph">{texts.ceilingUseIntro}</p>
            <CeilingUseTable overview={overview.data} />
          </section>
        </>
      ) : null}

      <section
        aria-labelledby="aanvragen-titel"
        className="sr-section"
        aria-busy={applications.isFetching || undefined}
      >
        <h2 id="aanvragen-titel" className="utrecht-heading-2">
          {texts.applicationsTitle}
        </h2>
        <OverviewFilterForm roundId={roundId} filter={filter} />
        {applications.isPending ? <Loading /> : null}
        {applications.isError ? (
          <LoadError error={applications.error} onRetry={() => void applications.refetch()} />
        ) : null}
        {applications.data ? <OverviewApplications applications={applications.data} /> : null}
      </section>

      <section aria-labelledby="downloaden-titel" className="sr-section">
        <h2 id="downloaden-titel" className="utrecht-heading-2">
          {texts.downloadsTitle}
        </h2>
        <p className="utrecht-paragraph">{texts.downloadsIntro}</p>
        <div className="sr-actions">
          <a
            href={exportUrl('xlsx')}
            download
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          >
            {texts.xlsx}
          </a>
          <a
            href={exportUrl('csv')}
            download
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          >
            {texts.csv}
          </a>
          <a
            href={exportUrl('rfc4180')}
            download
            className="utrecht-button-link utrecht-button-link--html-a utrecht-button-link--secondary-action"
          >
            {texts.csvRfc4180}
          </a>
        </div>
        <p className="utrecht-paragraph">{texts.csvExplanation}</p>
      </section>
    </Page>
  );
}
