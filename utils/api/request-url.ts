import { CREATOR_ID_PATTERN } from '../creator-id';
import { ENDPOINTS, ENVIRONMENTS, type Settings } from '../settings';
import { FanlensError } from './error-kinds';

export type RequestSettings = Pick<Settings, 'environment' | 'endpoint' | 'acceptCache'>;

/**
 * The one place a request URL is made. Only a 24-hex creator id may reach the paid API: a
 * malformed id would be billed or answered with code 400, so it is refused here, before any
 * request. The returned URL carries the token, so it must never be logged or put in a detail.
 */
export function buildRequestUrl(settings: RequestSettings, creatorId: string, token: string) {
  if (!CREATOR_ID_PATTERN.test(creatorId)) {
    // The refused value is left out: callers could have mixed up id and token.
    throw new FanlensError({ kind: 'invalid-id', detail: 'creator id is not 24 lowercase hex' });
  }
  if (token.trim() === '') {
    throw new FanlensError({ kind: 'no-token', detail: 'empty token' });
  }

  const endpoint = ENDPOINTS[settings.endpoint];
  const url = new URL(endpoint.path, ENVIRONMENTS[settings.environment]);
  const params = new URLSearchParams({ [endpoint.idParam]: creatorId, token });
  // acceptCache is documented only for the deprecated endpoint; the successor gets nothing
  // it does not document.
  if (settings.endpoint === 'kolFansPortrait') {
    params.set('acceptCache', String(settings.acceptCache));
  }
  url.search = params.toString();
  return url.toString();
}

/** A token-free description of where a request goes, for log lines and details. */
export function describeEndpoint(settings: RequestSettings): string {
  return `${settings.endpoint}@${settings.environment}`;
}
