import { describe, expect, it, vi } from 'vitest';
import { createRouter, type BackgroundActions } from './router';

const EXTENSION_ID = 'abcdefghijklmnopabcdefghijklmnop';
const CREATOR_ID = '5d21ab6b000000001201567d';
const SELF = { id: EXTENSION_ID, pagesOrigin: `chrome-extension://${EXTENSION_ID}/` };
const fromContentScript = {
  id: EXTENSION_ID,
  url: `https://pgy.xiaohongshu.com/solar/pre-trade/blogger-detail/${CREATOR_ID}`,
};
const fromPopup = { id: EXTENSION_ID, url: `chrome-extension://${EXTENSION_ID}/popup.html` };

function setup() {
  const actions: BackgroundActions = {
    getAudience: vi.fn(async () => ({ ok: false as const, error: { kind: 'no-token' as const } })),
    hasToken: vi.fn(async () => true),
    openOptions: vi.fn(async () => undefined),
    clearCache: vi.fn(async () => 3),
    overlayPrefs: vi.fn(async () => ({ collapsed: true, overlayLoad: 'auto' as const })),
    setOverlayCollapsed: vi.fn(async () => undefined),
  };
  return { actions, route: createRouter(actions, SELF) };
}

describe('background router', () => {
  it('passes a valid audience request from the content script on', async () => {
    const { actions, route } = setup();
    const reply = await route({ type: 'audience/get', creatorId: CREATOR_ID }, fromContentScript);

    expect(reply).toEqual({ ok: false, error: { kind: 'no-token' } });
    expect(actions.getAudience).toHaveBeenCalledWith(CREATOR_ID, {
      fresh: false,
      cacheOnly: false,
    });
  });

  it('answers Firefox pages, whose host is a per-install UUID', async () => {
    const uuid = '0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0';
    const route = createRouter(setup().actions, {
      id: 'fanlens@example',
      pagesOrigin: `moz-extension://${uuid}/`,
    });
    const popup = { id: 'fanlens@example', url: `moz-extension://${uuid}/popup.html` };

    expect(await route({ type: 'token/status' }, popup)).toEqual({ hasToken: true });
  });

  it('answers the popup too', async () => {
    const { route } = setup();
    expect(await route({ type: 'cache/clear' }, fromPopup)).toEqual({ removed: 3 });
    expect(await route({ type: 'token/status' }, fromPopup)).toEqual({ hasToken: true });
  });

  it('stores the overlay collapse choice and answers the new preferences', async () => {
    const { actions, route } = setup();
    const reply = await route({ type: 'overlay/collapse', collapsed: true }, fromContentScript);

    expect(actions.setOverlayCollapsed).toHaveBeenCalledWith(true);
    expect(reply).toEqual({ collapsed: true, overlayLoad: 'auto' });
  });

  it.each([
    ['another extension', { id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: fromPopup.url }],
    ['a web page', { url: 'https://evil.example/' }],
    ['our id on a foreign site', { id: EXTENSION_ID, url: 'https://evil.example/' }],
    ['a look-alike host', { id: EXTENSION_ID, url: 'https://pgy.xiaohongshu.com.evil.cn/' }],
    ['no url', { id: EXTENSION_ID }],
    ["another extension's page", { id: EXTENSION_ID, url: 'chrome-extension://other/popup.html' }],
  ])('refuses %s without doing anything', async (_, sender) => {
    const { actions, route } = setup();
    const reply = await route({ type: 'audience/get', creatorId: CREATOR_ID }, sender);

    expect(reply).toEqual({ refused: 'untrusted-sender' });
    expect(actions.getAudience).not.toHaveBeenCalled();
  });

  it.each([
    null,
    'audience/get',
    { type: 'audience/get' },
    { type: 'audience/get', creatorId: '5D21AB6B000000001201567D' },
    { type: 'audience/get', creatorId: `${CREATOR_ID}&token=x` },
    { type: 'audience/get', creatorId: CREATOR_ID, token: 'stolen' },
    { type: 'token/read' },
  ])('refuses the malformed request %j', async (message) => {
    const { actions, route } = setup();

    expect(await route(message, fromContentScript)).toEqual({ refused: 'malformed-request' });
    expect(actions.getAudience).not.toHaveBeenCalled();
  });
});
