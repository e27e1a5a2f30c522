/**
 * Requested amount against the ceiling per category, as a bar chart. ECharts is loaded with
 * only the parts this chart needs, and only by this page. The same numbers are in the table
 * next to it, which is what assistive technology reads; the chart says so in its description.
 */
import { BarChart } from 'echarts/charts';
import {
  AriaComponent,
  GridComponent,
  LegendPlainComponent,
  TooltipComponent,
} from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import { CATEGORY_LABELS } from '../../../../domain/tender/categories.ts';
import type { RoundOverview } from '../../../../server/features/rounds/rounds.schemas.ts';
import { formatEuro } from '../../../components/money.ts';
import { roundsTexts } from '../texts.ts';

// The plain legend: two series never need the scrolling one.
use([BarChart, GridComponent, TooltipComponent, LegendPlainComponent, AriaComponent, SVGRenderer]);

const texts = roundsTexts.overview;
// The theme's accent and a dark grey: both at least 3:1 against white (WCAG 1.4.11).
const REQUESTED_COLOUR = '#24578f';
const CEILING_COLOUR = '#6b6b6b';

/** Category names over lines of about 24 characters, so they fit left of the bars. */
function wrap(label: string, width = 24): string {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines.length - 1;
    if (last >= 0 && (lines[last] ?? '').length + word.length + 1 <= width)
      lines[last] = `${lines[last] ?? ''} ${word}`;
    else lines.push(word);
  }
  return lines.join('\n');
}

export function OverviewChart({ overview }: { overview: RoundOverview }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = init(element, null, { renderer: 'svg', locale: 'EN' });
    const euros = (cents: number) => Math.round(cents) / 100;
    chart.setOption({
      aria: {
        enabled: true,
        label: { description: `${texts.chartTitle}. ${texts.chartDescription}` },
      },
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      tooltip: {
        trigger: 'axis',
        valueFormatter: (value: unknown) =>
          typeof value === 'number' ? formatEuro(Math.round(value * 100)) : String(value),
      },
      legend: { top: 0, textStyle: { color: '#1a1a1a' } },
      // Room on the left for the category names (broken over lines where needed).
      grid: { left: 190, right: 40, top: 40, bottom: 32 },
      xAxis: {
        type: 'value',
        axisLabel: {
          color: '#1a1a1a',
          formatter: (value: number) => `€ ${value.toLocaleString('nl-NL')}`,
        },
      },
      yAxis: {
        type: 'category',
        inverse: true,
        data: overview.categories.map((row) => wrap(CATEGORY_LABELS[row.category])),
        axisLabel: { color: '#1a1a1a', fontSize: 13, lineHeight: 16 },
      },
      series: [
        {
          name: texts.chartRequested,
          type: 'bar',
          itemStyle: { color: REQUESTED_COLOUR },
          data: overview.categories.map((row) => euros(row.requestedCents)),
        },
        {
          name: texts.chartCeiling,
          type: 'bar',
          itemStyle: { color: CEILING_COLOUR },
          data: overview.categories.map((row) => euros(row.ceilingCents)),
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [overview]);

  return <div ref={container} className="sr-chart" aria-describedby="overzicht-tabel" />;
}
