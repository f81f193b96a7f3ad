import { describe } from 'vitest';
import { HELD_BACK_BUDGET_MS } from '../../utils/api/client';
import { RETRY_BACKOFF } from '../../utils/api/retry-policy';
import { creatorIds } from './creator-ids';
import { OVERLAY } from './creator-surface';
import { UI_TIMEOUT_MS } from './extension-pages';
import { exerciseFault, expectData, expectFailure, expectNextCreatorWorks } from './fault-flow';
import { HEALTHY } from './fault-flow';
import { RETRIED, type FaultCase } from './fault-flow';
import { htmlPage, NETWORK, SERVER_ERROR } from './fault-messages';
import { attemptsOf, describeView, settledView } from './panel-view';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';

/*
 * Chromium throttles an extension's requests to a URL (its query left out, so every creator
 * shares the endpoint's entry) once HTTP 500 or 503 answers come in a row: the third and
 * later failures close the endpoint for 0.4–0.7 s, growing 1.4× per further failure
 * (https://www.chromium.org/throttling). A throttled fetch fails at once with "Failed to
 * fetch" and never reaches the API. Users get this too, so the harness keeps it on; each
 * fault here gets a fresh browser, so one test's failures cannot throttle the next.
 */
const TOKEN = 'fault-token-5xx';
const table = reliabilitySection({
  key: 'faults-5xx',
  title: 'HTTP 500 and 503, connection resets (a fresh browser each)',
  source: 'test/browser/faults-5xx.test.ts',
  group: 'faults',
  order: 20,
});
const ids = creatorIds(0x02);

const CASES: FaultCase[] = [
  {
    fault: 'HTTP 500, HTML page',
    scenario: htmlPage(500, 'Internal Server Error'),
    seen: SERVER_ERROR,
    ...RETRIED,
    retry: true,
  },
  {
    fault: 'HTTP 503, HTML page',
    scenario: htmlPage(503, 'Service Unavailable'),
    seen: SERVER_ERROR,
    ...RETRIED,
  },
];

for (const c of CASES) {
  describe(c.fault, () => {
    const harness = useHarness(`faults: ${c.fault}`, TOKEN);
    const pair = ids.pair();
    table.test(c.fault, ({ expect }) => exerciseFault(harness(), expect, c, pair));
  });
}

describe('connection reset', () => {
  const harness = useHarness('faults: connection reset', TOKEN);
  const [warm, reset] = [ids.pair(), ids.pair()];
  const fault = 'connection reset, no HTTP answer, right after another creator';
  table.test(
    fault,
    async ({ expect }) => {
      const h = harness();
      // The user has just looked at another creator: its connection waits in Chromium's pool.
      const page = await OVERLAY.open(h, warm.healthy);
      expectData(expect, await settledView(OVERLAY.panel(page, warm.healthy), UI_TIMEOUT_MS));

      h.api.setScenario(reset.faulty, { kind: 'reset' });
      await OVERLAY.moveTo(page, reset.faulty);
      const panel = OVERLAY.panel(page, reset.faulty);
      const view = await settledView(panel, RETRIED.settleMs);
      expectFailure(expect, view, NETWORK);
      expect(attemptsOf(view)).toBe(RETRY_BACKOFF.maxAttempts);
      // Chromium resends a GET once, on a new connection, when a reused keep-alive connection
      // breaks before any answer: the first attempt reaches the API twice.
      const reached = RETRY_BACKOFF.maxAttempts + 1;
      expect(h.api.requestsFor(reset.faulty)).toHaveLength(reached);

      h.api.setScenario(reset.faulty, HEALTHY);
      await panel.locator('[data-action="retry"]').click();
      expectData(expect, await settledView(panel, UI_TIMEOUT_MS));
      expect(h.api.requestsFor(reset.faulty)).toHaveLength(reached + 1);
      const next = await expectNextCreatorWorks(h, expect, OVERLAY, page, reset.healthy);
      expect(h.api.requestsFor(reset.faulty)).toHaveLength(reached + 1);
      await page.close();
      return {
        seen: describeView(view),
        requests:
          `${RETRY_BACKOFF.maxAttempts} attempts (bound ${RETRY_BACKOFF.maxAttempts}); ` +
          `${reached} reached the API: Chromium resent the first on a new connection`,
        afterwards: `API recovers, [重试] → \`data\`, +1 request; ${next}`,
        dataLost: 'none',
      };
    },
    5 * 60_000,
  );
});

describe('an outage: HTTP 503 for several creators in a row', () => {
  const harness = useHarness('faults: 503 outage', TOKEN);
  const OUTAGE = 5;
  const outage = Array.from({ length: OUTAGE }, () => ids.pair());
  const after = ids.pair();
  const fault = `HTTP 503 for ${OUTAGE} creators in a row, then the API recovers`;
  const outageSettleMs = RETRIED.settleMs + HELD_BACK_BUDGET_MS;
  table.test(fault, async ({ expect }) => {
    const h = harness();
    for (const { faulty } of outage) h.api.setScenario(faulty, htmlPage(503, 'Unavailable'));
    const page = await OVERLAY.open(h, outage[0]!.faulty);
    const views = [];
    for (const [index, { faulty }] of outage.entries()) {
      if (index > 0) await OVERLAY.moveTo(page, faulty);
      // Late in the outage the browser holds requests back; the client waits that out too.
      views.push(await settledView(OVERLAY.panel(page, faulty), outageSettleMs));
    }
    // The user's network is fine and the API answered every request it got: the panel must
    // say the API failed, never send the user off to check the network.
    for (const view of views) expectFailure(expect, view, SERVER_ERROR);
    for (const { faulty } of outage) {
      expect(h.api.requestsFor(faulty).length).toBeLessThanOrEqual(RETRY_BACKOFF.maxAttempts);
    }

    const next = await expectNextCreatorWorks(
      h,
      expect,
      OVERLAY,
      page,
      after.healthy,
      HELD_BACK_BUDGET_MS + UI_TIMEOUT_MS,
    );
    await page.close();
    return {
      seen: `every creator: ${describeView(views[0]!)}`,
      // Throttled attempts never reach the API, so the count per creator varies below the bound.
      requests: `at most ${RETRY_BACKOFF.maxAttempts} per creator`,
      afterwards: next,
      dataLost: 'none',
    };
  });
});
