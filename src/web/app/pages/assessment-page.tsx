import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError } from '../api-client.ts';
import { StatusMessage } from '../../components/alert.tsx';
import { formatMoment } from '../../components/format.ts';
import { Page } from '../../components/page.tsx';
import { LoadError, Loading } from '../../components/query-state.tsx';
import { ApplicationFacts } from '../../features/applications/components/application-facts.tsx';
import type { Application } from '../../../server/features/applications/applications.schemas.ts';
import type { JudgedCriterion } from '../../../domain/tender/categories.ts';
import { judgedCriteria } from '../../../domain/tender/scheme-definition.ts';
import { ApplicationSummary } from '../../features/applications/components/application-summary.tsx';
import { assessmentViewQueryOptions } from '../../features/assessment/api/assessment-api.ts';
import { AssessorScoreForm } from '../../features/assessment/components/assessor-score-form.tsx';
import { AutomaticTable } from '../../features/assessment/components/automatic-table.tsx';
import type { CriterionAnswer } from '../../features/assessment/components/score-fields.tsx';
import { ScoreTable } from '../../features/assessment/components/score-table.tsx';
import { assessmentTexts } from '../../features/assessment/texts.ts';

const texts = assessmentTexts.assess;

/** The application's answer per judged criterion, from the form it was made with. */
function answersOf(application: Application): Partial<Record<JudgedCriterion, CriterionAnswer>> {
  return Object.fromEntries(
    judgedCriteria(application.formDefinition, application.category).map((criterion) => [
      criterion.code,
      {
        label: criterion.label,
        explanation: criterion.explanation,
        text: application.content.texts[criterion.code] ?? '',
      },
    ]),
  );
}

/** One application for the assessor: read it, score it, submit; then see the others' scores. */
export function AssessmentPage() {
  const { applicationId } = useParams({ from: '/ingelogd/beoordelen/$applicationId' });
  const view = useQuery(assessmentViewQueryOptions(applicationId));
  const [submitted, setSubmitted] = useState(false);
  const data = view.data;
  const notFound = view.error instanceof ApiError && view.error.status === 404;
  const stillScoring = data?.others?.filter((other) => !other.submitted).length ?? 0;

  return (
    <Page
      title={data ? texts.title(data.application.reference ?? '') : texts.documentTitle}
      documentTitle={texts.documentTitle}
    >
      <p className="utrecht-paragraph">
        <Link to="/beoordelen" className="utrecht-link utrecht-link--html-a">
          {texts.back}
        </Link>
      </p>
      <StatusMessage>{submitted ? texts.submitted : null}</StatusMessage>
      {view.isPending ? <Loading /> : null}
      {notFound ? <p className="utrecht-paragraph">{texts.notFound}</p> : null}
      {view.isError && !notFound ? (
        <LoadError error={view.error} onRetry={() => void view.refetch()} />
      ) : null}
      {data ? (
        <>
          <ApplicationFacts application={data.application} />
          <section aria-labelledby="berekend-titel" className="sr-section">
            <h2 id="berekend-titel" className="utrecht-heading-2">
              {texts.automaticTitle}
            </h2>
            <p className="utrecht-paragraph">{texts.automaticIntro}</p>
            <AutomaticTable rows={data.automatic} />
          </section>
          <section
            aria-labelledby="eigen-scores-titel"
            className="sr-section sr-form-section sr-form-section--wide"
          >
            <h2 id="eigen-scores-titel" className="utrecht-heading-2">
              {texts.scoresTitle}
            </h2>
            {data.mine.submittedAt ? (
              <>
                <p className="utrecht-paragraph">
                  {texts.submittedAt(formatMoment(data.mine.submittedAt))}
                </p>
                <ScoreTable caption={texts.mineCaption} scores={data.mine.scores} />
              </>
            ) : (
              <>
                <p className="utrecht-paragraph">{texts.scoresIntro}</p>
                <AssessorScoreForm
                  key={data.application.id}
                  applicationId={data.application.id}
                  scores={data.mine.scores}
                  answers={answersOf(data.application)}
                  onSubmitted={() => setSubmitted(true)}
                />
              </>
            )}
          </section>
          {data.others ? (
            <section aria-labelledby="andere-scores-titel" className="sr-section">
              <h2 id="andere-scores-titel" className="utrecht-heading-2">
                {texts.othersTitle}
              </h2>
              {data.others.length === 0 ? (
                <p className="utrecht-paragraph">{texts.othersEmpty}</p>
              ) : null}
              {stillScoring > 0 ? (
                <p className="utrecht-paragraph">{texts.othersStillScoring(stillScoring)}</p>
              ) : null}
              {data.others.map((other, index) =>
                other.submitted ? (
                  <ScoreTable
                    key={`${other.assessorName}-${index}`}
                    caption={other.assessorName}
                    scores={other.scores}
                  />
                ) : (
                  <p className="utrecht-paragraph" key={`${other.assessorName}-${index}`}>
                    {other.assessorName}: {texts.stillScoring}
                  </p>
                ),
              )}
            </section>
          ) : null}
          <section aria-labelledby="aanvraag-titel" className="sr-section">
            <h2 id="aanvraag-titel" className="utrecht-heading-2">
              {texts.applicationTitle}
            </h2>
            <ApplicationSummary application={data.application} />
          </section>
        </>
      ) : null}
    </Page>
  );
}
