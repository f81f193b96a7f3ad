import type { FailureInfo, FailureKind } from '@/utils/api/error-kinds';
import type { AudienceAnswer } from '@/utils/messages';

/** What the audience panel shows; the overlay and the popup drive it the same way. */
export type PanelState =
  /** Click-to-load mode: nothing is asked (and paid for) until the user says so. */
  | { status: 'idle'; creatorId: string }
  | { status: 'loading'; creatorId: string }
  | {
      status: 'data';
      creatorId: string;
      answer: AudienceAnswer;
      /** A refresh is under way; the answer stays on screen meanwhile. */
      refreshing?: boolean;
      /** The last refresh failed; the answer shown is the one from before it. */
      refreshError?: FailureInfo;
    }
  | { status: 'error'; creatorId: string; error: FailureInfo }
  | { status: 'no-token' };

export type PanelStatus = PanelState['status'];

/** Asking again cannot help until the user (or the vendor account) changes something. */
const NEVER_RETRY: ReadonlySet<FailureKind> = new Set([
  'no-token',
  'invalid-id',
  // The API refused these parameters (a malformed id, a moved endpoint): the same request
  // would be refused again.
  'bad-params',
  'token-invalid',
  'no-permission',
]);

/** Whether a retry button makes sense now; a spent quota comes back only at `retryAt`. */
export function canRetry(error: FailureInfo, now: number): boolean {
  if (NEVER_RETRY.has(error.kind)) return false;
  if (error.kind === 'quota-exceeded') return error.retryAt !== undefined && now >= error.retryAt;
  return true;
}

/** These failures are fixed in Settings, so the panel offers a way there. */
const FIXED_IN_SETTINGS: ReadonlySet<FailureKind> = new Set([
  'no-token',
  'token-invalid',
  'no-permission',
  'network',
]);

export function offersSettings(error: FailureInfo): boolean {
  return FIXED_IN_SETTINGS.has(error.kind);
}
