/** The fields of `runtime.MessageSender` that decide whether a message is ours. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
}

/** Where our content script runs; anything else on the web must never reach the background. */
export const MARKETPLACE_ORIGIN = 'https://pgy.xiaohongshu.com';

/** Who "we" are: the extension's id and the origin of its pages (`runtime.getURL('/')`). */
export interface Self {
  id: string;
  /** In Firefox the pages' host is a per-install UUID, not the id, hence both. */
  pagesOrigin: string;
}

/**
 * Accepts only this extension's own pages and its content script on the marketplace.
 * `onMessage` already excludes other extensions and web pages, but a compromised or
 * foreign context must not be able to make the extension spend the user's token.
 */
export function isTrustedSender(sender: SenderInfo, self: Self): boolean {
  if (sender.id !== self.id || !sender.url) return false;

  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }

  if (url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:') {
    // Compared by scheme and host: `URL.origin` is "null" for these schemes outside Chrome.
    const ours = new URL(self.pagesOrigin);
    return url.protocol === ours.protocol && url.host === ours.host && url.host !== '';
  }

  return url.hostname === 'pgy.xiaohongshu.com' && /^https?:$/.test(url.protocol);
}
