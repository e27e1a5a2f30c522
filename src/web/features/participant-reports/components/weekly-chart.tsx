/**
 * Attendance per week as stacked bars (registered and anonymous). ECharts is loaded with only
 * the parts this chart needs, and only on the report pages. The same numbers are in the table
 * of weeks, which is what assistive technology reads; the chart says so in its description.
 * A "<5" or hidden number is left out of the bar (no exact value to draw).
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
import type { ReportSectionsView } from '../../../../server/features/participant-reports/participant-reports.schemas.ts';
import { reportsTexts } from '../texts.ts';

use([BarChart, GridComponent, TooltipComponent, LegendPlainComponent, AriaComponent, SVGRenderer]);

const texts = reportsTexts.sections;
// The theme's accent and a dark grey: both at least 3:1 against white (WCAG 1.4.11).
const REGISTERED_COLOUR = '#24578f';
const ANONYMOUS_COLOUR = '#6b6b6b';

type Weeks = ReportSectionsView['attendance']['perWeek'];

const exact = (value: number | '<5' | null) => (typeof value === 'number' ? value : null);

export function WeeklyChart({ weeks, describedBy }: { weeks: Weeks; describedBy: string }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const chart = init(element, null, { renderer: 'svg', locale: 'EN' });
    chart.setOption({
      aria: {
        enabled: true,
        label: { description: `${texts.chartTitle}. ${texts.chartDescription}` },
      },
      animation: false,
      textStyle: { fontFamily: 'inherit' },
      tooltip: { trigger: 'axis' },
      legend: { top: 0, itemGap: 24, textStyle: { color: '#1a1a1a' } },
      grid: { left: 48, right: 16, top: 40, bottom: 40 },
      xAxis: {
        type: 'category',
        data: weeks.map((w) => w.week.slice(5)),
        axisLabel: { color: '#1a1a1a' },
      },
      yAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#1a1a1a' } },
      series: [
        {
          name: texts.registered,
          type: 'bar',
          stack: 'aanwezig',
          itemStyle: { color: REGISTERED_COLOUR },
          data: weeks.map((w) => exact(w.registered)),
        },
        {
          name: texts.anonymous,
          type: 'bar',
          stack: 'aanwezig',
          itemStyle: { color: ANONYMOUS_COLOUR },
          data: weeks.map((w) => exact(w.anonymous)),
        },
      ],
    });
    const resize = () => chart.resize();
    window.addEventListener('resize', resize);
    return () => {
      window.removeEventListener('resize', resize);
      chart.dispose();
    };
  }, [weeks]);

  return <div ref={container} className="sr-chart" aria-describedby={describedBy} />;
}
