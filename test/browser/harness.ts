import { launchWithExtension, type ExtensionBrowser } from './launch';
import { makeSelfSignedCertificate } from './self-signed-cert';
import { startStandInApi, type StandInApi } from './stand-in-api';
import { startStandInMarketplace, type StandInMarketplace } from './stand-in-marketplace';

export interface Harness {
  api: StandInApi;
  marketplace: StandInMarketplace;
  browser: ExtensionBrowser;
  /** A marketplace URL under its real name; the resolver rules send it to the stand-in. */
  marketplaceUrl(pathAndQuery: string): string;
  close(): Promise<void>;
}

/** Both stand-ins and a Chromium pointed at them: what every browser test starts from. */
export async function startHarness(): Promise<Harness> {
  const certificate = makeSelfSignedCertificate(['api.justoneapi.com', 'pgy.xiaohongshu.com']);
  const api = await startStandInApi(certificate);
  const marketplace = await startStandInMarketplace(certificate);

  let browser: ExtensionBrowser;
  try {
    browser = await launchWithExtension({ marketplacePort: marketplace.port, apiPort: api.port });
  } catch (error) {
    await Promise.all([api.close(), marketplace.close()]);
    throw error;
  }

  return {
    api,
    marketplace,
    browser,
    marketplaceUrl: (pathAndQuery) => `https://pgy.xiaohongshu.com${pathAndQuery}`,
    close: async () => {
      await browser.close();
      await Promise.all([api.close(), marketplace.close()]);
    },
  };
}
