import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { formatDay } from '../../../../domain/dates.ts';
import {
  GRANT_CATEGORY_CODES,
  GRANT_CATEGORY_LABELS,
  type GrantCategory,
} from '../../../../domain/tender/categories.ts';
import { hasAnyRole, useMe } from '../../../app/queries.ts';
import { roundListQueryOptions } from '../../../app/shared-queries.ts';
import { formatEuro } from '../../../components/money.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import { Table, cell } from '../../../components/table.tsx';
import { grantListQueryOptions } from '../api/grants-api.ts';
import { PendingChangesList } from '../components/grant-changes.tsx';
import { grantsTexts } from '../texts.ts';

const texts = grantsTexts.list;

/** The grants: the organisation's own ("Mijn subsidies"), or all for the municipality. */
export function GrantsPage() {
  const me = useMe();
  const municipal = hasAnyRole(me, ['policy_officer', 'finance']);
  const [roundId, setRoundId] = useState('');
  const [category, setCategory] = useState<GrantCategory | ''>('');
  const rounds = useQuery({ ...roundListQueryOptions, enabled: municipal });
  const grants = useQuery(
    grantListQueryOptions({ roundId: roundId || undefined, category: category || undefined }),
  );
  const items = grants.data ?? [];
  const title = municipal ? texts.title : texts.titleOwn;
  return (
    <Page title={title} documentTitle={title}>
      <p className="utrecht-paragraph">{municipal ? texts.intro : texts.introOwn}</p>
      {hasAnyRole(me, ['policy_officer']) ? <PendingChangesList /> : null}
      {hasAnyRole(me, ['policy_officer']) ? (
        <p className="utrecht-paragraph">
          <Link to="/verantwoordingen/te-laat" className="utrecht-link utrecht-link--html-a">
            {grantsTexts.overdue.link}
          </Link>
        </p>
      ) : null}
      {municipal ? (
        <div className="sr-filters">
          <SelectField
            id="subsidies-ronde"
            label={texts.round}
            value={roundId}
            onChange={(event) => setRoundId(event.target.value)}
            options={[
              { value: '', label: texts.allRounds },
              ...(rounds.data ?? []).map((r) => ({ value: r.id, label: r.name })),
            ]}
          />
          <SelectField
            id="subsidies-categorie"
            label={texts.category}
            value={category}
            onChange={(event) => setCategory(event.target.value as GrantCategory | '')}
            options={[
              { value: '', label: texts.allCategories },
              ...GRANT_CATEGORY_CODES.map((c) => ({ value: c, label: GRANT_CATEGORY_LABELS[c] })),
            ]}
          />
        </div>
      ) : null}
      {grants.isPending ? <Loading /> : null}
      {grants.isError ? (
        <LoadError error={grants.error} onRetry={() => void grants.refetch()} />
      ) : null}
      {grants.isSuccess && items.length === 0 ? (
        <p className="utrecht-paragraph">{texts.empty}</p>
      ) : null}
      {items.length > 0 ? (
        <Table
          id="subsidies"
          caption={texts.caption(items.length)}
          columns={[
            texts.columns.reference,
            texts.columns.organisation,
            texts.columns.provision,
            texts.columns.category,
            texts.columns.period,
            { label: texts.columns.granted, numeric: true },
            { label: texts.columns.paid, numeric: true },
            texts.columns.status,
          ]}
        >
          {items.map((g) => (
            <tr className="utrecht-table__row" key={g.id}>
              <td className={cell.data}>
                <Link
                  to="/subsidies/$grantId"
                  params={{ grantId: g.id }}
                  className="utrecht-link utrecht-link--html-a"
                >
                  {g.reference}
                </Link>
              </td>
              <td className={cell.data}>{g.organisationName}</td>
              <td className={cell.data}>{g.provisionName}</td>
              <td className={cell.data}>{GRANT_CATEGORY_LABELS[g.category]}</td>
              <td className={cell.data}>
                {formatDay(g.periodStart)} – {formatDay(g.periodEnd)}
              </td>
              <td className={cell.number}>{formatEuro(g.grantedCents)}</td>
              <td className={cell.number}>{formatEuro(g.paidCents)}</td>
              <td className={cell.data}>{grantsTexts.statuses[g.status]}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </Page>
  );
}
