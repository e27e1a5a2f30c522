import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import { formatMoment } from '../../../components/format.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { roundQueryOptions } from '../../../app/shared-queries.ts';
import { roundAssessmentQueryOptions } from '../api/assessment-api.ts';
import { AssignForm } from '../components/assign-form.tsx';
import { BulkAssignForm } from '../components/bulk-assign-form.tsx';
import { assessmentTexts } from '../texts.ts';
import { RoundSteps } from '../../../components/round-steps.tsx';
import { Table } from '../../../components/table.tsx';

const texts = assessmentTexts.round;
const th = 'utrecht-table__header-cell';
const td = 'utrecht-table__cell';

/** The policy officer's view of the assessment of a round. */
export function RoundAssessmentPage() {
  const { roundId } = useParams({ from: '/ingelogd/rondes/$roundId/beoordeling' });
  const round = useQuery(roundQueryOptions(roundId));
  const assessment = useQuery(roundAssessmentQueryOptions(roundId));
  const data = assessment.data;

  return (
    <Page
      title={round.data ? texts.title(round.data.name) : texts.documentTitle}
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
      {assessment.isPending ? <Loading /> : null}
      {assessment.isError ? (
        <LoadError error={assessment.error} onRetry={() => void assessment.refetch()} />
      ) : null}
      {data ? (
        <>
          {data.applications.length === 0 ? (
            <p className="utrecht-paragraph">{texts.empty}</p>
          ) : (
            <Table
              caption={texts.caption}
              columns={[
                texts.columns.reference,
                texts.columns.category,
                texts.columns.organisation,
                texts.columns.assessors,
                texts.columns.conditions,
                texts.columns.final,
              ]}
            >
              {data.applications.map((app) => (
                <tr className="utrecht-table__row" key={app.applicationId}>
                  <th scope="row" className={th}>
                    <Link
                      to="/rondes/$roundId/beoordeling/$applicationId"
                      params={{ roundId, applicationId: app.applicationId }}
                      className="utrecht-link utrecht-link--html-a"
                      aria-label={texts.chairLink(app.reference)}
                    >
                      {app.reference}
                    </Link>
                  </th>
                  <td className={td}>{CATEGORY_LABELS[app.category]}</td>
                  <td className={td}>{app.organisationName}</td>
                  <td className={td}>
                    {app.assessors.length === 0 ? (
                      texts.none
                    ) : (
                      <ul className="utrecht-unordered-list sr-block-list">
                        {app.assessors.map((a) => (
                          <li className="utrecht-unordered-list__item" key={a.id}>
                            {a.name}{' '}
                            {a.submitted ? (
                              <>
                                <span aria-hidden="true">{texts.submittedMark}</span>
                                <span className="sr-visually-hidden">({texts.submittedLabel})</span>
                              </>
                            ) : (
                              <span className="sr-muted">({texts.notSubmittedLabel})</span>
                            )}
                          </li>
                        ))}
                      </ul>
                    )}
                  </td>
                  <td className={td}>
                    {app.conditionsMet === null
                      ? texts.conditionsOpen
                      : app.conditionsMet
                        ? texts.conditionsMet
                        : texts.conditionsNotMet}
                  </td>
                  <td className={td}>
                    {app.finalScoresFixed ? texts.finalFixed : texts.finalOpen}
                  </td>
                </tr>
              ))}
            </Table>
          )}
          <section aria-labelledby="meerdere-toewijzen-titel" className="sr-section">
            <h2 id="meerdere-toewijzen-titel" className="utrecht-heading-2">
              {texts.bulk.title}
            </h2>
            <p className="utrecht-paragraph">{texts.bulk.intro}</p>
            <BulkAssignForm
              roundId={roundId}
              applications={data.applications.filter((a) => a.status === 'submitted')}
              assessors={data.assessors}
            />
          </section>
          <section aria-labelledby="toewijzen-titel" className="sr-section">
            <h2 id="toewijzen-titel" className="utrecht-heading-2">
              {texts.assignTitle}
            </h2>
            <p className="utrecht-paragraph">{texts.assignExclusionRule}</p>
            {data.applications.map((app) => (
              <section
                key={app.applicationId}
                aria-labelledby={`toewijzen-${app.applicationId}-titel`}
                className="sr-form-section"
              >
                <h3 id={`toewijzen-${app.applicationId}-titel`} className="utrecht-heading-3">
                  {app.reference} · {app.organisationName}
                </h3>
                <AssignForm
                  roundId={roundId}
                  applicationId={app.applicationId}
                  reference={app.reference}
                  assessors={data.assessors.filter((a) => !app.excludedAssessorIds.includes(a.id))}
                  assigned={app.assessors.map((a) => a.id)}
                />
              </section>
            ))}
          </section>
          <section aria-labelledby="belangen-titel" className="sr-section">
            <h2 id="belangen-titel" className="utrecht-heading-2">
              {texts.conflictsTitle}
            </h2>
            {data.conflicts.length === 0 ? (
              <p className="utrecht-paragraph">{texts.conflictsEmpty}</p>
            ) : (
              <Table
                caption={texts.conflictsCaption}
                columns={[
                  texts.conflictColumns.assessor,
                  texts.conflictColumns.organisation,
                  texts.conflictColumns.reason,
                  texts.conflictColumns.declaredAt,
                ]}
              >
                {data.conflicts.map((c) => (
                  <tr className="utrecht-table__row" key={`${c.assessorId}-${c.organisationId}`}>
                    <td className={td}>{c.assessorName}</td>
                    <td className={td}>{c.organisationName}</td>
                    <td className={td}>{c.reason}</td>
                    <td className={td}>{formatMoment(c.declaredAt)}</td>
                  </tr>
                ))}
              </Table>
            )}
          </section>
          <p className="utrecht-paragraph">
            <Link
              to="/rondes/$roundId/rangschikking"
              params={{ roundId }}
              className="utrecht-link utrecht-link--html-a"
            >
              {texts.ranking}
            </Link>
          </p>
        </>
      ) : null}
    </Page>
  );
}
