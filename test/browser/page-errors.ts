import type { BrowserContext, Page } from 'playwright-core';

interface ExceptionThrown {
  exceptionDetails: { text: string; exception?: { description?: string } };
}

interface ConsoleCalled {
  type: string;
  args: { value?: unknown; description?: string }[];
}

export interface PageErrors {
  /** Every uncaught error, unhandled rejection and console error or warning so far. */
  readonly lines: readonly string[];
  detach(): Promise<void>;
}

/**
 * Collects what a page's scripts throw or complain about, in every world of the page. The
 * content script runs in an isolated world, which Playwright's `pageerror` does not cover,
 * so the Runtime domain of a CDP session on the page is read as well: it reports uncaught
 * errors and console calls of all execution contexts, the extension's included.
 */
export async function collectPageErrors(context: BrowserContext, page: Page): Promise<PageErrors> {
  const lines: string[] = [];
  page.on('pageerror', (error) => lines.push(`pageerror: ${error.message}`));

  const cdp = await context.newCDPSession(page);
  cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }: ExceptionThrown) => {
    const description = exceptionDetails.exception?.description ?? '';
    lines.push(`uncaught: ${exceptionDetails.text} ${description}`.trim());
  });
  cdp.on('Runtime.consoleAPICalled', ({ type, args }: ConsoleCalled) => {
    if (type !== 'error' && type !== 'warning' && type !== 'assert') return;
    const text = args.map((arg) => String(arg.value ?? arg.description ?? '')).join(' ');
    lines.push(`console.${type}: ${text}`);
  });
  await cdp.send('Runtime.enable');

  return { lines, detach: () => cdp.detach() };
}
