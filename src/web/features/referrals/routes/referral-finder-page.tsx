import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearch } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { neighbourhoodsQueryOptions } from '../../../app/shared-queries.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { finderQueryOptions } from '../api/referrals-api.ts';
import { FinderFilterForm } from '../components/finder-filter-form.tsx';
import { ProvisionCard } from '../components/provision-card.tsx';
import { finderFilter } from '../finder-search.ts';
import { referralsTexts } from '../texts.ts';
import '../referrals.css';

const texts = referralsTexts.finder;

/** A social worker finds a fitting provision and refers a resident to it. */
export function ReferralFinderPage() {
  const search = useSearch({ from: '/ingelogd/verwijzen' });
  const filter = useMemo(() => finderFilter(search), [search]);
  const neighbourhoods = useQuery(neighbourhoodsQueryOptions);
  const found = useQuery({ ...finderQueryOptions(filter), placeholderData: keepPreviousData });
  const [openId, setOpenId] = useState<string | null>(null);
  const failed = neighbourhoods.isError ? neighbourhoods : found.isError ? found : null;

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <p className="utrecht-paragraph">
        <Link to="/verwijzingen" className="utrecht-link utrecht-link--html-a">
          {texts.myReferrals}
        </Link>
      </p>
      {failed ? <LoadError error={failed.error} onRetry={() => void failed.refetch()} /> : null}
      {neighbourhoods.data && found.data ? (
        <>
          <FinderFilterForm
            filter={filter}
            neighbourhoods={neighbourhoods.data}
            targetGroups={found.data.targetGroups}
          />
          <section
            aria-labelledby="resultaten-titel"
            className="sr-section"
            aria-busy={found.isFetching || undefined}
          >
            <h2 id="resultaten-titel" className="utrecht-heading-2">
              {texts.resultsTitle}
            </h2>
            <p className="utrecht-paragraph" role="status">
              {found.data.items.length === 0 ? texts.empty : texts.count(found.data.items.length)}
            </p>
            <ul className="sr-card-list">
              {found.data.items.map((provision) => (
                <li key={provision.id}>
                  <ProvisionCard
                    provision={provision}
                    neighbourhoods={neighbourhoods.data}
                    neighbourhoodCode={filter.neighbourhoodCode}
                    open={openId === provision.id}
                    onOpen={() => setOpenId(provision.id)}
                    onClose={() => setOpenId(null)}
                  />
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : failed ? null : (
        <Loading />
      )}
    </Page>
  );
}
