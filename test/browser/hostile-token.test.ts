import { describe, expect, it } from 'vitest';
import { UI_TIMEOUT_MS } from './extension-pages';
import { expectOverlayData, moveInApp } from './marketplace-actions';
import { CREATOR_PATH } from './marketplace-page';
import { overlayPanel } from './overlay-probe';
import { channelsHolding, pageVisibleText } from './hostile-scan';
import { evaluateInContentScript } from './hostile-world';
import { describeView, readView } from './panel-view';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';

// Distinctive, and with `+`, `/` and `=` so its URL-encoded forms differ from the raw one.
const TOKEN = 'FLcanary+7q3Z/tok=';
const poll = { timeout: UI_TIMEOUT_MS };
const harness = useHarness('hostile token suite', TOKEN);
const table = reliabilitySection({
  key: 'hostile-token',
  title: 'Hostile page: scripts look for the token',
  source: 'test/browser/hostile-token.test.ts',
  group: 'other',
  order: 20,
});

/** An answer that quotes the token back, as a careless vendor error message might. */
function echoingAnswer(code: number, message: string) {
  return { kind: 'reply', body: { code, data: null, message, recordTime: null } } as const;
}

describe('the token and the marketplace page', () => {
  const everywhere = table.row(
    'page hooks fetch, XHR, postMessage, dispatchEvent, console and the DOM; answer quotes the token',
  );
  it('is nowhere a page script can look, even when an answer quotes it', async () => {
    const [shown, echoed] = ['6d2e3f40000000000b00c1d1', '6d2e3f40000000000b00c1d2'];
    harness().api.setScenario(echoed, echoingAnswer(600, `no permission, token=${TOKEN}`));
    const page = await harness().browser.context.newPage();
    await page.goto(harness().marketplaceUrl(`${CREATOR_PATH}${shown}?hostile=capture,spy`));
    await expectOverlayData(page, shown);
    await overlayPanel(page).locator('[data-action="refresh"]').click();
    await expect.poll(() => harness().api.requestsFor(shown).length, poll).toBe(2);
    await expectOverlayData(page, shown);
    await moveInApp(page, `${CREATOR_PATH}${echoed}`);
    const details = overlayPanel(page).locator('[data-error-kind="no-permission"] code');
    await details.waitFor({ ...poll, state: 'attached' });

    // The answer did quote the token, and the panel shows it masked.
    expect(await details.textContent()).toContain('token=[token]');
    expect(harness().api.requests.map((request) => request.token)).toEqual([TOKEN, TOKEN, TOKEN]);
    const channels = await pageVisibleText(page);
    // The search covers the panel and what the page's hooks saw, or finding nothing means little.
    expect(channels.shadowRoots).toContain('data-error-kind="no-permission"');
    expect(channels.spied).toContain('data-state="data"');
    expect(channels.captured).toContain(':wxt:content-script-started');
    expect(channels.captured).toContain('fanlens-panel');
    expect(channelsHolding(channels, TOKEN)).toEqual([]);
    everywhere.record({
      seen: `${describeView(await readView(overlayPanel(page)))}; details show \`token=[token]\``,
      requests: `${harness().api.requests.length}, each with the token; none visible to the page`,
      afterwards: `no piece of the token in ${Object.keys(channels).join(', ')}`,
      dataLost: 'none',
    });
    await page.close();
  });

  const cutShort = table.row('an error message quoting the token is clipped inside it');
  it('shows no part of a quoted token, wherever the message is cut short', async () => {
    const creatorId = '6d2e3f40000000000b00c1d3';
    const message = `${'x'.repeat(66)} token=${TOKEN} (please check)`;
    harness().api.setScenario(creatorId, echoingAnswer(600, message));
    const page = await harness().browser.context.newPage();
    await page.goto(harness().marketplaceUrl(`${CREATOR_PATH}${creatorId}?hostile=spy`));
    const details = overlayPanel(page).locator('[data-error-kind="no-permission"] code');
    await details.waitFor({ ...poll, state: 'attached' });

    // The message is clipped right inside the token; the part before the cut is masked too.
    expect(await details.textContent()).toMatch(/ token=\[token\]…$/);
    expect(channelsHolding(await pageVisibleText(page), TOKEN)).toEqual([]);
    cutShort.record({
      seen: `${describeView(await readView(overlayPanel(page)))}; details end \`token=[token]…\``,
      requests: String(harness().api.requestsFor(creatorId).length),
      afterwards: 'no piece of the token (six characters or more) anywhere in the page',
      dataLost: 'none',
    });
    await page.close();
  });

  const storage = table.row('the content script world reads extension storage');
  it('cannot be read from the content script world: storage is for trusted contexts', async () => {
    const creatorId = '6d2e3f40000000000b00c1d4';
    const { browser } = harness();
    const page = await browser.context.newPage();
    await page.goto(harness().marketplaceUrl(`${CREATOR_PATH}${creatorId}`));
    await expectOverlayData(page, creatorId);
    const readToken = () =>
      evaluateInContentScript(
        page,
        browser.extensionId,
        `chrome.storage.local.get('token').then((items) => items.token)`,
      );
    const refused = { ok: false, error: expect.stringContaining('not allowed from this context') };
    expect(await readToken()).toEqual(refused);

    // The control: opened to untrusted contexts, the same read succeeds, so the refusal above
    // is the access level the background set, not a limit of the probe.
    type AccessLevel = 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS';
    const worker = browser.context.serviceWorkers()[0]!;
    const setLevel = (accessLevel: AccessLevel) =>
      worker.evaluate((level) => {
        const area = (globalThis as unknown as StorageGlobal).chrome.storage.local;
        return area.setAccessLevel({ accessLevel: level });
      }, accessLevel);
    await setLevel('TRUSTED_AND_UNTRUSTED_CONTEXTS');
    try {
      expect(await readToken()).toEqual({ ok: true, value: TOKEN });
    } finally {
      await setLevel('TRUSTED_CONTEXTS');
    }
    expect(await readToken()).toEqual(refused);
    storage.record({
      seen: '`data`; the read is refused: Access to storage is not allowed from this context',
      requests: String(harness().api.requestsFor(creatorId).length),
      afterwards:
        'the same read succeeds only while the worker opens storage to untrusted contexts',
      dataLost: 'none',
    });
    await page.close();
  });
});

interface StorageGlobal {
  chrome: {
    storage: { local: { setAccessLevel(options: { accessLevel: string }): Promise<void> } };
  };
}
