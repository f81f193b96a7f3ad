import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { findChromium } from './find-chromium';
import { EXTENSION_DIR } from './paths';

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  /** `chrome-extension://<id>/<page>`. */
  extensionUrl(page: string): string;
  close(): Promise<void>;
}

export interface LaunchPorts {
  marketplacePort: number;
  apiPort: number;
}

/**
 * Sends the real host names to the loopback stand-ins and every other name nowhere, so a
 * test can never reach the real marketplace or the paid API, whatever the extension asks.
 */
export function hostResolverRules({ marketplacePort, apiPort }: LaunchPorts): string {
  return [
    `MAP pgy.xiaohongshu.com 127.0.0.1:${marketplacePort}`,
    `MAP api.justoneapi.com 127.0.0.1:${apiPort}`,
    'MAP * ~NOTFOUND',
  ].join(', ');
}

/**
 * The switches every test browser gets: the built extension, the loopback resolver rules and
 * a quiet profile. Shared by the Playwright launch and the plain launch without a debugger.
 */
export function extensionBrowserArgs(ports: LaunchPorts): string[] {
  return [
    `--disable-extensions-except=${EXTENSION_DIR}`,
    `--load-extension=${EXTENSION_DIR}`,
    `--host-resolver-rules=${hostResolverRules(ports)}`,
    '--lang=zh-CN',
    // The stand-ins use a certificate made at test time.
    '--ignore-certificate-errors',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // QUIC would bypass nothing here, but keeps every request on the mapped TCP ports.
    '--disable-quic',
  ];
}

/** Chromium with the built extension, in a fresh profile, headless. */
export async function launchWithExtension(ports: LaunchPorts): Promise<ExtensionBrowser> {
  const executablePath = findChromium();
  if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No extension build in ${EXTENSION_DIR}; run \`npm run build\` first.`);
  }

  const userDataDir = mkdtempSync(path.join(tmpdir(), 'fanlens-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    viewport: { width: 1280, height: 800 },
    // The users work in Chinese; the overlay and the popup follow the browser's language.
    locale: 'zh-CN',
    args: extensionBrowserArgs(ports),
  });

  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  const extensionId = new URL(worker.url()).host;

  return {
    context,
    extensionId,
    extensionUrl: (page) => `chrome-extension://${extensionId}/${page}`,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
