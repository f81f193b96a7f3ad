import type { ChartConfiguration } from 'chart.js';
import type { AudienceChartConfig } from './config';
import { registerCharts } from './register';

/** A drawn chart as the views need it; tests substitute their own. */
export interface DrawnChart {
  readonly type: AudienceChartConfig['type'];
  update(config: AudienceChartConfig): void;
  destroy(): void;
}

export type DrawChart = (
  context: CanvasRenderingContext2D,
  config: AudienceChartConfig,
) => DrawnChart;

/** The real Chart.js chart; only called with a canvas that is already in the document. */
export const drawChart: DrawChart = (context, config) => {
  const Chart = registerCharts();
  const chart = new Chart(context, config as ChartConfiguration);

  return {
    type: config.type,
    update(next) {
      chart.data = next.data as ChartConfiguration['data'];
      chart.options = (next.options ?? {}) as NonNullable<ChartConfiguration['options']>;
      // 'none' skips animation: the new numbers should simply be there.
      chart.update('none');
    },
    destroy: () => chart.destroy(),
  };
};

/** The 2D context, or null where there is no canvas support (happy-dom, a closing tab). */
export function canvasContext(canvas: HTMLCanvasElement | null): CanvasRenderingContext2D | null {
  if (!canvas) return null;
  try {
    return canvas.getContext('2d');
  } catch {
    return null;
  }
}
