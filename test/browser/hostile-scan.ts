import type { Page } from 'playwright-core';

/** Each place a script on the marketplace page can read, as text, by name. */
export type PageChannels = Record<string, string>;

interface HostileWindow {
  __hostile?: { captured?: string[]; seen?: string[]; log?: string[] };
}

/**
 * Reads, from the page's own world, everything its scripts could get at: the DOM, every open
 * shadow root, cookies, both web storages, what the `capture` and `spy` tricks recorded,
 * the address, history state and window name, and the resource timing list.
 */
export function pageVisibleText(page: Page): Promise<PageChannels> {
  return page.evaluate(() => {
    const hostile = (window as HostileWindow).__hostile ?? {};
    const entries = (area: Storage) => JSON.stringify(Object.entries(area));
    const shadowRoots = [...document.querySelectorAll('*')]
      .map((element) => element.shadowRoot?.innerHTML ?? '')
      .filter((html) => html !== '');
    return {
      dom: document.documentElement.outerHTML,
      shadowRoots: shadowRoots.join('\n'),
      cookie: document.cookie,
      localStorage: entries(localStorage),
      sessionStorage: entries(sessionStorage),
      captured: (hostile.captured ?? []).join('\n'),
      spied: (hostile.seen ?? []).join('\n'),
      address: [location.href, JSON.stringify(history.state), window.name].join('\n'),
      resources: performance
        .getEntries()
        .map((entry) => entry.name)
        .join('\n'),
    };
  });
}

/** Long enough not to occur by chance, short enough to catch a token cut off in a message. */
const PIECE_LENGTH = 6;

/**
 * The forms a token takes in a URL (raw, percent-encoded, query-encoded) and in base64, and
 * every piece of them six characters long, so a token cut short is found too.
 */
export function secretPieces(secret: string): string[] {
  const query = new URLSearchParams({ t: secret }).toString().slice('t='.length);
  const base64 = Buffer.from(secret).toString('base64');
  const pieces = new Set<string>();
  for (const form of [secret, encodeURIComponent(secret), query, base64]) {
    for (let start = 0; start + PIECE_LENGTH <= form.length; start++) {
      pieces.add(form.slice(start, start + PIECE_LENGTH));
    }
  }
  return [...pieces];
}

/** Each channel in which a piece of the secret appears, with the pieces found there. */
export function channelsHolding(channels: PageChannels, secret: string): string[] {
  const pieces = secretPieces(secret);
  return Object.entries(channels).flatMap(([name, text]) => {
    const found = pieces.filter((piece) => text.includes(piece));
    return found.length > 0 ? [`${name}: ${found.join(' ')}`] : [];
  });
}
