import { existsSync } from 'node:fs';

/** Where Debian, Ubuntu and Google's packages put the browser, in order of preference. */
export const CHROMIUM_CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
] as const;

const HOW_TO_INSTALL =
  'Install it with `sudo apt-get install chromium` (Debian/Ubuntu), or set CHROME_PATH ' +
  'to the path of a Chromium or Chrome executable.';

/**
 * The Chromium the browser tests drive. Throws instead of returning nothing: a missing
 * browser must fail the suite with instructions, never skip it silently.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  exists: (path: string) => boolean = existsSync,
): string {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (exists(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there. ${HOW_TO_INSTALL}`);
  }

  const found = CHROMIUM_CANDIDATES.find((path) => exists(path));
  if (found) return found;

  const tried = CHROMIUM_CANDIDATES.join(', ');
  throw new Error(`No Chromium found for the browser tests (tried ${tried}). ${HOW_TO_INSTALL}`);
}
