import { useEffect, useRef } from 'react';
import type { Comparator } from '../../../electron/shared/values/valueSchema';
import { useT } from '../i18n/i18n';
import type { ChartSeries } from './chartSeries';
import { axisLabel, dateText } from './documentLabel';
import { init, type IndicatorChartOption } from './echartsParts';
import { indicatorStrings } from './indicatorStrings';

export type ChartKind = 'line' | 'bar';

interface IndicatorChartProps {
  name: string;
  series: ChartSeries;
  kind: ChartKind;
}

/** A point's mark says its comparator: ▲ at least, ▼ at most, ◆ around, ● a point or a range. */
function symbolOf(comparator: Comparator | null): { symbol: string; symbolRotate: number } {
  if (comparator === 'at-least') return { symbol: 'triangle', symbolRotate: 0 };
  if (comparator === 'at-most') return { symbol: 'triangle', symbolRotate: 180 };
  if (comparator === 'around') return { symbol: 'diamond', symbolRotate: 0 };
  return { symbol: 'circle', symbolRotate: 0 };
}

const token = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

/**
 * One indicator over the documents, in ECharts (SVG): each point labelled
 * with its value as the table writes it, comparator first (≥900万人), and
 * marked by its comparator's shape. The chart is an image to assistive
 * technology, named by a sentence of its points; the table under it gives
 * the same data.
 */
export function IndicatorChart({ name, series, kind }: IndicatorChartProps) {
  const { t, language } = useT(indicatorStrings);
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof init> | null>(null);

  useEffect(() => {
    const chartInstance = init(host.current!, undefined, { renderer: 'svg', locale: language === 'zh' ? 'ZH' : 'EN' });
    chart.current = chartInstance;
    const resize = new ResizeObserver(() => chartInstance.resize());
    resize.observe(host.current!);
    return () => {
      resize.disconnect();
      chartInstance.dispose();
      chart.current = null;
    };
  }, [language]);

  useEffect(() => {
    const labels = series.points.map((p) => axisLabel(p.document));
    const unique = new Set(labels).size === labels.length;
    const accent = token('--accent');
    const ink = token('--ink-soft');
    const line = token('--line');
    const option: IndicatorChartOption = {
      animation: false,
      textStyle: { fontFamily: token('--font-ui') },
      grid: { left: 56, right: 24, top: 40, bottom: 36 },
      tooltip: { trigger: 'item', formatter: (p) => series.points[(p as { dataIndex: number }).dataIndex]?.value.quote ?? '' },
      xAxis: {
        type: 'category',
        data: unique ? labels : series.points.map((p) => `${dateText(p.document)} ${p.document.title}`.trim()),
        axisLabel: { color: ink },
        axisLine: { lineStyle: { color: line } },
      },
      yAxis: {
        type: 'value',
        name: series.unit,
        nameTextStyle: { color: ink },
        axisLabel: { color: ink },
        splitLine: { lineStyle: { color: line } },
      },
      series: [
        {
          type: kind,
          name,
          data: series.points.map((p) => ({ value: p.y, ...symbolOf(p.value.comparator) })),
          ...(kind === 'line' ? { symbolSize: 12 } : { barMaxWidth: 48 }),
          itemStyle: { color: accent },
          lineStyle: { color: accent, width: 2 },
          label: {
            show: true,
            position: 'top',
            color: token('--ink'),
            formatter: (p) => series.points[(p as { dataIndex: number }).dataIndex]?.text ?? '',
          },
        },
      ],
    };
    chart.current?.setOption(option, true);
  }, [series, kind, name, language]);

  const points = series.points.map((p) => `${dateText(p.document) || p.document.title} ${p.text}`).join(language === 'zh' ? '；' : '; ');
  return (
    <div
      ref={host}
      className="indicator-chart"
      role="img"
      aria-label={series.points.length ? t('chartLabel', { name, unit: series.unit, points }) : t('chartNoPoints', { name })}
      data-points={series.points.length}
    />
  );
}
