/** How often one page may remove the panel and have it put back. */
export const MAX_REATTACHMENTS = 20;

export interface KeepAttachedOptions {
  /** Puts the host back into the page (WXT's `mount()` appends it to the current body). */
  reattach(): void;
  /** Called once when the page has removed the host more than the cap allows. */
  giveUp(): void;
  maxReattachments?: number;
}

/**
 * The marketplace may re-render `<body>` (innerHTML, or a new body element), which takes our
 * host with it; the panel would be gone until the next creator. One observer watches the
 * body's and the root's children and puts the host back, a bounded number of times, so a
 * page that keeps removing it cannot make us loop. Returns the function that stops watching.
 */
export function keepAttached(host: Element, options: KeepAttachedOptions): () => void {
  const max = options.maxReattachments ?? MAX_REATTACHMENTS;
  let reattached = 0;
  let watchedBody: HTMLElement | null = null;

  const observer = new MutationObserver(() => {
    if (!host.isConnected) {
      if (reattached >= max) {
        observer.disconnect();
        options.giveUp();
        return;
      }
      reattached += 1;
      options.reattach();
    }
    watchBody();
  });

  // A replaced body is a new node: observe it too (the old one no longer matters).
  function watchBody() {
    const body = document.body;
    if (!body || body === watchedBody) return;
    watchedBody = body;
    observer.observe(body, { childList: true });
  }

  observer.observe(document.documentElement, { childList: true });
  watchBody();
  return () => observer.disconnect();
}
