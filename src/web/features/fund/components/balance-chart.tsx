/**
 * The fund's balances over time as lines. ECharts is loaded on demand, after the numbers are
 * on screen, so the first pages stay small; the table beside the chart holds the same amounts
 * and is what assistive technology reads.
 */
import { useEffect, useRef, useState } from 'react';
import type * as EChartsCore from 'echarts/core';
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

type Init = typeof EChartsCore.init;
let loading: Promise<Init> | null = null;

function loadECharts(): Promise<Init> {
  loading ??= (async () => {
    const { init, use } = await import('echarts/core');
    const { LineChart } = await import('echarts/charts');
    const { AriaComponent, GridComponent, LegendPlainComponent, TooltipComponent } =
      await import('echarts/components');
    const { SVGRenderer } = await import('echarts/renderers');
    use([
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
/** Whole euros in Dutch notation (€ 500.000) on the axis and in the tooltip. */
const euros = (value: unknown) =>
  `€ ${Number(value).toLocaleString('nl-NL', { maximumFractionDigits: 0 })}`;

export function BalanceChart({ days, lines }: { days: string[]; lines: BalanceLine[] }) {
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
        const fontFamily = getComputedStyle(element).fontFamily;
        chart.setOption({
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
  }, [days, lines]);

  return (
    <>
      {state === 'loading' ? <p className="utrecht-paragraph">{texts.chartLoading}</p> : null}
      {state === 'failed' ? <p className="utrecht-paragraph">{texts.chartFailed}</p> : null}
      <div
        ref={container}
        role="img"
        aria-label={texts.chartLabel}
        className="sr-chart"
        hidden={state === 'failed'}
      />
    </>
  );
}
