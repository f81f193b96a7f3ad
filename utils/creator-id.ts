/** A creator's Xiaohongshu user id: 24 lowercase hex characters. */
export const CREATOR_ID_PATTERN = /^[0-9a-f]{24}$/;

/**
 * Finding a creator's id (24 lowercase hex characters) in what a user has: a marketplace
 * page URL, a Xiaohongshu profile URL, a bare id, or a share message around such a URL.
 */

export function isCreatorId(value: unknown): value is string {
  return typeof value === 'string' && CREATOR_ID_PATTERN.test(value);
}

const HEX_ID = '([0-9a-fA-F]{24})';
const MARKETPLACE_PAGE = new RegExp(`^/solar/(?:pre-trade/)?blogger-detail/${HEX_ID}/?$`);
const PROFILE_PAGE = new RegExp(`^/user/profile/${HEX_ID}/?$`);

function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function idFromPath(url: URL, page: RegExp): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return page.exec(url.pathname)?.[1]?.toLowerCase() ?? null;
}

/** The creator on a marketplace creator page, or null for any other page. */
export function creatorIdFromPageUrl(url: string): string | null {
  const parsed = parseUrl(url);
  // `host`, not `hostname`: a page on another port is not the marketplace.
  if (parsed?.host !== 'pgy.xiaohongshu.com') return null;
  return idFromPath(parsed, MARKETPLACE_PAGE);
}

function creatorIdFromProfileUrl(url: URL): string | null {
  if (url.host !== 'www.xiaohongshu.com' && url.host !== 'xiaohongshu.com') return null;
  return idFromPath(url, PROFILE_PAGE);
}

function isShortLink(url: URL): boolean {
  return url.hostname === 'xhslink.com' || url.hostname.endsWith('.xhslink.com');
}

export type CreatorInput =
  | { ok: true; creatorId: string }
  | { ok: false; reason: 'empty' | 'short-link' | 'red-id' | 'unrecognised' };

// Share messages wrap the URL in Chinese text, often without a space, so the text is cut
// at every character a URL cannot contain. (Splitting keeps long pastes linear in time,
// where a URL-finding regex would backtrack.)
const NOT_IN_URL = /[^\w\-.~:/?#@!$&'*+,;=%]+/;
const RED_ID = /^(?:小红书号[:：]?\s*)?\d+$/;

function urlFromWord(word: string): URL | null {
  const scheme = word.search(/https?:\/\//i);
  // A sentence may end right after the URL: `…/profile/<id>.`
  const candidate = (scheme > 0 ? word.slice(scheme) : word).replace(/[.,;:!?']+$/, '');
  return parseUrl(scheme >= 0 ? candidate : `https://${candidate}`);
}

// Chat apps and documents add invisible characters around what is copied.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
// Quotes and brackets a pasted id may come wrapped in: "…", <…>, 「…」, (…).
const WRAPPING = /^[\s"'`<>()[\]{}“”‘’「」『』《》]+|[\s"'`<>()[\]{}“”‘’「」『』《》]+$/g;

/** A creator id from whatever a user pasted, or why none could be found. */
export function parseCreatorInput(text: string): CreatorInput {
  // NFKC turns full-width letters and digits (ｄ, ５, ／) into their ASCII forms.
  const trimmed = text.normalize('NFKC').replace(INVISIBLE, '').trim();
  if (trimmed === '') return { ok: false, reason: 'empty' };

  const bare = trimmed.replace(WRAPPING, '').toLowerCase();
  if (isCreatorId(bare)) return { ok: true, creatorId: bare };
  if (RED_ID.test(trimmed)) return { ok: false, reason: 'red-id' };

  let sawShortLink = false;
  for (const word of trimmed.split(NOT_IN_URL)) {
    const url = urlFromWord(word);
    if (!url) continue;
    const creatorId =
      url.host === 'pgy.xiaohongshu.com'
        ? creatorIdFromPageUrl(url.href)
        : creatorIdFromProfileUrl(url);
    if (creatorId) return { ok: true, creatorId };
    sawShortLink ||= isShortLink(url);
  }
  return { ok: false, reason: sawShortLink ? 'short-link' : 'unrecognised' };
}
