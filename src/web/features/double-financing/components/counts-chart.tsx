/**
 * A chart of counts (bars, stacked bars or lines). ECharts is imported on demand, with only
 * the parts these charts need, after the numbers are on screen: the table next to every
 * chart holds the same numbers and is what assistive technology reads. Bars get a pattern
 * per series as well as a colour (ECharts' decals), so colour is never the only difference.
 */
import { useEffect, useRef, useState } from 'react';
import type * as EChartsCore from 'echarts/core';
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

type Init = typeof EChartsCore.init;
let loading: Promise<Init> | null = null;

/** Loads ECharts once for every chart of the page. */
function loadECharts(): Promise<Init> {
  loading ??= (async () => {
    const { init, use } = await import('echarts/core');
    const { BarChart, LineChart } = await import('echarts/charts');
    const { AriaComponent, GridComponent, LegendPlainComponent, TooltipComponent } =
      await import('echarts/components');
    const { SVGRenderer } = await import('echarts/renderers');
    use([
      BarChart,
      LineChart,
      AriaComponent,
      GridComponent,
      LegendPlainComponent,
      TooltipComponent,
      SVGRenderer,
    ]);
    return init;
  })();
  return loading;
}

const TEXT_COLOUR = '#1a1a1a';
const LABEL_WIDTH = 130;

export function CountsChart({
  title,
  labels,
  series,
  kind,
  stacked,
  horizontal,
}: CountsChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');
  const label = texts.chartLabel(title);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let chart: EChartsCore.ECharts | null = null;
    let gone = false;
    const resize = () => chart?.resize();
    loadECharts()
      .then((init) => {
        if (gone) return;
        chart = init(element, null, { renderer: 'svg', locale: 'EN' });
        // The page's own font, named: ECharts measures labels with it ("inherit" measures wrong).
        const fontFamily = getComputedStyle(element).fontFamily;
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
        chart.setOption({
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
        });
        window.addEventListener('resize', resize);
        setState('ready');
      })
      .catch(() => {
        if (!gone) setState('failed');
      });
    return () => {
      gone = true;
      window.removeEventListener('resize', resize);
      chart?.dispose();
    };
  }, [labels, series, kind, stacked, horizontal, label]);

  // Room for every bar of a long list down the side.
  const height = horizontal ? `${Math.max(12, labels.length * 2.25 + 6)}rem` : undefined;
  return (
    <>
      {state === 'loading' ? <p className="utrecht-paragraph">{texts.chartLoading}</p> : null}
      {state === 'failed' ? <p className="utrecht-paragraph">{texts.chartFailed}</p> : null}
      <div
        ref={container}
        role="img"
        aria-label={label}
        className="sr-chart"
        style={height ? { blockSize: height } : undefined}
        hidden={state === 'failed'}
      />
    </>
  );
}
