/**
 * A chart drawn by ECharts, which is imported on demand, once for every chart of the page and
 * with only the parts our bar and line charts use, after the numbers are on screen: the table
 * next to every chart holds the same numbers and is what assistive technology reads.
 */
import { useEffect, useRef, useState } from 'react';
import type * as EChartsCore from 'echarts/core';

/** Axis and legend text: at least 4.5:1 against white. */
export const CHART_TEXT_COLOUR = '#1a1a1a';

type Init = typeof EChartsCore.init;
let loading: Promise<Init> | null = null;

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

export function LazyChart({
  label,
  option,
  loadingText,
  failedText,
  blockSize,
}: {
  /** What the chart shows, for assistive technology (role="img"). */
  label: string;
  /**
   * The chart's ECharts option, given the page's own font by name: ECharts measures labels
   * with it ("inherit" measures wrong). Memoise it: a new function draws the chart again.
   */
  option: (fontFamily: string) => EChartsCore.EChartsCoreOption;
  loadingText: string;
  failedText: string;
  /** A height of its own, e.g. room for every bar of a long list down the side. */
  blockSize?: string;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

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
        chart.setOption(option(getComputedStyle(element).fontFamily));
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
  }, [option]);

  return (
    <>
      {state === 'loading' ? <p className="utrecht-paragraph">{loadingText}</p> : null}
      {state === 'failed' ? <p className="utrecht-paragraph">{failedText}</p> : null}
      <div
        ref={container}
        role="img"
        aria-label={label}
        className="sr-chart"
        style={blockSize ? { blockSize } : undefined}
        hidden={state === 'failed'}
      />
    </>
  );
}
