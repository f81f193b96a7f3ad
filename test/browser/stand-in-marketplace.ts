import type { RequestListener } from 'node:http';
import { hostileTricksFrom } from './marketplace-hostile';
import { marketplaceHtml } from './marketplace-page';
import { PLAN_SCRIPT, reportFromQuery, type PlanReport } from './marketplace-plan';
import { listenOnLoopback } from './loopback-server';
import type { Certificate } from './self-signed-cert';

export interface StandInMarketplace {
  port: number;
  /** Paths of documents served, in order: a pushState move adds none. */
  readonly documentLoads: readonly string[];
  /** What pages following a visiting plan (`?plan=`) reported, in arrival order. */
  readonly reports: readonly PlanReport[];
  close(): Promise<void>;
}

/**
 * The Pugongying single-page app, reduced to what the overlay needs: the same HTML for
 * every path, creator pages told apart by URL only. HTTPS when given a certificate, like
 * the real https://pgy.xiaohongshu.com, so the extension's match patterns apply unchanged.
 */
export async function startStandInMarketplace(
  certificate?: Certificate,
): Promise<StandInMarketplace> {
  const documentLoads: string[] = [];
  const reports: PlanReport[] = [];

  const handle: RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/report') {
      reports.push(reportFromQuery(url.searchParams));
      res.writeHead(204, { 'cache-control': 'no-store' }).end();
      return;
    }
    documentLoads.push(url.pathname);
    const tricks = hostileTricksFrom(url.searchParams.get('hostile'));
    const plan = url.searchParams.has('plan') ? PLAN_SCRIPT : '';
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(marketplaceHtml(tricks, plan));
  };

  const { server, port } = await listenOnLoopback(handle, certificate);

  return {
    port,
    documentLoads,
    reports,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
