import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { municipalityName, useSettings } from '../../../app/municipality.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { neighbourhoodsQueryOptions } from '../../../app/shared-queries.ts';
import { homeTexts } from '../texts.ts';

const texts = homeTexts.landing;

/** The public page for residents. */
export function LandingPage() {
  const settings = useSettings();
  const neighbourhoods = useQuery(neighbourhoodsQueryOptions);

  return (
    <Page title={texts.title} documentTitle={texts.documentTitle}>
      {texts.intro.map((paragraph) => (
        <p className="utrecht-paragraph utrecht-paragraph--lead" key={paragraph}>
          {paragraph}
        </p>
      ))}

      <section aria-labelledby="voorzieningen-titel" className="sr-section">
        <h2 id="voorzieningen-titel" className="utrecht-heading-2">
          {texts.provisionsTitle}
        </h2>
        <p className="utrecht-paragraph">{texts.findProvisions}</p>
        <p className="utrecht-paragraph">
          {/* A page rendered on the server, not a route of this app: a plain link. */}
          <a href="/voorzieningen" className="utrecht-link utrecht-link--html-a">
            {texts.socialMapLink}
          </a>
        </p>
      </section>

      <section aria-labelledby="wijken-titel" className="sr-section">
        <h2 id="wijken-titel" className="utrecht-heading-2">
          {texts.districtsTitle(municipalityName(settings))}
        </h2>
        {neighbourhoods.isPending ? <Loading /> : null}
        {neighbourhoods.isError ? (
          <LoadError error={neighbourhoods.error} onRetry={() => void neighbourhoods.refetch()} />
        ) : null}
        {neighbourhoods.data && neighbourhoods.data.districts.length === 0 ? (
          <p className="utrecht-paragraph">{texts.noDistricts}</p>
        ) : null}
        {neighbourhoods.data && neighbourhoods.data.districts.length > 0 ? (
          <>
            <p className="utrecht-paragraph">{texts.districtsIntro}</p>
            <div className="sr-districts">
              {neighbourhoods.data.districts.map((district) => (
                <div className="sr-district" key={district.code}>
                  <h3 className="utrecht-heading-3">
                    {district.name}{' '}
                    <span className="sr-muted">
                      ({texts.neighbourhoodCount(district.neighbourhoods.length)})
                    </span>
                  </h3>
                  <ul className="utrecht-unordered-list">
                    {district.neighbourhoods.map((neighbourhood) => (
                      <li className="utrecht-unordered-list__item" key={neighbourhood.code}>
                        {neighbourhood.name}
                      </li>
                    ))}
                  </ul>
                </div>
              ))}
            </div>
          </>
        ) : null}
      </section>

      <section aria-labelledby="medewerkers-titel" className="sr-section">
        <h2 id="medewerkers-titel" className="utrecht-heading-2">
          {texts.staffTitle}
        </h2>
        <p className="utrecht-paragraph">
          <Link to="/inloggen" className="utrecht-link utrecht-link--html-a">
            {texts.staffLink}
          </Link>
        </p>
      </section>
    </Page>
  );
}
