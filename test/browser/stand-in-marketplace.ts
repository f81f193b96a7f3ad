import { createServer as createHttpServer, type RequestListener, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { hostileTricksFrom } from './marketplace-hostile';
import { marketplaceHtml } from './marketplace-page';
import type { Certificate } from './self-signed-cert';

export interface StandInMarketplace {
  port: number;
  /** Paths of documents served, in order: a pushState move adds none. */
  readonly documentLoads: readonly string[];
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

  const handle: RequestListener = (req, res) => {
    const url = new URL(req.url ?? '/', 'http://stand-in');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    documentLoads.push(url.pathname);
    const tricks = hostileTricksFrom(url.searchParams.get('hostile'));
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(marketplaceHtml(tricks));
  };

  const server: Server = certificate
    ? createHttpsServer(certificate, handle)
    : createHttpServer(handle);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  return {
    port: (server.address() as AddressInfo).port,
    documentLoads,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
