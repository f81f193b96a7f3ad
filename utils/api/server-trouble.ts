/**
 * Chromium holds back an extension's requests to a URL after it answered HTTP 5xx a few
 * times in a row (extension request throttling, query string ignored, so every creator
 * shares it). A held-back fetch fails at once like a network error without reaching the
 * API. This remembers recent 5xx answers so such a failure is reported as the server
 * trouble it is, not as the user's network.
 */
export interface ServerTrouble {
  /** Called with the HTTP status of every answer that arrived. */
  noteStatus(status: number): void;
  /** Whether a network failure now is most likely the browser holding requests back. */
  explainsNetworkFailure(): boolean;
}

/** Chromium forgets a URL's failures two minutes after the last one. */
export const SERVER_TROUBLE_MEMORY_MS = 2 * 60 * 1000;

export function createServerTrouble(now: () => number): ServerTrouble {
  let lastServerErrorAt = Number.NEGATIVE_INFINITY;

  return {
    noteStatus(status) {
      if (status >= 500) lastServerErrorAt = now();
      else lastServerErrorAt = Number.NEGATIVE_INFINITY;
    },
    explainsNetworkFailure() {
      return now() - lastServerErrorAt < SERVER_TROUBLE_MEMORY_MS;
    },
  };
}
