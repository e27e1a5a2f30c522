/**
 * The spider web (radar) of a participant's latest measurements. ECharts is loaded with only
 * the radar, the legend and the SVG renderer, and only when this component is (lazily) shown.
 * The chart is one image for assistive technology; the same numbers are in the table beside it.
 */
import { RadarChart } from 'echarts/charts';
import { LegendPlainComponent, RadarComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

use([RadarChart, RadarComponent, LegendPlainComponent, TooltipComponent, SVGRenderer]);

export type SeriesKind = 'participantNow' | 'participantEarlier' | 'coordinatorNow';

export interface SpiderWebData {
  /** The dimensions' names, marked when someone wants to talk about them. */
  indicators: string[];
  series: { kind: SeriesKind; name: string; values: number[] }[];
  /** What the image shows, for assistive technology. */
  label: string;
}

// Each at least 3:1 against white (WCAG 1.4.11), and each with its own line and symbol, so
// colour is never the only difference.
const STYLE: Record<
  SeriesKind,
  { color: string; line: 'solid' | 'dashed' | 'dotted'; symbol: string }
> = {
  participantNow: { color: '#24578f', line: 'solid', symbol: 'circle' },
  participantEarlier: { color: '#6b6b6b', line: 'dashed', symbol: 'rect' },
  coordinatorNow: { color: '#a34100', line: 'dotted', symbol: 'triangle' },
};

/** Names over lines of at most `width` characters, so they fit around the web. */
function wrap(name: string, width: number): string {
  const lines: string[] = [];
  for (const word of name.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && (lines[last] ?? '').length + word.length + 1 <= width)
      lines[last] = `${lines[last] ?? ''} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

function chartOptions(data: SpiderWebData, fontFamily: string, width: number) {
  // On a phone the names take more lines and the web is smaller, so the names stay visible.
  const narrow = width < 480;
  return {
    animation: false,
    textStyle: { fontFamily },
    tooltip: { trigger: 'item' },
    legend: {
      top: 0,
      textStyle: { color: '#1a1a1a', fontSize: 14 },
      data: data.series.map((s) => ({ name: s.name, icon: STYLE[s.kind].symbol })),
    },
    radar: {
      center: ['50%', narrow ? '58%' : '57%'],
      radius: narrow ? '42%' : '58%',
      splitNumber: 5,
      indicator: data.indicators.map((name) => ({
        name: wrap(name, narrow ? 11 : 20),
        min: 0,
        max: 10,
      })),
      axisName: { color: '#1a1a1a', fontSize: 13, lineHeight: 16 },
      splitLine: { lineStyle: { color: '#b3b3b3' } },
      axisLine: { lineStyle: { color: '#b3b3b3' } },
    },
    series: [
      {
        type: 'radar',
        data: data.series.map((s) => ({
          name: s.name,
          value: s.values,
          symbol: STYLE[s.kind].symbol,
          symbolSize: 8,
          lineStyle: { color: STYLE[s.kind].color, type: STYLE[s.kind].line, width: 3 },
          itemStyle: { color: STYLE[s.kind].color },
        })),
      },
    ],
  };
}

export function SpiderWebChart({ data }: { data: SpiderWebData }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = init(element, null, { renderer: 'svg', locale: 'EN' });
    // The page's own font, by name: ECharts measures text with it to place the legend.
    const fontFamily = getComputedStyle(element).fontFamily;
    chart.setOption(chartOptions(data, fontFamily, element.clientWidth));
    const resize = () => {
      chart.setOption(chartOptions(data, fontFamily, element.clientWidth));
      chart.resize();
    };
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [data]);

  return <div ref={container} className="sr-radar" role="img" aria-label={data.label} />;
}
