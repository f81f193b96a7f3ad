/** The fields of `runtime.MessageSender` that decide whether a message is ours. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
}

/** Where our content script runs; anything else on the web must never reach the background. */
export const MARKETPLACE_ORIGIN = 'https://pgy.xiaohongshu.com';

/**
 * Accepts only this extension's own pages and its content script on the marketplace.
 * `onMessage` already excludes other extensions and web pages, but a compromised or
 * foreign context must not be able to make the extension spend the user's token.
 */
export function isTrustedSender(sender: SenderInfo, extensionId: string): boolean {
  if (sender.id !== extensionId || !sender.url) return false;

  let url: URL;
  try {
    url = new URL(sender.url);
  } catch {
    return false;
  }

  if (url.protocol === 'chrome-extension:' || url.protocol === 'moz-extension:') {
    return url.host === extensionId || url.origin === sender.origin;
  }

  return url.hostname === 'pgy.xiaohongshu.com' && /^https?:$/.test(url.protocol);
}
