import { afterAll, beforeAll } from 'vitest';
import { planStepUrl, type Plan } from './marketplace-plan';
import { seedProfile, spawnPlainChromium, type PlainChromium } from './plain-chromium';
import { reportLines, seconds } from './plan-run';
import { makeSelfSignedCertificate } from './self-signed-cert';
import { startStandInApi, type StandInApi } from './stand-in-api';
import { startStandInMarketplace, type StandInMarketplace } from './stand-in-marketplace';

export interface PlainRun {
  browser: PlainChromium;
  /** Epoch ms when the browser was started. */
  start: number;
  /** The run's reports, the creator's requests and Chromium's stderr, for a failure. */
  story(creatorId: string): string;
}

export interface PlainHarness {
  api: StandInApi;
  marketplace: StandInMarketplace;
  /** A plain browser (no debugger) with the token saved, started on the plan's first step. */
  run(plan: Plan): Promise<PlainRun>;
}

/**
 * The stand-ins for suites whose browsers nobody drives: started before the file's first
 * test and closed after its last; each run gets its own Chromium and profile, closed by the
 * test that started it. Prints how long the file took, like useHarness.
 */
export function usePlainHarness(suite: string, token: string): () => PlainHarness {
  const servers: { api?: StandInApi; marketplace?: StandInMarketplace } = {};
  const started = performance.now();

  beforeAll(async () => {
    const certificate = makeSelfSignedCertificate(['api.justoneapi.com', 'pgy.xiaohongshu.com']);
    servers.api = await startStandInApi(certificate);
    servers.marketplace = await startStandInMarketplace(certificate);
  });

  afterAll(async () => {
    await Promise.all([servers.api?.close(), servers.marketplace?.close()]);
    console.log(`[fanlens browser] ${suite} ran in ${seconds(performance.now() - started)} s`);
  });

  return () => {
    const { api, marketplace } = servers;
    if (!api || !marketplace) throw new Error('The stand-in servers did not start.');
    const ports = { apiPort: api.port, marketplacePort: marketplace.port };

    async function run(plan: Plan): Promise<PlainRun> {
      const profile = await seedProfile(ports, token);
      const start = Date.now();
      const browser = spawnPlainChromium(ports, profile, planStepUrl(plan, 0));
      const story = (creatorId: string) =>
        `Reports:\n${reportLines(marketplace!, plan.run, start)}\n` +
        `Requests: ${JSON.stringify(api!.requestsFor(creatorId))}\n` +
        `Chromium: ${browser.stderr().slice(-1500)}`;
      return { browser, start, story };
    }

    return { api, marketplace, run };
  };
}
