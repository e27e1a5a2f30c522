/**
 * The policy officer's dashboards: money from the finance overview, reach from the
 * municipality's report on participants (its tables reused), and signals (docs/rules/dashboards.md).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useSearch } from '@tanstack/react-router';
import { useMemo, type ReactNode } from 'react';
import { DAY_PART_LABELS, DAY_PARTS } from '../../../domain/day-parts.ts';
import { CLIENT_ROUTE_LABELS, CLIENT_ROUTES } from '../../../domain/participants/registration.ts';
import { CATEGORY_CODES, CATEGORY_LABELS } from '../../../domain/tender/categories.ts';
import type {
  DashboardQuery,
  DashboardView,
} from '../../../server/features/dashboards/dashboards.schemas.ts';
import { neighbourhoodsQueryOptions } from '../shared-queries.ts';
import { CHART_TEXT_COLOUR, LazyChart } from '../../components/lazy-chart.tsx';
import { formatEuro } from '../../components/money.ts';
import { Page } from '../../components/page.tsx';
import { LoadError, Loading } from '../../components/query-state.tsx';
import { Count, ReportTable } from '../../components/report-table.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { MunicipalityTables } from '../../features/participant-reports/components/municipality-tables.tsx';
import { reportsTexts } from '../../features/participant-reports/texts.ts';
import {
  dashboardQueryOptions,
  dashboardXlsxUrl,
} from '../../features/dashboards/api/dashboards-api.ts';
import {
  filtersFromSearch,
  searchFromFilters,
} from '../../features/dashboards/dashboard-search.ts';
import { dashboardTexts as texts } from '../../features/dashboards/texts.ts';

const columns = texts.columns;
const exact = (value: number | '<5' | null) => (typeof value === 'number' ? value : null);

function Download({
  panel,
  filters,
  what,
}: {
  panel: string;
  filters: DashboardQuery;
  what: string;
}) {
  return (
    <p className="utrecht-paragraph">
      <a
        className="utrecht-link utrecht-link--html-a"
        href={dashboardXlsxUrl(panel, filters)}
        download
      >
        {texts.download(what)}
      </a>
    </p>
  );
}

/** Colours of the bars: each at least 3:1 against white (WCAG 1.4.11). */
const BAR_COLOURS = ['#24578f', '#6b6b6b', '#1d6b3a'];

/**
 * A horizontal bar chart: one bar per series for each label. A "<5" or hidden number has no
 * exact value to draw (null); the table beside it has every number.
 */
function horizontalBars(labels: string[], series: { name: string; data: (number | null)[] }[]) {
  return (fontFamily: string) => ({
    aria: { enabled: true },
    animation: false,
    textStyle: { fontFamily },
    tooltip: { trigger: 'axis' as const },
    ...(series.length > 1 ? { legend: { top: 0, textStyle: { color: CHART_TEXT_COLOUR } } } : {}),
    grid: { left: 8, right: 16, top: series.length > 1 ? 40 : 16, bottom: 8, containLabel: true },
    xAxis: { type: 'value' as const, axisLabel: { color: CHART_TEXT_COLOUR } },
    yAxis: { type: 'category' as const, data: labels, axisLabel: { color: CHART_TEXT_COLOUR } },
    series: series.map((s, i) => ({
      ...s,
      type: 'bar' as const,
      itemStyle: { color: BAR_COLOURS[i % BAR_COLOURS.length] },
    })),
  });
}

/** A panel of the dashboard: its heading, a chart, and the table twin and more below. */
function Panel({
  id,
  title,
  chartLabel,
  option,
  children,
}: {
  id: string;
  title: string;
  chartLabel?: string;
  option?: ReturnType<typeof horizontalBars>;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="sr-section">
      <h2 id={id} className="utrecht-heading-2">
        {title}
      </h2>
      {chartLabel && option ? (
        <LazyChart
          label={chartLabel}
          option={option}
          loadingText={texts.chartLoading}
          failedText={texts.chartFailed}
        />
      ) : null}
      {children}
    </section>
  );
}

function MoneyPanel({ view, filters }: { view: DashboardView; filters: DashboardQuery }) {
  const rows = view.finance.rows;
  const option = useMemo(
    () =>
      horizontalBars(
        rows.map((r) => CATEGORY_LABELS[r.category].slice(0, 24)),
        (
          [
            [columns.granted, 'grantedCents'],
            [columns.ceiling, 'ceilingCents'],
            [columns.paid, 'paidCents'],
          ] as const
        ).map(([name, key]) => ({ name, data: rows.map((r) => r[key] / 100) })),
      ),
    [rows],
  );
  return (
    <Panel id="geld" title={texts.money} chartLabel={texts.moneyChart(view.year)} option={option}>
      <ReportTable
        id="dashboard-geld"
        caption={texts.moneyCaption(view.year)}
        columns={[
          columns.category,
          columns.ceiling,
          columns.granted,
          columns.paid,
          columns.stillToPay,
          columns.use,
        ]}
        rows={[
          ...rows.map((r) => ({
            key: r.category,
            header: CATEGORY_LABELS[r.category],
            figures: r,
          })),
          { key: 'total', header: texts.total, figures: view.finance.total },
        ].map(({ key, header, figures }) => ({
          key,
          header,
          cells: [
            formatEuro(figures.ceilingCents),
            formatEuro(figures.grantedCents),
            formatEuro(figures.paidCents),
            formatEuro(figures.stillToPayCents),
            figures.ceilingUsePercent === null
              ? texts.noCeiling
              : `${figures.ceilingUsePercent.toLocaleString('nl-NL')}%`,
          ],
        }))}
      />
      <Download panel="finance" filters={filters} what={texts.money.toLowerCase()} />
    </Panel>
  );
}

function ReachPanel({ view, filters }: { view: DashboardView; filters: DashboardQuery }) {
  const totals = view.reach.totals;
  const option = useMemo(
    () =>
      horizontalBars(
        CLIENT_ROUTES.map((r) => CLIENT_ROUTE_LABELS[r]),
        [
          {
            name: columns.participants,
            data: CLIENT_ROUTES.map((r) => exact(totals.participants.byClientRoute[r])),
          },
        ],
      ),
    [totals],
  );
  return (
    <Panel
      id="bereik"
      title={texts.reach}
      chartLabel={texts.routesChart(view.year)}
      option={option}
    >
      <ReportTable
        id="dashboard-routes"
        caption={texts.routesCaption(view.year)}
        columns={[columns.route, columns.participants]}
        rows={[
          ...CLIENT_ROUTES.map((r) => ({
            key: r,
            header: CLIENT_ROUTE_LABELS[r],
            cells: [<Count value={totals.participants.byClientRoute[r]} />],
          })),
          {
            key: 'total',
            header: texts.total,
            cells: [<Count value={totals.participants.active} />],
          },
        ]}
      />
      <ReportTable
        id="dashboard-dagdelen"
        caption={texts.dayPartsCaption(view.year)}
        columns={[columns.dayPart, columns.attended, columns.anonymous]}
        rows={DAY_PARTS.map((part) => {
          const row = totals.attendance.byDayPart.find((d) => d.dayPart === part);
          return {
            key: part,
            header: DAY_PART_LABELS[part],
            cells: [<Count value={row?.registered ?? 0} />, <Count value={row?.anonymous ?? 0} />],
          };
        })}
      />
      <MunicipalityTables report={view.reach} />
      <Download panel="reach" filters={filters} what={texts.reach.toLowerCase()} />
    </Panel>
  );
}

function SignalsPanel({ view, filters }: { view: DashboardView; filters: DashboardQuery }) {
  const cells = (r: DashboardView['signals']['total']) => [
    <Count value={r.signals} />,
    <Count value={r.open} />,
    <Count value={r.relapse} />,
  ];
  return (
    <Panel id="signalen" title={texts.signals}>
      <p className="utrecht-paragraph">{texts.relapseRule}</p>
      <ReportTable
        id="dashboard-signalen"
        caption={texts.signalsCaption(view.year)}
        columns={[columns.category, columns.signals, columns.open, columns.relapse]}
        rows={[
          ...view.signals.byCategory.map((r) => ({
            key: r.category,
            header: CATEGORY_LABELS[r.category],
            cells: cells(r),
          })),
          { key: 'total', header: texts.total, cells: cells(view.signals.total) },
        ]}
      />
      <Download panel="signals" filters={filters} what={texts.signals.toLowerCase()} />
    </Panel>
  );
}

/** The policy officer's dashboards: one lean request for the year and filters chosen. */
export function DashboardsPage() {
  const search = useSearch({ from: '/ingelogd/dashboards' });
  const filters = useMemo(() => filtersFromSearch(search), [search]);
  const navigate = useNavigate();
  const setFilters = (change: (f: DashboardQuery) => DashboardQuery) =>
    void navigate({ to: '/dashboards', search: searchFromFilters(change(filters)) });
  const dashboard = useQuery({
    ...dashboardQueryOptions(filters),
    placeholderData: keepPreviousData,
  });
  const neighbourhoods = useQuery(neighbourhoodsQueryOptions);
  const view = dashboard.data;
  const wijken = neighbourhoods.data?.districts ?? [];
  const buurten = wijken
    .filter((w) => !filters.wijk || w.code === filters.wijk)
    .flatMap((w) => w.neighbourhoods);
  const choose = (key: keyof DashboardQuery) => (event: { target: { value: string } }) =>
    setFilters((f) => ({
      ...f,
      [key]:
        event.target.value === ''
          ? undefined
          : key === 'year'
            ? Number(event.target.value)
            : event.target.value,
      ...(key === 'wijk' ? { buurt: undefined } : {}),
    }));
  const shown = { ...filters, year: view?.year };
  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <p className="utrecht-paragraph">
        <Link
          className="utrecht-link"
          to="/dashboards/kaart"
          search={{ jaar: search.jaar, categorie: search.categorie, wijk: search.wijk }}
        >
          {texts.mapLink}
        </Link>
      </p>
      <p className="utrecht-paragraph">
        <Link className="utrecht-link" to="/raadsrapportage">
          {texts.councilReportLink}
        </Link>
      </p>
      {dashboard.isPending ? <Loading /> : null}
      {dashboard.isError ? (
        <LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : null}
      {view && view.years.length === 0 ? (
        <p className="utrecht-paragraph">{texts.noYears}</p>
      ) : null}
      {view ? (
        <>
          <section aria-labelledby="filters" className="sr-section">
            <h2 id="filters" className="utrecht-heading-2">
              {texts.filters}
            </h2>
            <SelectField
              id="dashboard-jaar"
              label={texts.year}
              value={String(view.year)}
              options={view.years.map((y) => ({ value: String(y), label: String(y) }))}
              onChange={choose('year')}
            />
            {(
              [
                [
                  'category',
                  'categorie',
                  texts.category,
                  texts.allCategories,
                  CATEGORY_CODES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
                ],
                [
                  'wijk',
                  'wijk',
                  texts.wijk,
                  texts.allWijken,
                  wijken.map((w) => ({ value: w.code, label: w.name })),
                ],
                [
                  'buurt',
                  'buurt',
                  texts.buurt,
                  texts.allBuurten,
                  buurten.map((b) => ({ value: b.code, label: b.name })),
                ],
                [
                  'organisation',
                  'organisatie',
                  texts.organisation,
                  texts.allOrganisations,
                  view.organisations.map((o) => ({ value: o.id, label: o.name })),
                ],
              ] as const
            ).map(([key, id, label, all, options]) => (
              // Each filter may be left open: "all" is its first choice.
              <SelectField
                key={key}
                id={`dashboard-${id}`}
                label={label}
                value={filters[key] ?? ''}
                options={[{ value: '', label: all }, ...options]}
                onChange={choose(key)}
              />
            ))}
            <p className="utrecht-paragraph">{texts.narrowNote}</p>
          </section>
          <MoneyPanel view={view} filters={shown} />
          <ReachPanel view={view} filters={shown} />
          <SignalsPanel view={view} filters={shown} />
          <section aria-labelledby="kleine-aantallen" className="sr-section">
            <h2 id="kleine-aantallen" className="utrecht-heading-2">
              {reportsTexts.municipality.smallNumbersTitle}
            </h2>
            <ul className="utrecht-unordered-list">
              {reportsTexts.municipality.smallNumbers.map((note) => (
                <li className="utrecht-unordered-list__item" key={note}>
                  {note}
                </li>
              ))}
            </ul>
          </section>
        </>
      ) : null}
    </Page>
  );
}
