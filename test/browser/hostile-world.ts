import type { Page } from 'playwright-core';

export type WorldResult = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * Runs an expression in the world the extension's content script lives in on this page, the
 * way a compromised content script would, through the DevTools protocol: Playwright itself
 * only evaluates in the page's world or in its own utility world.
 */
export async function evaluateInContentScript(
  page: Page,
  extensionId: string,
  expression: string,
): Promise<WorldResult> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const worlds: { id: number; origin: string; type?: string }[] = [];
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      worlds.push({ id: context.id, origin: context.origin, type: context.auxData?.type });
    });
    // Enabling reports every existing context before it answers.
    await cdp.send('Runtime.enable');
    const origin = `chrome-extension://${extensionId}`;
    const world = worlds.find((w) => w.origin === origin && w.type === 'isolated');
    if (!world) throw new Error(`No content script world of ${extensionId} in ${page.url()}`);

    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: world.id,
      awaitPromise: true,
      returnByValue: true,
    });
    if (!exceptionDetails) return { ok: true, value: result.value };
    const error = exceptionDetails.exception?.description ?? exceptionDetails.text;
    return { ok: false, error };
  } finally {
    await cdp.detach();
  }
}
