import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { seedToken } from './extension-pages';
import { findChromium } from './find-chromium';
import { extensionBrowserArgs, type LaunchPorts } from './launch';

/**
 * Chromium with the extension but without Playwright. A debugger attached to the service
 * worker (as Playwright's is) keeps it alive forever, so only a browser nobody drives shows
 * Chrome's real idle cut-off. Such a browser is steered by the pages' own scripts (a visiting
 * plan in the URL) and observed through what they report to the stand-in servers.
 */
export interface PlainChromium {
  /** Resolves with the exit code once the browser has ended. */
  exited: Promise<number | null>;
  /** Chromium's own stderr so far, for the failure message of a test. */
  stderr(): string;
  close(): Promise<void>;
}

/**
 * A fresh profile holding the token, saved through the real options form by a Playwright
 * launch that is closed again before the plain browser starts on the same profile. The
 * extension's id depends only on its folder, so the plain launch finds the token in storage.
 */
export async function seedProfile(ports: LaunchPorts, token: string): Promise<string> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'fanlens-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: true,
    args: extensionBrowserArgs(ports),
  });
  try {
    const worker =
      context.serviceWorkers()[0] ??
      (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    const extensionUrl = (page: string) => `chrome-extension://${extensionId}/${page}`;
    await seedToken({ context, extensionId, extensionUrl, close: async () => {} }, token);
  } finally {
    await context.close();
  }
  return userDataDir;
}

/** Starts headless Chromium on `startUrl` with no remote-debugging switch at all. */
export function spawnPlainChromium(
  ports: LaunchPorts,
  userDataDir: string,
  startUrl: string,
): PlainChromium {
  const args = [
    '--headless',
    `--user-data-dir=${userDataDir}`,
    '--window-size=1280,800',
    ...extensionBrowserArgs(ports),
    startUrl,
  ];
  // Its own process group, so closing ends the renderers and the worker with the browser.
  const child = spawn(findChromium(), args, {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-8000)));
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => resolve(code));
    child.once('error', () => resolve(null));
  });

  const signal = (name: NodeJS.Signals) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, name);
    } catch {
      // Already gone.
    }
  };

  return {
    exited,
    stderr: () => stderr,
    close: async () => {
      signal('SIGTERM');
      const late = setTimeout(() => signal('SIGKILL'), 5000);
      await exited;
      clearTimeout(late);
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
