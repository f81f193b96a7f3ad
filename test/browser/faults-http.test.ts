import { describe } from 'vitest';
import { readFixture } from './api-scenarios';
import { creatorIds } from './creator-ids';
import { OVERLAY, POPUP } from './creator-surface';
import { openOptionsPage, UI_TIMEOUT_MS } from './extension-pages';
import { exerciseFault, expectData, expectFailure, expectNextCreatorWorks } from './fault-flow';
import { HEALTHY } from './fault-flow';
import { RETRIED, type FaultCase } from './fault-flow';
import { BAD_PARAMS, codeless, htmlPage, SERVER_ERROR } from './fault-messages';
import { TIMEOUT, UNREADABLE, UNREADABLE_BILLED } from './fault-messages';
import { attemptsOf, describeView, settledView } from './panel-view';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';

// HTTP 500 and 503 are in faults-5xx.test.ts: Chromium throttles an extension's requests to
// an endpoint after such answers, which would leak into every concurrent test here.
const harness = useHarness('faults: HTTP and network', 'fault-token-http');
const table = reliabilitySection({
  key: 'faults-http',
  title: 'HTTP and network faults',
  source: 'test/browser/faults-http.test.ts',
  group: 'faults',
  order: 10,
});
const ids = creatorIds(0x01);

/** The options page's minimum; the API never answering must not keep a spinner for 60 s. */
const TIMEOUT_SECONDS = 10;

/** Saved through the options form, as a user would; every later request uses it. */
async function setTimeoutSeconds(seconds: number): Promise<void> {
  const page = await openOptionsPage(harness().browser);
  const field = page.locator('input[name="timeoutSeconds"]');
  await field.fill(String(seconds));
  await field.press('Tab');
  const status = page.locator('form[data-form="settings"] [role="status"]');
  await status.filter({ hasText: '设置已保存' }).waitFor({ timeout: UI_TIMEOUT_MS });
  await page.close();
}

const fractionsText = JSON.stringify(readFixture('fans-profile-fractions.json'));

const CASES: FaultCase[] = [
  {
    // Headers (HTTP 200) arrived, so the API did the work: asking again could bill twice.
    fault: 'connection closed halfway through the body',
    scenario: { kind: 'truncated', file: 'fans-profile-fractions.json' },
    seen: UNREADABLE_BILLED,
    requests: 1,
    retry: true,
  },
  {
    fault: 'HTTP 400, code-less JSON body',
    scenario: codeless(400),
    seen: BAD_PARAMS,
    requests: 1,
  },
  {
    fault: 'HTTP 404, code-less JSON body',
    scenario: codeless(404),
    seen: BAD_PARAMS,
    requests: 1,
  },
  {
    fault: 'HTTP 200, truncated JSON (complete HTTP answer)',
    scenario: { kind: 'reply', body: fractionsText.slice(0, fractionsText.length / 2) },
    seen: UNREADABLE,
    requests: 1,
  },
  {
    fault: 'HTTP 200, empty body',
    scenario: { kind: 'reply', body: '' },
    seen: UNREADABLE,
    requests: 1,
    retry: true,
  },
];

describe.concurrent('faults: HTTP and network', () => {
  const hang = ids.pair();
  table.test(`API never answers (timeout set to ${TIMEOUT_SECONDS} s)`, async ({ expect }) => {
    const h = harness();
    await setTimeoutSeconds(TIMEOUT_SECONDS);
    h.api.setScenario(hang.faulty, { kind: 'hang' });
    const page = await OVERLAY.open(h, hang.faulty);
    const panel = OVERLAY.panel(page, hang.faulty);

    // The wait is explained while it lasts.
    await panel.and(page.locator('[data-state="loading"]')).waitFor({ timeout: UI_TIMEOUT_MS });
    expect(await panel.textContent()).toContain('接口有时需要近一分钟，请稍候');
    const view = await settledView(panel, TIMEOUT_SECONDS * 1000 + UI_TIMEOUT_MS);
    expectFailure(expect, view, TIMEOUT);
    // One request, given up by the client; a timed-out call is never retried on its own.
    expect(h.api.requestsFor(hang.faulty)).toMatchObject([{ closedEarly: true }]);
    expect(attemptsOf(view)).toBe(1);

    h.api.setScenario(hang.faulty, HEALTHY);
    await panel.locator('[data-action="retry"]').click();
    expectData(expect, await settledView(panel, UI_TIMEOUT_MS));
    expect(h.api.requestsFor(hang.faulty)).toHaveLength(2);
    const next = await expectNextCreatorWorks(h, expect, OVERLAY, page, hang.healthy);
    expect(h.api.requestsFor(hang.faulty)).toHaveLength(2);
    await page.close();
    return {
      seen: `\`loading\` (正在获取粉丝画像…) for ${TIMEOUT_SECONDS} s, then ${describeView(view)}`,
      requests: '1, closed by the client; never retried by itself',
      afterwards: `API recovers, [重试] → \`data\`, +1 request; ${next}`,
      dataLost: 'none',
    };
  });

  for (const c of CASES) {
    const pair = ids.pair();
    table.test(c.fault, ({ expect }) => exerciseFault(harness(), expect, c, pair));
  }
});

// The popup opens on the creator of the active tab; run alone, it cannot pick up (and ask
// for) the creator page of a concurrent test.
describe('faults: HTTP and network, in the popup', () => {
  const c: FaultCase = {
    // 502 comes from gateways; Chromium's extension throttling ignores it, unlike 500/503.
    fault: 'HTTP 502, HTML page (popup)',
    scenario: htmlPage(502, 'Bad Gateway'),
    seen: SERVER_ERROR,
    ...RETRIED,
    surface: POPUP,
    retry: true,
  };
  const pair = ids.pair();
  table.test(c.fault, ({ expect }) => exerciseFault(harness(), expect, c, pair));
});
