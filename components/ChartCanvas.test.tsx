// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Distribution } from '@/utils/audience/model';
import { barChart, genderChart } from '@/utils/charts/config';
import type { DrawChart, DrawnChart } from '@/utils/charts/draw';
import { ChartCanvas } from './ChartCanvas';

afterEach(cleanup);

const gender: Distribution = {
  basis: 'fraction',
  entries: [
    { name: 'female', share: 0.6 },
    { name: 'male', share: 0.4 },
  ],
};

function fakeDraw() {
  const charts: (DrawnChart & { update: ReturnType<typeof vi.fn> })[] = [];
  const attachedOnDraw: boolean[] = [];
  const draw = vi.fn<DrawChart>((context, config) => {
    attachedOnDraw.push(context.canvas.isConnected);
    const chart = { type: config.type, update: vi.fn(), destroy: vi.fn() };
    charts.push(chart);
    return chart;
  });
  return { draw, charts, attachedOnDraw };
}

describe('ChartCanvas', () => {
  it('renders a labelled canvas and draws nothing where there is no 2D context', () => {
    const { draw } = fakeDraw();
    const { container, unmount } = render(
      <ChartCanvas config={genderChart(gender, 'zh')} height={120} label="性别" draw={draw} />,
    );

    const canvas = container.querySelector('canvas');
    expect(canvas?.getAttribute('aria-label')).toBe('性别');
    expect(canvas?.getAttribute('role')).toBe('img');
    expect(container.querySelector<HTMLElement>('.fanlens-chart')?.style.height).toBe('120px');
    expect(draw).not.toHaveBeenCalled();
    expect(() => unmount()).not.toThrow();
  });

  it('survives the real Chart.js path without a canvas implementation', () => {
    expect(() =>
      render(<ChartCanvas config={genderChart(gender, 'zh')} height={120} label="性别" />),
    ).not.toThrow();
  });

  it('draws once attached, updates in place, rebuilds on a new type, destroys on unmount', () => {
    const canvasContext = { canvas: null as unknown as HTMLCanvasElement };
    // A stand-in context: only the fake draw below ever sees it.
    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
      this: HTMLCanvasElement,
    ) {
      canvasContext.canvas = this;
      return canvasContext as unknown as CanvasRenderingContext2D;
    } as unknown as HTMLCanvasElement['getContext']);
    const { draw, charts, attachedOnDraw } = fakeDraw();

    const first = genderChart(gender, 'zh');
    const view = render(<ChartCanvas config={first} height={120} label="性别" draw={draw} />);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(draw.mock.calls[0]?.[1]).toBe(first);
    expect(attachedOnDraw).toEqual([true]);

    const second = genderChart(gender, 'en');
    view.rerender(<ChartCanvas config={second} height={120} label="性别" draw={draw} />);
    expect(draw).toHaveBeenCalledTimes(1);
    expect(charts[0]?.update).toHaveBeenCalledWith(second);

    const bars = barChart('age', gender, 'zh');
    view.rerender(<ChartCanvas config={bars} height={140} label="年龄" draw={draw} />);
    expect(charts[0]?.destroy).toHaveBeenCalledTimes(1);
    expect(draw).toHaveBeenCalledTimes(2);

    view.unmount();
    expect(charts[1]?.destroy).toHaveBeenCalledTimes(1);
  });
});
