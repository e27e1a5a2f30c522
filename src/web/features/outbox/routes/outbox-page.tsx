import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { Button } from '../../../components/button.tsx';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { TextField } from '../../../components/text-field.tsx';
import { outboxQueryOptions, type OutboxFilter } from '../api/outbox-api.ts';
import { OutboxTable } from '../components/outbox-table.tsx';
import { outboxTexts } from '../texts.ts';

const texts = outboxTexts;

export function OutboxPage() {
  const search = useSearch({ from: '/ingelogd/beheer/uitgaande-post' });
  const navigate = useNavigate();
  const page = search.pagina ?? 1;
  const to = search.aan?.trim().slice(0, 320) || undefined;
  const filter: OutboxFilter = { ...(to ? { to } : {}), ...(page > 1 ? { page } : {}) };
  const outbox = useQuery(outboxQueryOptions(filter));
  const [toText, setToText] = useState(to ?? '');
  const data = outbox.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / 50)) : 1;

  useEffect(() => setToText(to ?? ''), [to]);

  const pageSearch = (target: number) => ({
    ...(to ? { aan: to } : {}),
    ...(target > 1 ? { pagina: target } : {}),
  });

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <form
        role="search"
        aria-label={texts.filterLabel}
        className="sr-form sr-form--narrow"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          const value = toText.trim();
          void navigate({ to: '/beheer/uitgaande-post', search: value ? { aan: value } : {} });
        }}
      >
        <TextField
          id="post-aan"
          label={texts.to}
          description={texts.toHint}
          type="search"
          autoComplete="off"
          value={toText}
          onChange={(event) => setToText(event.target.value)}
        />
        <div className="sr-actions">
          <Button type="submit">{texts.search}</Button>
          <Link
            to="/beheer/uitgaande-post"
            search={{}}
            className="utrecht-link utrecht-link--html-a sr-actions__link"
          >
            {texts.clear}
          </Link>
        </div>
      </form>
      {/* The table is the region named by its caption; this only says the list is reloading. */}
      <div aria-busy={outbox.isFetching || undefined}>
        {outbox.isPending ? <Loading /> : null}
        {outbox.isError ? (
          <LoadError error={outbox.error} onRetry={() => void outbox.refetch()} />
        ) : null}
        {data ? (
          <>
            <p className="utrecht-paragraph" role="status">
              {data.total === 0 ? texts.empty : texts.count(data.total)}
            </p>
            {data.items.length > 0 ? <OutboxTable messages={data.items} /> : null}
            {pages > 1 ? (
              <nav className="sr-pagination" aria-label={texts.pagination.label}>
                {page > 1 ? (
                  <Link
                    to="/beheer/uitgaande-post"
                    search={pageSearch(Math.min(page - 1, pages))}
                    className="utrecht-link utrecht-link--html-a sr-pagination__link"
                    rel="prev"
                  >
                    {texts.pagination.previous}
                  </Link>
                ) : null}
                <span className="sr-pagination__current" aria-current="page">
                  {texts.pagination.page(page, pages)}
                </span>
                {page < pages ? (
                  <Link
                    to="/beheer/uitgaande-post"
                    search={pageSearch(page + 1)}
                    className="utrecht-link utrecht-link--html-a sr-pagination__link"
                    rel="next"
                  >
                    {texts.pagination.next}
                  </Link>
                ) : null}
              </nav>
            ) : null}
          </>
        ) : null}
      </div>
    </Page>
  );
}
