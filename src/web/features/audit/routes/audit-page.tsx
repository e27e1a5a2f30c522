import { useQuery } from '@tanstack/react-query';
import { useSearch } from '@tanstack/react-router';
import { useMemo } from 'react';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { auditQueryOptions } from '../api/audit-api.ts';
import { cleanAuditSearch } from '../audit-search.ts';
import { AuditFilterForm } from '../components/audit-filter-form.tsx';
import { AuditTable } from '../components/audit-table.tsx';
import { AuditPagination } from '../components/pagination.tsx';
import { auditTexts } from '../texts.ts';

export function AuditPage() {
  const fromUrl = useSearch({ from: '/ingelogd/beheer/audit' });
  const search = useMemo(() => cleanAuditSearch(fromUrl), [fromUrl]);
  const audit = useQuery(auditQueryOptions(search));
  const data = audit.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;

  return (
    <Page title={auditTexts.title}>
      <p className="utrecht-paragraph">{auditTexts.intro}</p>
      <section aria-labelledby="audit-filter-titel" className="sr-section">
        <h2 id="audit-filter-titel" className="utrecht-heading-2">
          {auditTexts.filters.title}
        </h2>
        <AuditFilterForm search={search} />
      </section>
      <section
        aria-labelledby="audit-resultaten-titel"
        className="sr-section"
        aria-busy={audit.isFetching || undefined}
      >
        <h2 id="audit-resultaten-titel" className="utrecht-heading-2">
          {auditTexts.results.title}
        </h2>
        {audit.isPending ? <Loading /> : null}
        {audit.isError ? (
          <LoadError error={audit.error} onRetry={() => void audit.refetch()} />
        ) : null}
        {data ? (
          <>
            <p className="utrecht-paragraph" role="status">
              {data.total === 0 ? auditTexts.results.empty : auditTexts.results.count(data.total)}
            </p>
            {data.items.length > 0 ? <AuditTable events={data.items} /> : null}
            {data.total > 0 ? (
              <AuditPagination search={search} page={data.page} pages={pages} />
            ) : null}
          </>
        ) : null}
      </section>
    </Page>
  );
}
