import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import { formatMoment } from '../../../components/format.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { assignmentsQueryOptions } from '../api/assessment-api.ts';
import { ConflictForm } from '../components/conflict-form.tsx';
import { assessmentTexts } from '../texts.ts';
import { Table } from '../../../components/table.tsx';

const texts = assessmentTexts.assignments;

/** The assessor's start: the applications assigned to them, and declaring an interest. */
export function AssessmentsPage() {
  const assignments = useQuery(assignmentsQueryOptions);
  const items = assignments.data ?? [];

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {assignments.isPending ? <Loading /> : null}
      {assignments.isError ? (
        <LoadError error={assignments.error} onRetry={() => void assignments.refetch()} />
      ) : null}
      {assignments.data && items.length === 0 ? (
        <p className="utrecht-paragraph">{texts.empty}</p>
      ) : null}
      {items.length > 0 ? (
        <Table
          caption={texts.caption(items.length)}
          columns={[
            texts.columns.reference,
            texts.columns.organisation,
            texts.columns.provision,
            texts.columns.category,
            texts.columns.round,
            texts.columns.status,
          ]}
        >
          {items.map((item) => (
            <tr className="utrecht-table__row" key={item.applicationId}>
              <th scope="row" className="utrecht-table__header-cell">
                <Link
                  to="/beoordelen/$applicationId"
                  params={{ applicationId: item.applicationId }}
                  className="utrecht-link utrecht-link--html-a"
                  aria-label={texts.link(item.reference)}
                >
                  {item.reference}
                </Link>
              </th>
              <td className="utrecht-table__cell">{item.organisationName}</td>
              <td className="utrecht-table__cell">{item.provisionName}</td>
              <td className="utrecht-table__cell">{CATEGORY_LABELS[item.category]}</td>
              <td className="utrecht-table__cell">{item.roundName}</td>
              <td className="utrecht-table__cell">
                {item.submittedAt ? formatMoment(item.submittedAt) : ''}
              </td>
            </tr>
          ))}
        </Table>
      ) : null}
      <section aria-labelledby="belang-titel" className="sr-section sr-form-section">
        <h2 id="belang-titel" className="utrecht-heading-2">
          {assessmentTexts.conflict.title}
        </h2>
        <p className="utrecht-paragraph">{assessmentTexts.conflict.intro}</p>
        <ConflictForm
          options={items.map((item) => ({
            applicationId: item.applicationId,
            label: `${item.organisationName} (${item.reference})`,
          }))}
        />
      </section>
    </Page>
  );
}
