import type { Locator, Page } from 'playwright-core';

export interface ShareRow {
  name: string;
  share: string;
}

/** The panel inside the overlay's open shadow root; Playwright's CSS pierces it. */
export function overlayPanel(page: Page): Locator {
  return page.locator('fanlens-overlay .fanlens-panel');
}

/** Reads a chart section's list as the user sees it: name and share, in order. */
export function readShares(section: Locator): Promise<ShareRow[]> {
  return section.evaluate((element) =>
    [...element.querySelectorAll('.name')].map((name) => ({
      name: name.textContent?.trim() ?? '',
      share: name.parentElement?.querySelector('.share')?.textContent?.trim() ?? '',
    })),
  );
}

/**
 * How many pixels of a canvas are painted. Chart.js draws nothing where there is no canvas
 * support, so only a real browser can show that the chart exists beyond its markup.
 */
export function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    const canvasElement = element as HTMLCanvasElement;
    const context = canvasElement.getContext('2d');
    if (!context || canvasElement.width === 0 || canvasElement.height === 0) return 0;
    const { data } = context.getImageData(0, 0, canvasElement.width, canvasElement.height);
    let painted = 0;
    for (let alpha = 3; alpha < data.length; alpha += 4) if (data[alpha]! > 0) painted += 1;
    return painted;
  });
}
