/**
 * The fund's balances over time as lines. ECharts is loaded on demand, after the numbers are
 * on screen, so the first pages stay small; the table beside the chart holds the same amounts
 * and is what assistive technology reads.
 */
import { useCallback } from 'react';
import { CHART_TEXT_COLOUR as TEXT_COLOUR, LazyChart } from '../../../components/lazy-chart.tsx';
import { fundTexts as texts } from '../texts.ts';

export interface BalanceLine {
  name: string;
  /** Euros per day. */
  values: number[];
  /** At least 3:1 against white (WCAG 1.4.11). */
  colour: string;
  /** A dash pattern as well as a colour: colour is never the only difference. */
  dashed?: boolean;
}

/** Whole euros in Dutch notation (€ 500.000) on the axis and in the tooltip. */
const euros = (value: unknown) =>
  `€ ${Number(value).toLocaleString('nl-NL', { maximumFractionDigits: 0 })}`;

export function BalanceChart({ days, lines }: { days: string[]; lines: BalanceLine[] }) {
  const option = useCallback(
    (fontFamily: string) => ({
      aria: { enabled: true, label: { description: texts.chartLabel } },
      animation: false,
      textStyle: { fontFamily },
      tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => euros(value) },
      legend: { top: 0, textStyle: { color: TEXT_COLOUR } },
      grid: { left: 96, right: 24, top: 64, bottom: 32 },
      xAxis: { type: 'category', data: days, axisLabel: { color: TEXT_COLOUR } },
      yAxis: {
        type: 'value',
        axisLabel: { color: TEXT_COLOUR, formatter: (value: number) => euros(value) },
      },
      series: lines.map((line) => ({
        name: line.name,
        type: 'line',
        step: 'end',
        data: line.values,
        itemStyle: { color: line.colour },
        lineStyle: { color: line.colour, width: 3, type: line.dashed ? 'dashed' : 'solid' },
        symbolSize: 8,
      })),
    }),
    [days, lines],
  );

  return (
    <LazyChart
      label={texts.chartLabel}
      option={option}
      loadingText={texts.chartLoading}
      failedText={texts.chartFailed}
    />
  );
}
