/**
 * Removes the token from text that is about to be logged or sent to a view. The token travels
 * in the query string, so an error message that quotes the request URL would carry it, raw or
 * encoded: URL queries are dropped whole, and any remaining form of the token is masked.
 */
export function redactSecret(text: string, secret: string): string {
  let result = text.replace(/(\bhttps?:\/\/[^\s?#"'<>]*)\?[^\s#"'<>]*/gi, '$1?[query]');
  if (secret === '') return result;

  const queryForm = new URLSearchParams({ t: secret }).toString().slice('t='.length);
  for (const form of new Set([secret, encodeURIComponent(secret), queryForm])) {
    result = result.split(form).join('[token]');
  }
  return result;
}
