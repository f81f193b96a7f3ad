import type { ChartConfiguration, TooltipItem } from 'chart.js';
import type { Dimension, Distribution } from '../audience/model';
import type { Lang } from '../i18n';
import { entryName, isRanked, shownEntries, toPercent } from './entries';

/**
 * Chart.js configurations as pure data, so they are testable without a canvas (happy-dom
 * has none). Every number is also printed beside the chart, so tooltips are a convenience.
 */
export type DoughnutConfig = ChartConfiguration<'doughnut', number[], string>;
export type BarConfig = ChartConfiguration<'bar', number[], string>;
export type AudienceChartConfig = DoughnutConfig | BarConfig;

export const CHART_FONT = 'system-ui, "PingFang SC", "Microsoft YaHei", sans-serif';

const GENDER_COLOURS: Record<string, string> = { female: '#f0507a', male: '#3b7ddd' };
const OTHER_COLOUR = '#9aa3ad';
const BAR_COLOURS: Record<Exclude<Dimension, 'gender'>, string> = {
  age: '#e8590c',
  cities: '#3b7ddd',
  provinces: '#1c9e83',
  interests: '#d6336c',
  devices: '#7048e8',
};

const tick = { font: { family: CHART_FONT, size: 11 }, color: '#4a5058' };

// Animations off: the panel appears at once and a busy marketplace tab pays no frames.
const base = {
  responsive: true,
  maintainAspectRatio: false,
  animation: false,
} as const;

function tooltip<T extends 'bar' | 'doughnut'>() {
  return {
    callbacks: { label: (item: TooltipItem<T>) => `${item.label}: ${item.formattedValue}%` },
  };
}

/** Axis labels this long would squeeze the bars; the list beside the chart has the full name. */
const AXIS_LABEL_MAX = 10;

export function axisLabel(label: string): string {
  const chars = [...label];
  return chars.length <= AXIS_LABEL_MAX ? label : `${chars.slice(0, AXIS_LABEL_MAX - 1).join('')}…`;
}

function percentTicks() {
  return { ...tick, callback: (value: string | number) => `${value}%` };
}

export function genderChart(distribution: Distribution, lang: Lang): DoughnutConfig {
  const entries = shownEntries('gender', distribution);
  const colours = entries.map((e) => GENDER_COLOURS[e.name.toLowerCase()] ?? OTHER_COLOUR);
  return {
    type: 'doughnut',
    data: {
      labels: entries.map((entry) => entryName(lang, 'gender', entry)),
      datasets: [
        {
          data: entries.map((entry) => toPercent(entry.share)),
          backgroundColor: colours,
          borderColor: '#ffffff',
          borderWidth: 1,
        },
      ],
    },
    options: {
      ...base,
      cutout: '62%',
      plugins: { legend: { display: false }, tooltip: tooltip<'doughnut'>() },
    },
  };
}

/** Age as vertical bars (groups read left to right); rankings as horizontal bars. */
export function barChart(
  dimension: Exclude<Dimension, 'gender'>,
  distribution: Distribution,
  lang: Lang,
): BarConfig {
  const entries = shownEntries(dimension, distribution);
  const labels = entries.map((entry) => entryName(lang, dimension, entry));
  const horizontal = isRanked(dimension);
  const valueAxis = { type: 'linear' as const, min: 0, ticks: percentTicks() };
  const categoryAxis = {
    type: 'category' as const,
    grid: { display: false },
    // Every label is drawn (autoSkip off), so a tick's index is its entry's index.
    ticks: {
      ...tick,
      autoSkip: false,
      callback: (_value: string | number, index: number) => axisLabel(labels[index] ?? ''),
    },
  };

  return {
    type: 'bar',
    data: {
      labels,
      datasets: [
        {
          data: entries.map((entry) => toPercent(entry.share)),
          backgroundColor: BAR_COLOURS[dimension],
          maxBarThickness: horizontal ? 12 : 24,
          borderRadius: 2,
        },
      ],
    },
    options: {
      ...base,
      indexAxis: horizontal ? 'y' : 'x',
      scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
      plugins: { legend: { display: false }, tooltip: tooltip<'bar'>() },
    },
  };
}

export function chartConfig(
  dimension: Dimension,
  distribution: Distribution,
  lang: Lang,
): AudienceChartConfig {
  if (dimension === 'gender') return genderChart(distribution, lang);
  return barChart(dimension, distribution, lang);
}

/** Canvas height in px: small for gender and age, growing with the number of bars. */
export function chartHeight(dimension: Dimension, entryCount: number): number {
  if (dimension === 'gender') return 120;
  if (dimension === 'age') return 140;
  return Math.min(160, Math.max(72, 24 + 13 * entryCount));
}
