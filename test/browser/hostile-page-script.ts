import type { Page } from 'playwright-core';

/**
 * Every way a page script can press a button in the open shadow root without the user:
 * `.click()`, made-up mouse, pointer and keyboard events, and Enter on a focused button.
 */
export function clickFromPageScript(page: Page, action: string): Promise<string> {
  return page.evaluate((wanted) => {
    const root = document.querySelector('fanlens-overlay')?.shadowRoot;
    const button = root?.querySelector<HTMLElement>(`[data-action="${wanted}"]`);
    if (!button) return 'no button';
    const options = { bubbles: true, cancelable: true, composed: true };
    button.click();
    button.dispatchEvent(new MouseEvent('click', options));
    button.dispatchEvent(new PointerEvent('pointerdown', options));
    button.dispatchEvent(new PointerEvent('click', options));
    button.focus();
    for (const key of ['Enter', ' ']) {
      button.dispatchEvent(new KeyboardEvent('keydown', { ...options, key }));
      button.dispatchEvent(new KeyboardEvent('keyup', { ...options, key }));
    }
    return 'clicked';
  }, action);
}
