import { useEffect, useRef } from 'preact/hooks';
import type { AudienceChartConfig } from '@/utils/charts/config';
import { canvasContext, drawChart, type DrawChart, type DrawnChart } from '@/utils/charts/draw';

interface Props {
  config: AudienceChartConfig;
  /** Canvas height in px; the width follows the panel. */
  height: number;
  /** Read by screen readers instead of the pixels; the numbers are in the list beside it. */
  label: string;
  /** Injected in tests; the real Chart.js drawing otherwise. */
  draw?: DrawChart;
}

/**
 * One Chart.js chart. It is created in an effect, i.e. after the canvas is in the document:
 * Chart.js measures its container on creation and cannot see a shadow root being attached
 * later. Without a 2D context (happy-dom) nothing is drawn and nothing breaks.
 */
export function ChartCanvas({ config, height, label, draw = drawChart }: Props) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const chartRef = useRef<DrawnChart | null>(null);

  useEffect(() => {
    const current = chartRef.current;
    if (current && current.type === config.type) {
      current.update(config);
      return;
    }

    current?.destroy();
    chartRef.current = null;
    const context = canvasContext(canvasRef.current);
    if (context) chartRef.current = draw(context, config);
  }, [config, draw]);

  useEffect(
    () => () => {
      chartRef.current?.destroy();
      chartRef.current = null;
    },
    [],
  );

  return (
    <div class="fanlens-chart" style={{ height: `${height}px` }}>
      <canvas ref={canvasRef} role="img" aria-label={label} />
    </div>
  );
}
