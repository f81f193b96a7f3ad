import { browser } from 'wxt/browser';
import type { AudienceReply, ReplyByType, Request } from './messages';

/**
 * Views reach the background only through here. A stopped or reloaded worker, or a refusal,
 * becomes an answer the view can show (`disconnected`), never an unhandled rejection.
 */
export async function askBackground<T extends Request['type']>(
  request: Extract<Request, { type: T }>,
): Promise<ReplyByType[T]> {
  if (!extensionContextAlive()) throw new Error('Extension context invalidated.');

  const reply: unknown = await browser.runtime.sendMessage(request);
  if (reply === undefined || reply === null || (typeof reply === 'object' && 'refused' in reply)) {
    throw new Error(`The background refused or dropped the request (${JSON.stringify(reply)}).`);
  }
  return reply as ReplyByType[T];
}

export async function requestAudience(
  creatorId: string,
  options: { fresh?: boolean; cacheOnly?: boolean } = {},
): Promise<AudienceReply> {
  try {
    return await askBackground({ type: 'audience/get', creatorId, ...options });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { kind: 'disconnected', detail } };
  }
}

/**
 * After the extension is updated or reloaded, an old content script keeps running in open
 * tabs, but its `runtime.id` is gone and every extension call throws.
 */
export function extensionContextAlive(): boolean {
  try {
    return Boolean(browser.runtime?.id);
  } catch {
    return false;
  }
}

/** Opens the options page from any view; the content script cannot open it itself. */
export function openOptions(): void {
  void askBackground({ type: 'options/open' }).catch(() => undefined);
}
