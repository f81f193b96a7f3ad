import {
  requestSchema,
  type OverlayPrefs,
  type ParsedRequest,
  type ReplyByType,
} from '../messages';
import { isTrustedSender, type Self, type SenderInfo } from './sender';

/** What the background can do for a view; each entry answers one message type. */
export interface AudienceOptions {
  fresh: boolean;
  cacheOnly: boolean;
}

export interface BackgroundActions {
  getAudience(creatorId: string, options: AudienceOptions): Promise<ReplyByType['audience/get']>;
  hasToken(): Promise<boolean>;
  openOptions(): Promise<void>;
  clearCache(): Promise<number>;
  overlayPrefs(): Promise<OverlayPrefs>;
  setOverlayCollapsed(collapsed: boolean): Promise<void>;
}

/** Sent back for anything refused, so a caller never waits for an answer that won't come. */
export interface Refusal {
  refused: 'untrusted-sender' | 'malformed-request';
}

export type RouterReply = ReplyByType[keyof ReplyByType] | Refusal;

export function createRouter(actions: BackgroundActions, self: Self) {
  async function dispatch(request: ParsedRequest): Promise<RouterReply> {
    switch (request.type) {
      case 'audience/get':
        return actions.getAudience(request.creatorId, {
          fresh: request.fresh,
          cacheOnly: request.cacheOnly,
        });
      case 'token/status':
        return { hasToken: await actions.hasToken() };
      case 'options/open':
        await actions.openOptions();
        return { opened: true };
      case 'cache/clear':
        return { removed: await actions.clearCache() };
      case 'overlay/prefs':
        return actions.overlayPrefs();
      case 'overlay/collapse':
        await actions.setOverlayCollapsed(request.collapsed);
        return actions.overlayPrefs();
    }
  }

  return function route(message: unknown, sender: SenderInfo): Promise<RouterReply> {
    if (!isTrustedSender(sender, self)) {
      return Promise.resolve({ refused: 'untrusted-sender' });
    }

    const parsed = requestSchema.safeParse(message);
    if (!parsed.success) return Promise.resolve({ refused: 'malformed-request' });

    return dispatch(parsed.data);
  };
}
