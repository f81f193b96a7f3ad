import {
  ArcElement,
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  DoughnutController,
  LinearScale,
  Tooltip,
} from 'chart.js';

/**
 * Only what the audience charts draw is registered ('chart.js/auto' would bundle every chart
 * type into the content script). Registering twice is harmless but wasteful, hence the flag.
 */
let registered = false;

export function registerCharts(): typeof Chart {
  if (!registered) {
    Chart.register(
      DoughnutController,
      ArcElement,
      BarController,
      BarElement,
      CategoryScale,
      LinearScale,
      Tooltip,
    );
    registered = true;
  }
  return Chart;
}
