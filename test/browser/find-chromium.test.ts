import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('findChromium', () => {
  it('prefers CHROME_PATH when the file exists', () => {
    const env = { CHROME_PATH: '/opt/chrome/chrome' };
    expect(findChromium(env, only('/opt/chrome/chrome', '/usr/bin/chromium'))).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('refuses a CHROME_PATH that points nowhere instead of falling back', () => {
    const env = { CHROME_PATH: '/nowhere/chrome' };
    expect(() => findChromium(env, only('/usr/bin/chromium'))).toThrow(
      /CHROME_PATH is set to \/nowhere\/chrome.*apt-get install chromium/,
    );
  });

  it('walks the system paths in order', () => {
    expect(findChromium({}, only('/usr/bin/chromium-browser', '/usr/bin/google-chrome'))).toBe(
      '/usr/bin/chromium-browser',
    );
    expect(findChromium({}, only('/usr/bin/google-chrome'))).toBe('/usr/bin/google-chrome');
  });

  it('fails with install instructions when there is no browser at all', () => {
    expect(() => findChromium({}, only())).toThrow(
      /No Chromium found.*apt-get install chromium.*CHROME_PATH/,
    );
  });
});
