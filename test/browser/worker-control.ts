import type { BrowserContext, Page } from 'playwright-core';
import { UI_TIMEOUT_MS } from './extension-pages';
import type { StandInApi } from './stand-in-api';

interface VersionsUpdate {
  versions: { scriptURL: string; runningStatus: string }[];
}

export interface WorkerWatch {
  /** The extension worker's running states as CDP reported them, in order. */
  readonly history: readonly string[];
  /** Stops every service worker and resolves once the extension's reports `stopped`. */
  stopAll(): Promise<void>;
  detach(): Promise<void>;
}

/**
 * Follows the extension's service worker through a CDP session on `page`. Chrome stops a
 * worker on its own after idleness, an update or memory pressure; under Playwright that
 * never happens (the debugger keeps workers alive), so tests stop it on purpose.
 */
export async function watchServiceWorker(
  context: BrowserContext,
  page: Page,
): Promise<WorkerWatch> {
  const cdp = await context.newCDPSession(page);
  const history: string[] = [];
  const waiters = new Set<() => void>();
  cdp.on('ServiceWorker.workerVersionUpdated', (update: VersionsUpdate) => {
    for (const version of update.versions) {
      if (!version.scriptURL.startsWith('chrome-extension://')) continue;
      if (history.at(-1) !== version.runningStatus) history.push(version.runningStatus);
      if (version.runningStatus === 'stopped') for (const wake of waiters) wake();
    }
  });
  await cdp.send('ServiceWorker.enable');

  return {
    history,
    async stopAll() {
      let wake = () => {};
      const stopped = new Promise<void>((resolve) => (wake = resolve));
      waiters.add(wake);
      try {
        await cdp.send('ServiceWorker.stopAllWorkers');
        await withTimeout(stopped, UI_TIMEOUT_MS, 'The extension worker did not stop');
      } finally {
        waiters.delete(wake);
      }
    },
    detach: () => cdp.detach(),
  };
}

/** Stops the extension's worker once, through a session of its own. */
export async function stopServiceWorkers(context: BrowserContext, page: Page): Promise<void> {
  const watch = await watchServiceWorker(context, page);
  try {
    await watch.stopAll();
  } finally {
    await watch.detach();
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} within ${ms} ms`)), ms);
  });
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/** Resolves once the stand-in API has seen `count` requests for the creator. */
export async function waitForRequests(
  api: StandInApi,
  creatorId: string,
  count: number,
  timeoutMs = UI_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (api.requestsFor(creatorId).length < count) {
    if (Date.now() > deadline) {
      const seen = api.requestsFor(creatorId).length;
      throw new Error(
        `Expected ${count} requests for ${creatorId} within ${timeoutMs} ms; ${seen}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves once the stand-in API has seen the creator's `index`-th request closed early. */
export async function waitForEarlyClose(
  api: StandInApi,
  creatorId: string,
  index: number,
  timeoutMs = UI_TIMEOUT_MS,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!api.requestsFor(creatorId)[index]?.closedEarly) {
    if (Date.now() > deadline) {
      throw new Error(`Request ${index} for ${creatorId} was not closed within ${timeoutMs} ms`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
