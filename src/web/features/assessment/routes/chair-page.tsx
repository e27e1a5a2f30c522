import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import type { ScoreSheet } from '../../../../domain/tender/assessment.ts';
import { JUDGED_CRITERIA, type JudgedCriterion } from '../../../../domain/tender/categories.ts';
import { Alert } from '../../../components/alert.tsx';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { scoreOverviewQueryOptions } from '../api/assessment-api.ts';
import { AutomaticTable } from '../components/automatic-table.tsx';
import { ConditionsForm } from '../components/conditions-form.tsx';
import { FinalScoreForm } from '../components/final-score-form.tsx';
import { assessmentTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = assessmentTexts.chair;
const th = 'utrecht-table__header-cell';
const td = 'utrecht-table__cell';
const isJudged = (criterion: string): criterion is JudgedCriterion =>
  (JUDGED_CRITERIA as readonly string[]).includes(criterion);

/** The chair: general conditions, the assessors' scores side by side, the final scores. */
export function ChairPage() {
  const { roundId, applicationId } = useParams({
    from: '/ingelogd/rondes/$roundId/beoordeling/$applicationId',
  });
  const overview = useQuery(scoreOverviewQueryOptions(applicationId));
  const data = overview.data;

  const finals: ScoreSheet = {};
  const proposals: Partial<Record<JudgedCriterion, number | null>> = {};
  for (const row of data?.criteria ?? []) {
    if (!isJudged(row.criterion)) continue;
    if (row.final) finals[row.criterion] = row.final;
    proposals[row.criterion] = row.proposal;
  }
  const fixed = !!data && data.criteria.every((row) => row.final !== null);

  return (
    <Page
      title={data ? texts.title(data.reference) : texts.documentTitle}
      documentTitle={texts.documentTitle}
    >
      <p className="utrecht-paragraph">
        <Link
          to="/rondes/$roundId/beoordeling"
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
      {data ? (
        <>
          <section aria-labelledby="voorwaarden-titel" className="sr-section sr-form-section">
            <h2 id="voorwaarden-titel" className="utrecht-heading-2">
              {texts.conditionsTitle}
            </h2>
            <p className="utrecht-paragraph">{texts.conditionsIntro}</p>
            <ConditionsForm applicationId={applicationId} conditions={data.conditions} />
          </section>
          <section aria-labelledby="beoordelaars-titel" className="sr-section">
            <h2 id="beoordelaars-titel" className="utrecht-heading-2">
              {texts.scoresTitle}
            </h2>
            <p className="utrecht-paragraph">{texts.scoresIntro}</p>
            {data.allSubmitted ? null : (
              <Alert type="info">
                <p className="utrecht-paragraph">{texts.notAllSubmitted}</p>
              </Alert>
            )}
            {data.criteria.map((row) => (
              <div key={row.criterion} className="sr-form-part">
                <h3 className="utrecht-heading-3">{row.label}</h3>
                {row.divergent ? (
                  <Alert type="warning">
                    <p className="utrecht-paragraph">
                      <strong>{texts.divergent}</strong>. {texts.divergentHint}
                    </p>
                  </Alert>
                ) : null}
                <Table
                  caption={texts.criterionCaption(row.label)}
                  columns={[texts.assessor, texts.score, texts.motivation]}
                >
                  {row.assessors.map((a, index) => (
                    <tr className="utrecht-table__row" key={`${a.assessorName}-${index}`}>
                      <th scope="row" className={th}>
                        {a.assessorName}
                      </th>
                      <td className={td}>
                        {a.submitted && a.score !== null ? a.score : texts.notSubmitted}
                      </td>
                      <td className={`${td} sr-long-text`}>{a.submitted ? a.motivation : ''}</td>
                    </tr>
                  ))}
                  <tr className="utrecht-table__row">
                    <th scope="row" className={th}>
                      {texts.proposal}
                    </th>
                    <td className={td}>{row.proposal ?? texts.noProposal}</td>
                    <td className={td} />
                  </tr>
                  {row.final ? (
                    <tr className="utrecht-table__row">
                      <th scope="row" className={th}>
                        {texts.final}
                      </th>
                      <td className={td}>{row.final.score}</td>
                      <td className={`${td} sr-long-text`}>{row.final.motivation}</td>
                    </tr>
                  ) : null}
                </Table>
              </div>
            ))}
          </section>
          <section aria-labelledby="eindscores-titel" className="sr-section sr-form-section">
            <h2 id="eindscores-titel" className="utrecht-heading-2">
              {texts.finalTitle}
            </h2>
            <p className="utrecht-paragraph">{fixed ? texts.finalFixedNote : texts.finalIntro}</p>
            <FinalScoreForm
              key={data.allSubmitted ? 'compleet' : 'onvolledig'}
              applicationId={applicationId}
              finals={finals}
              proposals={proposals}
            />
          </section>
          <section aria-labelledby="berekend-titel" className="sr-section">
            <h2 id="berekend-titel" className="utrecht-heading-2">
              {texts.automaticTitle}
            </h2>
            <AutomaticTable rows={data.automatic} />
          </section>
        </>
      ) : null}
    </Page>
  );
}
