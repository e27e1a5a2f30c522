import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { rolesFor } from '../../../../domain/access-table.ts';
import { formatDay } from '../../../../domain/dates.ts';
import type { InitiativeSummary } from '../../../../server/features/sif-initiatives/sif-initiatives.schemas.ts';
import { hasAnyRole, useMe } from '../../../app/queries.ts';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { initiativeListQueryOptions } from '../api/sif-api.ts';
import { sifTexts as texts } from '../texts.ts';

export function stateOf(i: InitiativeSummary): string {
  if (i.outcome) return texts.outcomes[i.outcome];
  const state = texts.state.assessments(i.assessmentsSubmitted);
  return i.assessedByYou ? `${state}; ${texts.state.yours}` : state;
}

/** The fund's initiatives: undecided first, the nearest decision term first (docs/rules/sif-initiatives.md). */
export function InitiativesPage() {
  const list = useQuery(initiativeListQueryOptions);
  const me = useMe();
  const maySubmit = hasAnyRole(me, rolesFor('sif.submit'));
  const c = texts.columns;
  return (
    <Page title={texts.title} documentTitle={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      {maySubmit ? (
        <p className="utrecht-paragraph">
          <Link to="/sif/nieuw" className="utrecht-link">
            {texts.newLink}
          </Link>
        </p>
      ) : null}
      {list.isPending ? <Loading /> : null}
      {list.isError ? <LoadError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && list.data.items.length === 0 ? (
        <p className="utrecht-paragraph">{texts.empty}</p>
      ) : null}
      {list.data && list.data.items.length > 0 ? (
        <Table
          caption={texts.listCaption}
          columns={[
            c.reference,
            c.title,
            c.organisation,
            { label: c.requested, numeric: true },
            c.term,
            c.state,
          ]}
        >
          {list.data.items.map((i) => (
            <tr key={i.id} className="utrecht-table__row">
              <td className={cell.data}>{i.reference}</td>
              <td className={cell.data}>
                <Link
                  to="/sif/$applicationId"
                  params={{ applicationId: i.id }}
                  className="utrecht-link"
                >
                  {i.title}
                </Link>
              </td>
              <td className={cell.data}>{i.organisationName}</td>
              <td className={cell.number}>{formatEuro(i.requestedCents)}</td>
              <td className={cell.data}>
                {i.status === 'decided'
                  ? formatDay(i.decisionDueDay)
                  : texts.term(formatDay(i.decisionDueDay), i.daysLeft)}
                {i.nearingTerm ? (
                  <>
                    {' '}
                    <strong className="sr-badge sr-badge--late">{texts.nearing}</strong>
                  </>
                ) : null}
              </td>
              <td className={cell.data}>{stateOf(i)}</td>
            </tr>
          ))}
        </Table>
      ) : null}
      <section aria-labelledby="sif-regels-titel" className="sr-section">
        <h2 id="sif-regels-titel" className="utrecht-heading-2">
          {texts.rules.title}
        </h2>
        <ul className="utrecht-unordered-list">
          {texts.rules.items.map((item) => (
            <li key={item} className="utrecht-unordered-list__item">
              {item}
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}
