import { describe, expect, it } from 'vitest';
import { t, type UiKey } from '../../utils/i18n';
import { openPopupPage, UI_TIMEOUT_MS } from './extension-pages';
import { expectOverlayData } from './marketplace-actions';
import { CREATOR_PATH, OLD_CREATOR_PATH } from './marketplace-page';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';

const TOKEN = 'FLcanary-ids-4c9';
const ID = '6f405162000000000d00e3f1';
const poll = { timeout: UI_TIMEOUT_MS };
const harness = useHarness('hostile ids suite', TOKEN);
const table = reliabilitySection({
  key: 'hostile-ids',
  title: 'Hostile input: creator ids that are not ids',
  source: 'test/browser/hostile-ids.test.ts',
  group: 'other',
  order: 24,
});

/** Long enough for a page's automatic request to have reached the API had it been made. */
const SETTLE_MS = 1_000;

/** Every request the stand-in saw carried one well-formed id and nothing but id and token. */
function expectOnlyWellFormedRequests(): void {
  for (const request of harness().api.requests) {
    expect(request.creatorId).toMatch(/^[0-9a-f]{24}$/);
    expect(Object.keys(request.params).sort()).toEqual(['token', 'userId']);
  }
}

const PAGES = [
  ['23 characters', `${CREATOR_PATH}${ID.slice(0, 23)}`],
  ['25 characters', `${CREATOR_PATH}${ID}0`],
  ['a smuggled token parameter', `${CREATOR_PATH}${ID}%26token%3Dx`],
  ['a smuggled query', `${CREATOR_PATH}${ID}%3FuserId%3D${'0'.repeat(24)}`],
  ['a non-hex character', `${OLD_CREATOR_PATH}${ID.slice(0, 23)}g`],
] as const;

describe('creator ids from a marketplace address', () => {
  for (const [label, pathname] of PAGES) {
    const row = table.row(`marketplace page, id with ${label}`);
    it(`${label}: no request and no panel`, async () => {
      const page = await harness().browser.context.newPage();
      await page.goto(harness().marketplaceUrl(pathname));
      await page.waitForTimeout(SETTLE_MS);

      expect(await page.locator('fanlens-overlay').count()).toBe(0);
      expect(harness().api.requests).toHaveLength(0);
      row.record({ seen: 'no panel', requests: '0', afterwards: '–', dataLost: 'none' });
      await page.close();
    });
  }

  const upper = table.row('marketplace page, id in uppercase');
  it('an uppercase id is asked for in its canonical lowercase form, once', async () => {
    const page = await harness().browser.context.newPage();
    await page.goto(harness().marketplaceUrl(`${CREATOR_PATH}${ID.toUpperCase()}`));
    await expectOverlayData(page, ID);

    expect(harness().api.requests.map((request) => request.creatorId)).toEqual([ID]);
    expectOnlyWellFormedRequests();
    const requests = '1, with the id in lowercase (the same creator)';
    upper.record({ seen: '`data`', requests, afterwards: '–', dataLost: 'none' });
    await page.close();
  });
});

const TYPED: readonly (readonly [string, string, UiKey])[] = [
  ['a few letters', 'abc', 'inputUnrecognised'],
  ['a short link', 'https://xhslink.com/a/AbCdEf123', 'inputShortLink'],
  [
    'a share text around a short link',
    '看看这个博主 http://xhslink.com/a/AbCdEf123，复制打开',
    'inputShortLink',
  ],
  ['a redId', '9537951985', 'inputRedId'],
  ['a labelled redId', '小红书号：9537951985', 'inputRedId'],
  ['an id with a token parameter', `${ID}&token=x`, 'inputUnrecognised'],
  ['an id one character short', ID.slice(1), 'inputUnrecognised'],
];

describe('creator ids typed into the popup', () => {
  let looked = 0;
  for (const [label, typed, message] of TYPED) {
    const row = table.row(`popup, ${label}`);
    it(`refuses ${label} with a clear message and no request`, async () => {
      harness().api.reset();
      const page = await openPopupPage(harness().browser);
      const input = page.locator('form input[name="kolId"]');
      await input.fill(typed);
      await input.press('Enter');

      const help = page.locator('#fanlens-lookup-help.fanlens-input-problem');
      await help.waitFor(poll);
      expect(await help.textContent()).toBe(t('zh', message));
      expect(await input.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('.fanlens-panel').count()).toBe(0);
      expect(harness().api.requests).toHaveLength(0);

      // The same form does ask once it is given a real id, so the silence above is a refusal.
      const creatorId = `6f405162000000000d00e4${String(++looked).padStart(2, '0')}`;
      await input.fill(creatorId);
      await input.press('Enter');
      const panel = `.fanlens-panel[data-creator-id="${creatorId}"][data-state="data"]`;
      await page.locator(panel).waitFor(poll);
      expect(harness().api.requests.map((request) => request.creatorId)).toEqual([creatorId]);
      expectOnlyWellFormedRequests();
      row.record({
        seen: `refused: ${t('zh', message)}`,
        requests: '0; 1 once a real id is typed',
        afterwards: 'the input stays for correction',
        dataLost: 'none',
      });
      await page.close();
    });
  }
});
