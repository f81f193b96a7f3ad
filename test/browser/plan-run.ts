import type { StandInMarketplace } from './stand-in-marketplace';
import type { PlanReport } from './marketplace-plan';

/** Waits for the first report that matches, polling the stand-in's list; throws on timeout. */
export async function waitForReport(
  marketplace: StandInMarketplace,
  matches: (report: PlanReport) => boolean,
  timeoutMs: number,
  describe: () => string,
): Promise<PlanReport> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = marketplace.reports.find(matches);
    if (found) return found;
    if (Date.now() > deadline) {
      throw new Error(`No matching report within ${timeoutMs / 1000} s. ${describe()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** One run's reports as short lines, `+seconds step event state creator`, for a message. */
export function reportLines(marketplace: StandInMarketplace, run: string, start: number): string {
  return marketplace.reports
    .filter((report) => report.run === run)
    .map((r) => `+${seconds(r.at - start)} s step ${r.step} ${r.event} ${r.state} ${r.creatorId}`)
    .join('\n');
}

export function seconds(ms: number): string {
  return (ms / 1000).toFixed(1);
}
