import { useQuery } from '@tanstack/react-query';
import { Link, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { neighbourhoodsQueryOptions } from '../../../app/shared-queries.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { finderQueryOptions } from '../api/referrals-api.ts';
import { ProvisionCard } from '../components/provision-card.tsx';
import { SOCIAL_MAP_ADDRESS, socialMapAddress } from '../finder-search.ts';
import { referralsTexts } from '../texts.ts';
import '../referrals.css';

const texts = referralsTexts.finder;

/**
 * A social worker chose "Verwijzen" on a provision of the social map: the referral form for
 * that provision, with the buurt they searched in as the resident's.
 */
export function ReferPage() {
  const { provisionId } = useParams({ from: '/ingelogd/verwijzen/$provisionId' });
  const { buurt } = useSearch({ from: '/ingelogd/verwijzen/$provisionId' });
  const neighbourhoods = useQuery(neighbourhoodsQueryOptions);
  const found = useQuery(finderQueryOptions({ provisionId }));
  const failed = neighbourhoods.isError ? neighbourhoods : found.isError ? found : null;
  const provision = found.data?.items[0];
  // The form opens at once: choosing "Verwijzen" on the map was the first step.
  const [open, setOpen] = useState(true);

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <p className="utrecht-paragraph">
        {/* The social map is rendered on the server, not a route of this app. */}
        <a href={socialMapAddress({ buurt })} className="utrecht-link utrecht-link--html-a">
          {texts.backToMap}
        </a>
        {' · '}
        <Link to="/verwijzingen" className="utrecht-link utrecht-link--html-a">
          {texts.myReferrals}
        </Link>
      </p>
      {failed ? <LoadError error={failed.error} onRetry={() => void failed.refetch()} /> : null}
      {neighbourhoods.data && found.data ? (
        provision ? (
          <section aria-labelledby="gekozen-titel" className="sr-section">
            <h2 id="gekozen-titel" className="utrecht-heading-2">
              {texts.chosen}
            </h2>
            <ProvisionCard
              provision={provision}
              neighbourhoods={neighbourhoods.data}
              neighbourhoodCode={buurt}
              open={open}
              onOpen={() => setOpen(true)}
              onClose={() => setOpen(false)}
            />
          </section>
        ) : (
          <p className="utrecht-paragraph">{texts.notFound}</p>
        )
      ) : failed ? null : (
        <Loading />
      )}
    </Page>
  );
}

/** The web app's own finder is gone: its address leads to the social map, filters kept. */
export function ToSocialMapPage() {
  const search = useSearch({ from: '/ingelogd/verwijzen' });
  useEffect(() => {
    window.location.replace(socialMapAddress(search));
  }, [search]);
  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">
        <a href={SOCIAL_MAP_ADDRESS} className="utrecht-link utrecht-link--html-a">
          {texts.toMap}
        </a>
      </p>
    </Page>
  );
}
