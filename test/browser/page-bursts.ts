import type { Page } from 'playwright-core';
import { CREATOR_PATH, type StandInWindow } from './marketplace-page';

/** A page script pushing creator URLs every `everyMs`, as a hostile or buggy app could. */
export async function pushBurst(page: Page, creatorIds: string[], everyMs: number): Promise<void> {
  await page.evaluate(
    async ({ paths, everyMs }) => {
      for (const path of paths) {
        (window as unknown as StandInWindow).standIn.go(path);
        await new Promise((resolve) => setTimeout(resolve, everyMs));
      }
    },
    { paths: creatorIds.map((id) => `${CREATOR_PATH}${id}`), everyMs },
  );
}

export interface PanelChange {
  creatorId: string;
  state: string;
  at: number;
}

/** Has the page note every change of the panel's creator or state, with the time. */
export async function recordPanelChanges(page: Page): Promise<void> {
  await page.evaluate(() => {
    const changes: PanelChange[] = [];
    (window as unknown as { panelChanges: PanelChange[] }).panelChanges = changes;
    setInterval(() => {
      const host = document.querySelector('fanlens-overlay');
      const panel = host?.shadowRoot?.querySelector<HTMLElement>('.fanlens-panel');
      const creatorId = panel?.dataset.creatorId ?? '';
      const state = panel?.dataset.state ?? '';
      const last = changes.at(-1);
      if (last?.creatorId === creatorId && last.state === state) return;
      changes.push({ creatorId, state, at: Date.now() });
    }, 10);
  });
}

export function panelChanges(page: Page): Promise<PanelChange[]> {
  return page.evaluate(() => (window as unknown as { panelChanges: PanelChange[] }).panelChanges);
}
