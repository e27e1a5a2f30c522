/**
 * The policy officer's dashboards: money from the finance overview, reach from the
 * municipality's report on participants (its tables reused), and signals (docs/rules/dashboards.md).
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useState } from 'react';
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

function MoneyPanel({ view, filters }: { view: DashboardView; filters: DashboardQuery }) {
  const rows = view.finance.rows;
  const option = useCallback(
    (fontFamily: string) => ({
      aria: { enabled: true },
      animation: false,
      textStyle: { fontFamily },
      tooltip: { trigger: 'axis' as const },
      legend: { top: 0, textStyle: { color: CHART_TEXT_COLOUR } },
      grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'value' as const, axisLabel: { color: CHART_TEXT_COLOUR } },
      yAxis: {
        type: 'category' as const,
        data: rows.map((r) => CATEGORY_LABELS[r.category].slice(0, 24)),
        axisLabel: { color: CHART_TEXT_COLOUR },
      },
      series: [
        { name: columns.ceiling, key: 'ceilingCents' },
        { name: columns.granted, key: 'grantedCents' },
        { name: columns.paid, key: 'paidCents' },
      ].map((s, i) => ({
        name: s.name,
        type: 'bar' as const,
        itemStyle: { color: ['#6b6b6b', '#24578f', '#1d6b3a'][i] },
        data: rows.map((r) => r[s.key as 'ceilingCents'] / 100),
      })),
    }),
    [rows],
  );
  return (
    <section aria-labelledby="geld" className="sr-section">
      <h2 id="geld" className="utrecht-heading-2">
        {texts.money}
      </h2>
      <LazyChart
        label={texts.moneyChart(view.year)}
        option={option}
        loadingText={texts.chartLoading}
        failedText={texts.chartFailed}
      />
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
    </section>
  );
}

function ReachPanel({ view, filters }: { view: DashboardView; filters: DashboardQuery }) {
  const totals = view.reach.totals;
  const option = useCallback(
    (fontFamily: string) => ({
      aria: { enabled: true },
      animation: false,
      textStyle: { fontFamily },
      tooltip: { trigger: 'axis' as const },
      grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
      xAxis: { type: 'value' as const, minInterval: 1, axisLabel: { color: CHART_TEXT_COLOUR } },
      yAxis: {
        type: 'category' as const,
        data: CLIENT_ROUTES.map((r) => CLIENT_ROUTE_LABELS[r]),
        axisLabel: { color: CHART_TEXT_COLOUR },
      },
      series: [
        {
          name: columns.participants,
          type: 'bar' as const,
          itemStyle: { color: '#24578f' },
          // A "<5" or hidden number has no exact value to draw.
          data: CLIENT_ROUTES.map((r) => exact(totals.participants.byClientRoute[r])),
        },
      ],
    }),
    [totals],
  );
  return (
    <section aria-labelledby="bereik" className="sr-section">
      <h2 id="bereik" className="utrecht-heading-2">
        {texts.reach}
      </h2>
      <LazyChart
        label={texts.routesChart(view.year)}
        option={option}
        loadingText={texts.chartLoading}
        failedText={texts.chartFailed}
      />
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
    </section>
  );
}

function SignalsPanel({ view, filters }: { view: DashboardView; filters: DashboardQuery }) {
  const cells = (r: DashboardView['signals']['total']) => [
    <Count value={r.signals} />,
    <Count value={r.open} />,
    <Count value={r.relapse} />,
  ];
  return (
    <section aria-labelledby="signalen" className="sr-section">
      <h2 id="signalen" className="utrecht-heading-2">
        {texts.signals}
      </h2>
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
    </section>
  );
}

/** The policy officer's dashboards: one lean request for the year and filters chosen. */
export function DashboardsPage() {
  const [filters, setFilters] = useState<DashboardQuery>({});
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
        <Link className="utrecht-link" to="/dashboards/kaart">
          {texts.mapLink}
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
            <SelectField
              id="dashboard-categorie"
              label={texts.category}
              value={filters.category ?? ''}
              options={[
                { value: '', label: texts.allCategories },
                ...CATEGORY_CODES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] })),
              ]}
              onChange={choose('category')}
            />
            <SelectField
              id="dashboard-wijk"
              label={texts.wijk}
              value={filters.wijk ?? ''}
              options={[
                { value: '', label: texts.allWijken },
                ...wijken.map((w) => ({ value: w.code, label: w.name })),
              ]}
              onChange={choose('wijk')}
            />
            <SelectField
              id="dashboard-buurt"
              label={texts.buurt}
              value={filters.buurt ?? ''}
              options={[
                { value: '', label: texts.allBuurten },
                ...buurten.map((b) => ({ value: b.code, label: b.name })),
              ]}
              onChange={choose('buurt')}
            />
            <SelectField
              id="dashboard-organisatie"
              label={texts.organisation}
              value={filters.organisation ?? ''}
              options={[
                { value: '', label: texts.allOrganisations },
                ...view.organisations.map((o) => ({ value: o.id, label: o.name })),
              ]}
              onChange={choose('organisation')}
            />
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
