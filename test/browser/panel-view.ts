import type { Locator, Page } from 'playwright-core';

/** What a user sees of one audience panel, read from the DOM as rendered. */
export interface PanelView {
  state: string | null;
  /** `data-error-kind` of the error, when the panel shows one. */
  kind: string | null;
  title: string;
  action: string;
  /** The technical line under 技术详情: kind, code, HTTP status, attempts, detail. */
  details: string;
  /** The panel's buttons: `data-action` and the visible label. */
  buttons: { action: string; label: string }[];
  /** Chart sections shown, by `data-dimension`. */
  dimensions: string[];
  /** The warning and hint lines above the charts (skipped values, nothing to show). */
  notes: string[];
}

/** The panel of one creator: in the overlay's shadow root, or on the popup page. */
export function creatorPanel(page: Page, creatorId: string, where: 'overlay' | 'popup'): Locator {
  const panel = `.fanlens-panel[data-creator-id="${creatorId}"]`;
  return page.locator(where === 'overlay' ? `fanlens-overlay ${panel}` : panel);
}

/** Resolves once the panel has left `loading` (or never showed it), within `timeoutMs`. */
export async function settledView(panel: Locator, timeoutMs: number): Promise<PanelView> {
  const settled = panel.and(panel.page().locator(':not([data-state="loading"])'));
  await settled.waitFor({ timeout: timeoutMs });
  return readView(panel);
}

export function readView(panel: Locator): Promise<PanelView> {
  return panel.evaluate((element) => {
    const text = (selector: string) => element.querySelector(selector)?.textContent?.trim() ?? '';
    const all = (selector: string) => [...element.querySelectorAll<HTMLElement>(selector)];
    return {
      state: element.getAttribute('data-state'),
      kind: element.querySelector('[data-error-kind]')?.getAttribute('data-error-kind') ?? null,
      title: text('.fanlens-error-title'),
      action: text('.fanlens-error-action'),
      details: text('.fanlens-details code'),
      buttons: all('button[data-action]').map((button) => ({
        action: button.dataset.action ?? '',
        label: button.textContent?.trim() ?? '',
      })),
      dimensions: all('section[data-dimension]').map((section) => section.dataset.dimension!),
      notes: all('.fanlens-charts > .fanlens-warning, .fanlens-charts > .fanlens-hint').map(
        (note) => note.textContent?.trim() ?? '',
      ),
    };
  });
}

/** The product's own count of requests for a failure, from its technical line. */
export function attemptsOf(view: PanelView): number | undefined {
  const match = /\battempts (\d+)/.exec(view.details);
  return match ? Number(match[1]) : undefined;
}

/** The "what the user saw" cell: state, kind, message and buttons, or the charts shown. */
export function describeView(view: PanelView): string {
  const buttons = view.buttons.map((button) => `[${button.label}]`).join(' ');
  if (view.state === 'error') {
    const message = [view.title, view.action].filter(Boolean).join(' — ');
    return `\`error\` \`${view.kind}\`: ${message}${buttons ? ` ${buttons}` : ''}`;
  }
  if (view.state === 'data') {
    const charts = `${view.dimensions.length} of 6 charts`;
    return [`\`data\`: ${charts}`, ...view.notes].join('; ');
  }
  return `\`${view.state}\``;
}
