/**
 * Tricks a hostile or merely careless host page can play on the overlay. Each is opt-in by
 * name (`?hostile=define,spy` on the first page load, or `?hostile=all`) so the product
 * tests run on a well-behaved page and a hardening suite can pick its adversary. Everything
 * the page attempts or sees goes to `window.__hostile.log` for the tests to read.
 */
export const HOSTILE_TRICKS = [
  /** Claims the overlay's tag name in the page's registry and grabs its shadow root. */
  'define',
  /** Page CSS that hides the overlay's host element. */
  'hide',
  /** Removes the overlay's host element whenever it is added. */
  'remove',
  /** Reads the open shadow root and keeps what it finds. */
  'spy',
  /** Swallows keyboard and click events aimed at the overlay. */
  'swallow',
  /** Posts look-alike extension messages at the window. */
  'messages',
  /** Replaces built-ins in the page's world (the content script's world must not care). */
  'prototypes',
  /**
   * Records everything a page script can observe: calls to hooked fetch, XMLHttpRequest,
   * postMessage, dispatchEvent and console, every window message, WXT's own events once their
   * names are learnt from a message, errors, and every DOM change (the open shadow root too).
   */
  'capture',
] as const;

export type HostileTrick = (typeof HOSTILE_TRICKS)[number];

export function hostileTricksFrom(query: string | null): HostileTrick[] {
  if (!query) return [];
  if (query === 'all') return [...HOSTILE_TRICKS];
  const asked = query.split(',');
  return HOSTILE_TRICKS.filter((trick) => asked.includes(trick));
}

// Plain JS for the page; `TRICKS` is prepended by the stand-in server.
export const HOSTILE_SCRIPT = `
  const hostile = (window.__hostile = { tricks: TRICKS, log: [], seen: [] });
  const log = (line) => hostile.log.push(line);
  const on = (trick) => TRICKS.includes(trick);
  const isOverlay = (node) => node instanceof Element && node.localName === 'fanlens-overlay';

  if (on('define')) {
    customElements.define('fanlens-overlay', class extends HTMLElement {
      constructor() {
        super();
        try {
          hostile.stolenRoot = this.attachShadow({ mode: 'open' });
          log('define: page owns the shadow root');
        } catch (error) {
          log('define: attachShadow refused: ' + error.message);
        }
      }
    });
  }
  if (on('hide')) {
    const style = document.createElement('style');
    style.textContent = 'fanlens-overlay { display: none !important; }';
    document.head.append(style);
    log('hide: style added');
  }
  if (on('remove')) {
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes)
          if (isOverlay(node)) { node.remove(); log('remove: overlay removed'); }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
  if (on('spy')) {
    setInterval(() => {
      for (const host of document.querySelectorAll('fanlens-overlay')) {
        const text = host.shadowRoot ? host.shadowRoot.innerHTML : '';
        if (text && !hostile.seen.includes(text)) hostile.seen.push(text);
      }
    }, 200);
  }
  if (on('swallow')) {
    for (const type of ['keydown', 'keypress', 'keyup', 'click']) {
      document.addEventListener(type, (event) => {
        if (!event.composedPath().some(isOverlay)) return;
        event.stopImmediatePropagation();
        log('swallow: ' + type);
      }, true);
    }
  }
  if (on('messages')) {
    const forged = [
      { type: 'audience/get', creatorId: '000000000000000000000000', fresh: true },
      { type: 'cache/clear' },
      { source: 'fanlens', type: 'token/status' },
    ];
    setInterval(() => forged.forEach((message) => window.postMessage(message, '*')), 300);
    log('messages: posting');
  }
  if (on('prototypes')) {
    JSON.parse = () => ({ hijacked: true });
    window.fetch = () => Promise.reject(new Error('hijacked'));
    Element.prototype.attachShadow = () => { throw new Error('hijacked'); };
    Array.prototype.map = function () { return ['hijacked']; };
    log('prototypes: replaced');
  }
  if (on('capture')) {
    const captured = (hostile.captured = []);
    const text = (value) => {
      if (typeof value === 'string') return value;
      if (value instanceof Event) return value.type + ' ' + text(value.detail ?? '');
      if (value instanceof Node) {
        return value.outerHTML ?? value.innerHTML ?? value.textContent ?? '';
      }
      try { return JSON.stringify(value) ?? String(value); } catch { return String(value); }
    };
    const keep = (channel, values) => captured.push(channel + ' ' + values.map(text).join(' '));
    const hook = (owner, name, channel) => {
      const original = owner[name];
      owner[name] = function (...args) {
        keep(channel, args);
        return original.apply(this, args);
      };
    };
    hook(window, 'fetch', 'fetch');
    for (const name of ['open', 'send', 'setRequestHeader']) {
      hook(XMLHttpRequest.prototype, name, 'xhr.' + name);
    }
    hook(window, 'postMessage', 'postMessage');
    hook(EventTarget.prototype, 'dispatchEvent', 'dispatchEvent');
    for (const level of ['log', 'info', 'warn', 'error', 'debug']) hook(console, level, 'console');
    addEventListener('error', (event) => keep('error', [event.message]));
    addEventListener('unhandledrejection', (event) => keep('rejection', [String(event.reason)]));

    // WXT names its events '<extension id>:<script>:wxt:…' and posts one such name at start.
    const learnt = new Set();
    addEventListener('message', (event) => {
      keep('message', [event.data]);
      const type = event.data && typeof event.data.type === 'string' ? event.data.type : '';
      const prefix = type.includes(':wxt:') ? type.slice(0, type.indexOf(':wxt:') + 5) : '';
      if (!prefix || learnt.has(prefix)) return;
      learnt.add(prefix);
      hostile.wxtPrefix = prefix;
      for (const name of ['locationchange', 'content-script-started']) {
        for (const target of [window, document]) {
          target.addEventListener(prefix + name, (e) => keep('wxt', [e]), true);
        }
      }
    });

    const watched = new WeakSet();
    const watch = (root) => {
      if (watched.has(root)) return;
      watched.add(root);
      new MutationObserver((records) => {
        for (const record of records) {
          keep('dom', [record.target, ...record.addedNodes]);
          for (const node of record.addedNodes) {
            if (node instanceof Element && node.shadowRoot) watch(node.shadowRoot);
          }
        }
      }).observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    };
    watch(document);
    log('capture: recording');
  }
`;
