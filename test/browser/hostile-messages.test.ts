import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOverlayData } from './marketplace-actions';
import { CREATOR_PATH } from './marketplace-page';
import { overlayPanel } from './overlay-probe';
import { describeView, readView } from './panel-view';
import { EXTENSION_DIR } from './paths';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';

const TOKEN = 'FLcanary-msgs-8d2';
const harness = useHarness('hostile messages suite', TOKEN);
const table = reliabilitySection({
  key: 'hostile-messages',
  title: 'Hostile page: scripts send messages to the extension',
  source: 'test/browser/hostile-messages.test.ts',
  group: 'other',
  order: 22,
});

/** Long enough for a forged request to have reached the API had it been obeyed. */
const SETTLE_MS = 1_000;

interface HostileWindow {
  __hostile: { wxtPrefix?: string; log: string[] };
}

async function openWithTricks(creatorId: string, tricks: string) {
  const page = await harness().browser.context.newPage();
  await page.goto(harness().marketplaceUrl(`${CREATOR_PATH}${creatorId}?hostile=${tricks}`));
  return page;
}

describe('messages from a marketplace script', () => {
  const lookAlike = table.row(
    'postMessage and CustomEvents shaped like `audience/get` (fresh), and WXT’s move event',
  );
  it('look-alike window messages and events spend nothing', async () => {
    const [shown, other] = ['6e3f4051000000000c00d2e1', '6e3f4051000000000c00d2e2'];
    const page = await openWithTricks(shown, 'messages,capture');
    await expectOverlayData(page, shown);
    // WXT's start-up message tells the page the extension's id and its event names.
    const prefix = await page.evaluate(
      () => (window as unknown as HostileWindow).__hostile.wxtPrefix,
    );
    expect(prefix).toBe(`${harness().browser.extensionId}:pgy:wxt:`);

    await page.evaluate(
      ({ prefix, shown, other, path }) => {
        const forged = [
          { type: 'audience/get', creatorId: other, fresh: true },
          { type: 'audience/get', creatorId: shown, fresh: true },
          { type: 'cache/clear' },
          { type: 'options/open' },
        ];
        const targets = [window, document, document.querySelector('fanlens-overlay')!];
        for (const message of forged) {
          window.postMessage(message, '*');
          window.postMessage(JSON.stringify(message), '*');
          for (const target of targets) {
            target.dispatchEvent(new CustomEvent(message.type, { detail: message }));
          }
        }
        // WXT's own in-app move event, under its real name, pointing at another creator.
        const newUrl = new URL(path + other, location.href);
        const move = new CustomEvent(prefix + 'locationchange', { detail: { newUrl } });
        for (const target of targets) target.dispatchEvent(Object.assign(move, { newUrl }));
      },
      { prefix: prefix!, shown, other, path: CREATOR_PATH },
    );
    await page.waitForTimeout(SETTLE_MS);

    expect(harness().api.requests.map((request) => request.creatorId)).toEqual([shown]);
    await expectOverlayData(page, shown);
    lookAlike.record({
      seen: `${describeView(await readView(overlayPanel(page)))}, of the page's own creator`,
      requests: "1, the page's own creator at load; 0 for anything forged",
      afterwards: 'unchanged; the page learns the extension id from WXT’s start-up message',
      dataLost: 'none',
    });
    await page.close();
  });

  const runtime = table.row('page calls chrome.runtime.sendMessage / connect with our id');
  it('the page cannot message the extension: no runtime, sendMessage fails', async () => {
    const creatorId = '6e3f4051000000000c00d2e3';
    const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.externally_connectable).toBeUndefined();
    const page = await openWithTricks(creatorId, 'capture');
    await expectOverlayData(page, creatorId);
    const before = harness().api.requests.length;

    const outcome = await page.evaluate(
      ({ extensionId, creatorId }) => {
        type Runtime = { sendMessage(...args: unknown[]): unknown; connect(id: string): unknown };
        const api = (window as unknown as { chrome?: { runtime?: Runtime } }).chrome;
        const message = { type: 'audience/get', creatorId, fresh: true };
        const attempts = [
          () => api!.runtime!.sendMessage(extensionId, message),
          () => api!.runtime!.connect(extensionId),
        ].map((attempt) => {
          try {
            attempt();
            return 'sent';
          } catch (error) {
            return error instanceof TypeError ? 'TypeError' : String(error);
          }
        });
        return { chrome: typeof api, runtime: typeof api?.runtime, attempts };
      },
      { extensionId: harness().browser.extensionId, creatorId },
    );
    await page.waitForTimeout(SETTLE_MS);

    expect(outcome).toEqual({
      chrome: 'object',
      runtime: 'undefined',
      attempts: ['TypeError', 'TypeError'],
    });
    expect(harness().api.requests.length).toBe(before);
    runtime.record({
      seen: '`data`, unchanged; `chrome.runtime` is undefined in the page (TypeError)',
      requests: '0 from the page',
      afterwards: 'no externally_connectable in the manifest',
      dataLost: 'none',
    });
    await page.close();
  });
});
