import { z } from 'zod';
import type { Audience } from './audience/model';
import type { FailureInfo } from './api/error-kinds';
import { CREATOR_ID_PATTERN } from './creator-id';

/**
 * The protocol between the views (content script, popup, options) and the background.
 * Every request is declared here once and validated on arrival; anything else is refused.
 */

export const requestSchema = z.discriminatedUnion('type', [
  z
    .object({
      type: z.literal('audience/get'),
      creatorId: z.string().regex(CREATOR_ID_PATTERN),
      /** Skip the cache and ask the API anew. */
      fresh: z.boolean().default(false),
      /** Answer only from the cache (`not-cached` otherwise): never costs a request. */
      cacheOnly: z.boolean().default(false),
    })
    .strict(),
  z.object({ type: z.literal('token/status') }).strict(),
  z.object({ type: z.literal('options/open') }).strict(),
  z.object({ type: z.literal('cache/clear') }).strict(),
  /** The overlay's preferences; content scripts cannot read extension storage themselves. */
  z.object({ type: z.literal('overlay/prefs') }).strict(),
  z.object({ type: z.literal('overlay/collapse'), collapsed: z.boolean() }).strict(),
]);

export type Request = z.input<typeof requestSchema>;
export type ParsedRequest = z.output<typeof requestSchema>;

export interface AudienceAnswer {
  audience: Audience;
  /** Epoch ms when the API answered. */
  fetchedAt: number;
  /** True when no request was made because a kept answer was still fresh. */
  fromCache: boolean;
}

export type AudienceReply = { ok: true; value: AudienceAnswer } | { ok: false; error: FailureInfo };

export interface ReplyByType {
  'audience/get': AudienceReply;
  'token/status': { hasToken: boolean };
  'options/open': { opened: true };
  'cache/clear': { removed: number };
  'overlay/prefs': OverlayPrefs;
  'overlay/collapse': OverlayPrefs;
}

export interface OverlayPrefs {
  collapsed: boolean;
  /** `auto` loads the audience on its own; `click` waits for the user. */
  overlayLoad: 'auto' | 'click';
}
