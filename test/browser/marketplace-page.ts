import { HOSTILE_SCRIPT, type HostileTrick } from './marketplace-hostile';

/** Creators the stand-in marketplace links to; real-looking ids, both id generations. */
export const MARKETPLACE_CREATORS = {
  first: '5d21ab6b000000001201567d',
  second: '5662e3c1b8ce1a26f2c10712',
  third: '60a7c3f2000000000100b4e1',
} as const;

export const CREATOR_PATH = '/solar/pre-trade/blogger-detail/';
export const OLD_CREATOR_PATH = '/solar/blogger-detail/';
export const KOL_LIST_PATH = '/solar/pre-trade/note/kol';

/** What the page script exposes for tests that move without a link. */
export interface StandInWindow {
  standIn: { go(href: string): void };
}

const { first, second, third } = MARKETPLACE_CREATORS;

// Plain JS, not a serialised TS function: the bundler's helpers must not leak into the page.
// Clicks on [data-href] move with pushState, as the real single-page app does.
const ROUTER_SCRIPT = `
  const app = document.getElementById('app');
  function render() {
    const match = location.pathname.match(/blogger-detail\\/([^/?#]+)/);
    app.textContent = '';
    const heading = document.createElement('h1');
    heading.textContent = match ? '博主详情 ' + match[1] : '达人广场';
    app.append(heading);
    document.body.dataset.route = match ? 'creator' : 'list';
  }
  function go(href) {
    history.pushState({}, '', href);
    render();
  }
  document.addEventListener('click', (event) => {
    const link = event.target.closest('[data-href]');
    if (!link) return;
    event.preventDefault();
    go(link.dataset.href);
  });
  addEventListener('popstate', render);
  window.standIn = { go };
  render();
`;

function link(label: string, href: string, creatorId = ''): string {
  return `<a href="${href}" data-href="${href}" data-creator-id="${creatorId}">${label}</a>`;
}

/**
 * One HTML document for every path, like the real single-page app. `testScript` is plain JS a
 * test adds after the app's own scripts (the visiting plan of marketplace-plan.ts).
 */
export function marketplaceHtml(tricks: readonly HostileTrick[] = [], testScript = ''): string {
  const hostile =
    tricks.length === 0
      ? ''
      : `<script>const TRICKS = ${JSON.stringify(tricks)};${HOSTILE_SCRIPT}</script>`;
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>蒲公英 · stand-in</title>
<style>
  body { margin: 0; font: 14px/1.5 system-ui, sans-serif; background: #f5f6f8; color: #333; }
  nav { display: flex; gap: 16px; padding: 12px 24px; background: #fff; border-bottom: 1px solid #ddd; }
  /* Real creator pages are long; the overlay must stay put while they scroll. */
  main { padding: 24px; min-height: 2400px; }
  h1 { font-size: 20px; margin: 0 0 12px; }
</style>
</head>
<body>
<nav>
  ${link('博主 A', `${CREATOR_PATH}${first}?track_id=t1&source=search`, first)}
  ${link('博主 B', `${CREATOR_PATH}${second}?track_id=t2&fromRoute=list`, second)}
  <button type="button" data-href="${OLD_CREATOR_PATH}${third}" data-creator-id="${third}">
    博主 C（旧版链接）</button>
  ${link('达人广场', KOL_LIST_PATH)}
</nav>
<main id="app"></main>
<script>${ROUTER_SCRIPT}</script>
${hostile}
${testScript === '' ? '' : `<script>${testScript}</script>`}
</body>
</html>`;
}
