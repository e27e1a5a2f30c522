/**
 * A chart of counts (bars, stacked bars or lines), drawn by the shared LazyChart. Bars get a pattern
 * per series as well as a colour (ECharts' decals), so colour is never the only difference.
 */
import { useCallback } from 'react';
import { CHART_TEXT_COLOUR as TEXT_COLOUR, LazyChart } from '../../../components/lazy-chart.tsx';
import { doubleFinancingTexts } from '../texts.ts';

const texts = doubleFinancingTexts.overview;

export interface ChartSeries {
  name: string;
  values: number[];
  /** At least 3:1 against white (WCAG 1.4.11). */
  colour: string;
}

interface CountsChartProps {
  title: string;
  labels: string[];
  series: ChartSeries[];
  kind: 'bar' | 'line';
  /** Bars of one label on top of each other (a total per label). */
  stacked?: boolean;
  /** Labels down the side: for long names such as provisions. */
  horizontal?: boolean;
}

const LABEL_WIDTH = 130;

export function CountsChart({
  title,
  labels,
  series,
  kind,
  stacked,
  horizontal,
}: CountsChartProps) {
  const label = texts.chartLabel(title);
  const option = useCallback(
    (fontFamily: string) => {
      const categoryAxis = {
        type: 'category' as const,
        data: labels,
        inverse: horizontal === true,
        axisLabel: {
          color: TEXT_COLOUR,
          width: horizontal ? LABEL_WIDTH : undefined,
          overflow: horizontal ? ('truncate' as const) : undefined,
          hideOverlap: true,
        },
      };
      const valueAxis = {
        type: 'value' as const,
        minInterval: 1,
        axisLabel: { color: TEXT_COLOUR },
      };
      return {
        aria: { enabled: true, label: { description: label }, decal: { show: kind === 'bar' } },
        animation: false,
        textStyle: { fontFamily },
        tooltip: { trigger: 'axis' },
        legend: { show: series.length > 1, top: 0, textStyle: { color: TEXT_COLOUR } },
        // Room on the left for the labels down the side (cut off with … when longer).
        grid: {
          left: horizontal ? LABEL_WIDTH + 16 : 40,
          right: 24,
          top: series.length > 1 ? 64 : 24,
          bottom: 32,
        },
        xAxis: horizontal ? valueAxis : categoryAxis,
        yAxis: horizontal ? categoryAxis : valueAxis,
        series: series.map((s) => ({
          name: s.name,
          type: kind,
          stack: stacked ? 'total' : undefined,
          data: s.values,
          itemStyle: { color: s.colour },
          lineStyle: kind === 'line' ? { color: s.colour, width: 3 } : undefined,
          symbolSize: 8,
        })),
      };
    },
    [labels, series, kind, stacked, horizontal, label],
  );

  // Room for every bar of a long list down the side.
  const height = horizontal ? `${Math.max(12, labels.length * 2.25 + 6)}rem` : undefined;
  return (
    <LazyChart
      label={label}
      option={option}
      loadingText={texts.chartLoading}
      failedText={texts.chartFailed}
      blockSize={height}
    />
  );
}
