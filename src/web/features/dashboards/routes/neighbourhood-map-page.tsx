import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { lazy, Suspense, useMemo, Component, type ReactNode } from 'react';
import {
  CATEGORY_CODES,
  CATEGORY_LABELS,
  type Category,
} from '../../../../domain/tender/categories.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { Count, ReportTable } from '../../../components/report-table.tsx';
import { SelectField } from '../../../components/select-field.tsx';
import type { DashboardQuery } from '../../../../server/features/dashboards/dashboards.schemas.ts';
import { neighbourhoodsQueryOptions } from '../../../app/shared-queries.ts';
import { dashboardXlsxUrl, neighbourhoodMapQueryOptions } from '../api/dashboards-api.ts';
import { filtersFromSearch, searchFromFilters } from '../dashboard-search.ts';
import { mapTexts as texts, dashboardTexts } from '../texts.ts';

/** Leaflet comes with the map, in a chunk of its own, after the numbers are on screen. */
const BuurtMap = lazy(() => import('../components/buurt-map.tsx'));

class MapFailed extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? (
      <p className="utrecht-paragraph">{texts.mapFailed}</p>
    ) : (
      this.props.children
    );
  }
}

const names = (codes: readonly Category[]) =>
  codes.length === 0 ? texts.none : codes.map((c) => CATEGORY_LABELS[c]).join(', ');

/** The kloppend hart: participants and provisions per buurt, on a map and in a table. */
export function NeighbourhoodMapPage() {
  const search = useSearch({ from: '/ingelogd/dashboards/kaart' });
  const filters = useMemo(() => {
    const { year, category, wijk } = filtersFromSearch(search);
    return { year, category, wijk };
  }, [search]);
  const navigate = useNavigate();
  // Each choice is a step in the browser's history: the back button returns to the last map.
  const choose = (change: Pick<DashboardQuery, 'year' | 'category' | 'wijk'>) =>
    void navigate({
      to: '/dashboards/kaart',
      search: searchFromFilters({ ...filters, ...change }),
    });
  const wijken = useQuery(neighbourhoodsQueryOptions).data?.districts ?? [];
  const query = useQuery({
    ...neighbourhoodMapQueryOptions(filters),
    placeholderData: keepPreviousData,
  });
  const map = query.data;
  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/dashboards">
          {texts.back}
        </Link>
      </p>
      {query.isPending ? <Loading /> : null}
      {query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : null}
      {map ? (
        <>
          <SelectField
            id="kaart-jaar"
            label={dashboardTexts.year}
            value={String(map.year)}
            options={map.years.map((y) => ({ value: String(y), label: String(y) }))}
            onChange={(e) => choose({ year: Number(e.target.value) })}
          />
          <SelectField
            id="kaart-categorie"
            label={dashboardTexts.category}
            value={map.category ?? ''}
            options={[
              { value: '', label: dashboardTexts.allCategories },
              ...CATEGORY_CODES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
            ]}
            onChange={(e) =>
              choose({
                category: e.target.value === '' ? undefined : (e.target.value as Category),
              })
            }
          />
          <SelectField
            id="kaart-wijk"
            label={dashboardTexts.wijk}
            value={map.wijk ?? ''}
            options={[
              { value: '', label: dashboardTexts.allWijken },
              ...wijken.map((w) => ({ value: w.code, label: w.name })),
            ]}
            onChange={(e) => choose({ wijk: e.target.value === '' ? undefined : e.target.value })}
          />
          {map.wijk ? <p className="utrecht-paragraph">{texts.wijkNote}</p> : null}
          <div className="sr-map-layout">
            <MapFailed>
              <Suspense fallback={<p className="utrecht-paragraph">{texts.mapLoading}</p>}>
                <BuurtMap map={map} label={texts.mapLabel} />
              </Suspense>
            </MapFailed>
            <section aria-labelledby="kaart-voorzieningen">
              <h2 id="kaart-voorzieningen" className="utrecht-heading-2">
                {texts.provisions}
              </h2>
              {map.provisions.length === 0 ? (
                <p className="utrecht-paragraph">{texts.noProvisions}</p>
              ) : (
                <ul className="utrecht-unordered-list">
                  {map.provisions.map((p) => (
                    <li className="utrecht-unordered-list__item" key={p.id}>
                      {p.name} ({CATEGORY_LABELS[p.category]}),{' '}
                      {map.buurten.find((b) => b.code === p.neighbourhoodCode)?.name ??
                        p.neighbourhoodCode ??
                        texts.none}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          </div>
          <p className="utrecht-paragraph sr-map-attribution">{map.attribution}</p>
          <ReportTable
            id="kaart-wijken"
            caption={texts.wijkenCaption(map.year)}
            columns={[texts.columns.wijk, texts.columns.participants, texts.columns.provisions]}
            rows={[
              ...map.wijken.map((w) => ({
                key: w.code,
                header: w.name,
                cells: [<Count value={w.participants} />, w.provisions],
              })),
              // The municipality's rows only when the map is not narrowed to a wijk.
              ...(map.wijk
                ? []
                : [
                    {
                      key: 'none',
                      header: texts.withoutBuurt,
                      cells: [<Count value={map.withoutBuurt} />, ''],
                    },
                    {
                      key: 'total',
                      header: texts.total,
                      cells: [<Count value={map.total} />, map.provisions.length],
                    },
                  ]),
            ]}
          />
          <ReportTable
            id="kaart-buurten"
            caption={texts.tableCaption(map.year)}
            textColumns={3}
            columns={[
              texts.columns.buurt,
              texts.columns.wijk,
              texts.columns.present,
              texts.columns.missing,
              texts.columns.participants,
              texts.columns.provisions,
            ]}
            rows={map.buurten.map((b) => ({
              key: b.code,
              header: b.name,
              cells: [
                b.districtName,
                names(b.categoriesPresent),
                names(b.categoriesMissing),
                <Count value={b.participants} />,
                b.provisions,
              ],
            }))}
          />
          {map.unknown.length > 0 ? (
            <section aria-labelledby="onbekende-buurten" className="sr-section">
              <h2 id="onbekende-buurten" className="utrecht-heading-2">
                {texts.unknownTitle}
              </h2>
              <p className="utrecht-paragraph">{texts.unknownIntro}</p>
              <ReportTable
                id="kaart-onbekend"
                caption={texts.unknownTitle}
                columns={['Buurtcode', texts.columns.participants, texts.columns.provisions]}
                rows={map.unknown.map((u) => ({
                  key: u.code,
                  header: u.code,
                  cells: [<Count value={u.participants} />, u.provisions],
                }))}
              />
            </section>
          ) : null}
          <p className="utrecht-paragraph">
            <a
              className="utrecht-link utrecht-link--html-a"
              href={dashboardXlsxUrl('map', {
                year: map.year,
                category: map.category ?? undefined,
                wijk: map.wijk ?? undefined,
              })}
              download
            >
              {texts.download}
            </a>
          </p>
        </>
      ) : null}
    </Page>
  );
}
