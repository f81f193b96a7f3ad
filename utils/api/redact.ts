/**
 * Removes the token from text that is about to be logged or sent to a view. The token travels
 * in the query string, so an error message that quotes the request URL would carry it, raw or
 * encoded: URL queries are dropped whole, and any remaining form of the token is masked.
 */
export function redactSecret(text: string, secret: string): string {
  let result = text.replace(/(\bhttps?:\/\/[^\s?#"'<>]*)\?[^\s#"'<>]*/gi, '$1?[query]');
  if (secret === '') return result;

  const queryForm = new URLSearchParams({ t: secret }).toString().slice('t='.length);
  const forms = new Set([secret, encodeURIComponent(secret), queryForm]);
  for (const form of forms) result = result.split(form).join('[token]');
  for (const form of forms) result = maskCutOff(result, form);
  return stillQuotes(result, secret) ? WITHHELD : result;
}

export const WITHHELD = '[withheld: the text quoted the token]';

/** A run this long shared with the token means the text still carries part of it. */
const TELLING_RUN = 8;

/**
 * The last line of defence: a vendor message may quote the token in a form masking cannot
 * foresee (upper-cased, split by spaces, escaped, starting part-way). Compared loosely, any
 * run of the token still in the text withholds the whole text.
 */
function stillQuotes(text: string, secret: string): boolean {
  const haystack = loosely(text);
  const needle = loosely(secret);
  const run = Math.min(TELLING_RUN, needle.length);
  for (let at = 0; at + run <= needle.length; at++) {
    if (haystack.includes(needle.slice(at, at + run))) return true;
  }
  return false;
}

function loosely(text: string): string {
  let decoded = text;
  try {
    decoded = decodeURIComponent(text);
  } catch {
    // Not URL-encoded as a whole: compare it as it is.
  }
  return decoded.replace(/\\\//g, '/').replace(/\s+/g, '').toLowerCase();
}

/** Fewer characters give little away, and masking them would mangle ordinary words. */
const MIN_CUT_OFF = 4;

/**
 * Messages are clipped before they reach a view (`…token=FLcana…`), which can cut a token
 * short where the whole form is no longer found. The start of a token just before a cut (an
 * ellipsis, or the end of the text) is masked as well.
 */
function maskCutOff(text: string, form: string): string {
  const cuts = [text.length];
  for (let at = text.indexOf('…'); at !== -1; at = text.indexOf('…', at + 1)) cuts.push(at);

  let result = text;
  // Right to left, so that masking one cut leaves the positions of the others valid.
  for (const cut of cuts.sort((a, b) => b - a)) {
    const length = cutOffLength(result, cut, form);
    if (length > 0) result = `${result.slice(0, cut - length)}[token]${result.slice(cut)}`;
  }
  return result;
}

/** How many characters before `cut` are the beginning of `form`, or 0. */
function cutOffLength(text: string, cut: number, form: string): number {
  for (let length = Math.min(form.length - 1, cut); length >= MIN_CUT_OFF; length--) {
    if (text.startsWith(form.slice(0, length), cut - length)) return length;
  }
  return 0;
}
