import { describe } from 'vitest';
import { maxDelayMs, RATE_LIMIT_BACKOFF, RETRY_BACKOFF } from '../../utils/api/retry-policy';
import type { Scenario } from './api-scenarios';
import { creatorIds } from './creator-ids';
import { OVERLAY, POPUP } from './creator-surface';
import { UI_TIMEOUT_MS } from './extension-pages';
import { exerciseFault, expectData, expectNextCreatorWorks, HEALTHY } from './fault-flow';
import { worstBackoffMs, type FaultCase } from './fault-flow';
import { BAD_PARAMS, BALANCE_LOW, COLLECT_FAILED, NO_PERMISSION } from './fault-messages';
import { RATE_LIMITED, SERVER_ERROR, TOKEN_INVALID, unknownCode } from './fault-messages';
import { describeView, settledView } from './panel-view';
import { reliabilitySection } from './reliability-table';
import { useHarness } from './use-harness';

// Business codes arrive with HTTP 200, so Chromium's throttling of 5xx answers never applies
// and every case can share one browser.
const harness = useHarness('faults: business codes', 'fault-token-codes');
const table = reliabilitySection({
  key: 'faults-codes',
  title: 'Business codes (HTTP 200 with an error code)',
  source: 'test/browser/faults-codes.test.ts',
  group: 'faults',
  order: 30,
});
const ids = creatorIds(0x03);

const fixture = (file: string): Scenario => ({ kind: 'fixture', file });
const undocumented = (code: number): Scenario => ({
  kind: 'reply',
  body: { code, data: null, message: 'UNKNOWN', recordTime: null },
});
const RATE_LIMIT = fixture('error-302-rate-limit.json');
const retried = {
  requests: RETRY_BACKOFF.maxAttempts,
  bound: RETRY_BACKOFF.maxAttempts,
  settleMs: worstBackoffMs('retry') + UI_TIMEOUT_MS,
};
const backedOff = {
  requests: RATE_LIMIT_BACKOFF.maxAttempts,
  bound: RATE_LIMIT_BACKOFF.maxAttempts,
  settleMs: worstBackoffMs('backoff') + UI_TIMEOUT_MS,
};

const CODE_100: FaultCase = {
  fault: 'code 100, token invalid',
  scenario: fixture('error-100-invalid-token.json'),
  seen: TOKEN_INVALID,
  requests: 1,
};
const CODE_601: FaultCase = {
  fault: 'code 601, balance too low',
  scenario: fixture('error-601-balance.json'),
  seen: BALANCE_LOW,
  requests: 1,
};
const undocumentedCase = (code: number, retry: boolean): FaultCase => ({
  fault: `code ${code}, undocumented`,
  scenario: undocumented(code),
  seen: unknownCode(code),
  requests: 1,
  retry,
});

// The slowest first: at most five run at once, and the 302 backoffs take real seconds.
const CASES: FaultCase[] = [
  {
    fault: 'code 302, rate limited on every request',
    scenario: RATE_LIMIT,
    seen: RATE_LIMITED,
    ...backedOff,
  },
  {
    fault: 'code 301, collection failed',
    scenario: fixture('error-301-collect-failed.json'),
    seen: COLLECT_FAILED,
    ...retried,
    retry: true,
  },
  {
    fault: 'code 500, vendor internal error',
    scenario: fixture('error-500-server.json'),
    seen: SERVER_ERROR,
    ...retried,
  },
  CODE_100,
  {
    fault: 'code 400, bad parameters',
    scenario: fixture('error-400-bad-params.json'),
    seen: BAD_PARAMS,
    requests: 1,
  },
  {
    fault: 'code 600, no permission',
    scenario: fixture('error-600-permission.json'),
    seen: NO_PERMISSION,
    requests: 1,
  },
  CODE_601,
  undocumentedCase(101, true),
  undocumentedCase(602, false),
];

describe.concurrent('faults: business codes', () => {
  const twice = ids.pair();
  table.test('code 302 twice, then success', async ({ expect }) => {
    const h = harness();
    h.api.setScenario(twice.faulty, { kind: 'sequence', steps: [RATE_LIMIT, RATE_LIMIT, HEALTHY] });
    const page = await OVERLAY.open(h, twice.faulty);
    const twoBackoffs = maxDelayMs('backoff', 1) + maxDelayMs('backoff', 2);
    const view = await settledView(OVERLAY.panel(page, twice.faulty), twoBackoffs + UI_TIMEOUT_MS);
    expectData(expect, view);
    expect(view.dimensions).toHaveLength(6);
    expect(h.api.requestsFor(twice.faulty)).toHaveLength(3);
    const next = await expectNextCreatorWorks(h, expect, OVERLAY, page, twice.healthy);
    expect(h.api.requestsFor(twice.faulty)).toHaveLength(3);
    await page.close();
    return {
      seen: `\`loading\` while backing off, then ${describeView(view)}`,
      requests: `3 (bound ${RATE_LIMIT_BACKOFF.maxAttempts})`,
      afterwards: next,
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
describe('faults: business codes, in the popup', () => {
  for (const c of [CODE_100, CODE_601]) {
    const popup: FaultCase = { ...c, fault: `${c.fault} (popup)`, surface: POPUP };
    const pair = ids.pair();
    table.test(popup.fault, ({ expect }) => exerciseFault(harness(), expect, popup, pair));
  }
});
