import { useQuery } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import { SIGNAL_STATUSES, type SignalStatus } from '../../../../domain/double-financing/signals.ts';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import type { Dashboard } from '../../../../server/features/double-financing/double-financing.schemas.ts';
import { Page } from '../../../components/page.tsx';
import { LoadError, Loading } from '../../../components/query-state.tsx';
import { dashboardQueryOptions } from '../api/double-financing-api.ts';
import { CountsChart, type ChartSeries } from '../components/counts-chart.tsx';
import { FeatureLinks } from '../components/feature-links.tsx';
import { NumbersTable, type NumbersRow } from '../components/numbers-table.tsx';
import { formatMonth, statusLabel } from '../format.ts';
import { doubleFinancingTexts } from '../texts.ts';

const texts = doubleFinancingTexts.overview;

/** Colours of the statuses in the charts: each at least 3:1 against white. */
const STATUS_COLOURS: Record<SignalStatus, string> = {
  new: '#24578f',
  in_progress: '#8a5300',
  phase_out_agreed: '#2d6a31',
  allocation_ended: '#5c5c5c',
  no_double_financing: '#7b3b8f',
  closed: '#333333',
};

interface Breakdown {
  key: string;
  title: string;
  caption: string;
  rowHeader: string;
  /** Charted down the side, stacked per status. */
  rows: { key: string; label: string; total: number; counts: Record<SignalStatus, number> }[];
}

/** The overview of the double-financing check: signals by status, provision, category, time. */
export function DoubleFinancingPage() {
  const dashboard = useQuery(dashboardQueryOptions);
  const data = dashboard.data;
  const total = data?.byStatus.reduce((sum, row) => sum + row.count, 0) ?? 0;

  return (
    <Page title={texts.title}>
      <p className="utrecht-paragraph">{texts.intro}</p>
      <p className="utrecht-paragraph">{doubleFinancingTexts.notVerdict}</p>
      <p className="utrecht-paragraph">{doubleFinancingTexts.privacy}</p>
      <section aria-labelledby="stappen-titel" className="sr-section">
        <h2 id="stappen-titel" className="utrecht-heading-2">
          {texts.stepsTitle}
        </h2>
        <ol className="utrecht-ordered-list">
          {texts.steps.map((step) => (
            <li className="utrecht-ordered-list__item" key={step}>
              {step}
            </li>
          ))}
        </ol>
        <FeatureLinks />
      </section>
      {dashboard.isPending ? <Loading /> : null}
      {dashboard.isError ? (
        <LoadError error={dashboard.error} onRetry={() => void dashboard.refetch()} />
      ) : null}
      {data && total === 0 ? <p className="utrecht-paragraph">{texts.empty}</p> : null}
      {data && total > 0 ? <DashboardFigures data={data} /> : null}
    </Page>
  );
}

function DashboardFigures({ data }: { data: Dashboard }) {
  const byStatus = useMemo(() => {
    const count = (status: SignalStatus) =>
      data.byStatus.find((row) => row.status === status)?.count ?? 0;
    return {
      rows: SIGNAL_STATUSES.map((status) => ({
        key: status,
        label: statusLabel(status),
        values: [count(status)],
      })),
      labels: SIGNAL_STATUSES.map(statusLabel),
      series: [
        { name: texts.columns.count, values: SIGNAL_STATUSES.map(count), colour: '#24578f' },
      ],
    };
  }, [data]);

  const breakdowns: Breakdown[] = useMemo(
    () => [
      {
        key: 'voorziening',
        title: texts.byProvisionTitle,
        caption: texts.byProvisionCaption,
        rowHeader: texts.columns.provision,
        rows: data.byProvision.map((row) => ({
          key: row.provisionId,
          label: row.provisionName,
          total: row.total,
          counts: row.counts,
        })),
      },
      {
        key: 'soort',
        title: texts.byCategoryTitle,
        caption: texts.byCategoryCaption,
        rowHeader: texts.columns.category,
        rows: data.byCategory.map((row) => ({
          key: row.category,
          label: CATEGORY_LABELS[row.category],
          total: row.total,
          counts: row.counts,
        })),
      },
      {
        key: 'productcategorie',
        title: texts.byProductCategoryTitle,
        caption: texts.byProductCategoryCaption,
        rowHeader: texts.columns.productCategory,
        rows: data.byProductCategory.map((row) => ({
          key: row.productCategory ?? '-',
          label: row.productCategory ?? texts.noProductCategory,
          total: row.total,
          counts: row.counts,
        })),
      },
    ],
    [data],
  );

  const overTime = useMemo(
    () => ({
      rows: data.overTime.map((row) => ({
        key: row.month,
        label: formatMonth(row.month),
        values: [row.new, row.closed],
      })),
      labels: data.overTime.map((row) => formatMonth(row.month)),
      series: [
        { name: texts.columns.new, values: data.overTime.map((row) => row.new), colour: '#24578f' },
        {
          name: texts.columns.closed,
          values: data.overTime.map((row) => row.closed),
          colour: '#8a5300',
        },
      ],
    }),
    [data],
  );

  return (
    <>
      <Figure
        id="per-status"
        title={texts.byStatusTitle}
        table={
          <NumbersTable
            id="per-status-tabel"
            caption={texts.byStatusCaption}
            rowHeader={texts.columns.status}
            columns={[texts.columns.count]}
            rows={byStatus.rows}
          />
        }
        chart={
          <CountsChart
            title={texts.byStatusCaption}
            kind="bar"
            labels={byStatus.labels}
            series={byStatus.series}
          />
        }
      />
      {breakdowns.map((breakdown) => (
        <StatusBreakdown key={breakdown.key} breakdown={breakdown} />
      ))}
      {overTime.rows.length > 0 ? (
        <Figure
          id="per-maand"
          title={texts.overTimeTitle}
          table={
            <NumbersTable
              id="per-maand-tabel"
              caption={texts.overTimeCaption}
              rowHeader={texts.columns.month}
              columns={[texts.columns.new, texts.columns.closed]}
              rows={overTime.rows}
            />
          }
          chart={
            <CountsChart
              title={texts.overTimeCaption}
              kind="line"
              labels={overTime.labels}
              series={overTime.series}
            />
          }
        />
      ) : null}
    </>
  );
}

function StatusBreakdown({ breakdown }: { breakdown: Breakdown }) {
  const { rows, labels, series } = useMemo(() => {
    const tableRows: NumbersRow[] = breakdown.rows.map((row) => ({
      key: row.key,
      label: row.label,
      values: [...SIGNAL_STATUSES.map((status) => row.counts[status]), row.total],
    }));
    const chartSeries: ChartSeries[] = SIGNAL_STATUSES.map((status) => ({
      name: statusLabel(status),
      values: breakdown.rows.map((row) => row.counts[status]),
      colour: STATUS_COLOURS[status],
    }));
    return { rows: tableRows, labels: breakdown.rows.map((row) => row.label), series: chartSeries };
  }, [breakdown]);

  if (rows.length === 0) return null;
  return (
    <Figure
      id={`per-${breakdown.key}`}
      title={breakdown.title}
      table={
        <NumbersTable
          id={`per-${breakdown.key}-tabel`}
          caption={breakdown.caption}
          rowHeader={breakdown.rowHeader}
          columns={[...SIGNAL_STATUSES.map(statusLabel), texts.columns.total]}
          rows={rows}
        />
      }
      chart={
        <CountsChart
          title={breakdown.caption}
          kind="bar"
          stacked
          horizontal
          labels={labels}
          series={series}
        />
      }
    />
  );
}

function Figure({
  id,
  title,
  table,
  chart,
}: {
  id: string;
  title: string;
  table: ReactNode;
  chart: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-titel`} className="sr-section">
      <h2 id={`${id}-titel`} className="utrecht-heading-2">
        {title}
      </h2>
      <div className="sr-overview">
        {table}
        {chart}
      </div>
    </section>
  );
}
