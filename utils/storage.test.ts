import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from './settings';
import {
  loadOverlayCollapsed,
  loadSettings,
  loadToken,
  quotaBlockedUntilItem,
  saveSettings,
  saveToken,
  tokenItem,
} from './storage';

const TOKEN = 'paid-secret-token';

describe('stored items', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with no token, default settings and an open overlay', async () => {
    expect(await loadToken()).toBe('');
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadOverlayCollapsed()).toBe(false);
  });

  it('keeps the token and the settings as saved', async () => {
    await tokenItem.setValue(TOKEN);
    await saveSettings({ ...DEFAULT_SETTINGS, environment: 'mainland', cacheHours: 2 });

    expect(await loadToken()).toBe(TOKEN);
    expect(await loadSettings()).toMatchObject({ environment: 'mainland', cacheHours: 2 });
  });

  it.each([
    ['a string', 'corrupt'],
    ['an array', [1, 2]],
    ['null', null],
    ['wrong field types', { environment: 42, cacheHours: -5, overlayLoad: 'sometimes' }],
  ])('reads settings stored as %s as the defaults, and keeps the token', async (_, value) => {
    await tokenItem.setValue(TOKEN);
    await fakeBrowser.storage.local.set({ settings: value });

    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await loadToken()).toBe(TOKEN);
  });

  it('keeps the good fields of partly corrupt settings', async () => {
    await fakeBrowser.storage.local.set({ settings: { environment: 'mainland', cacheHours: 'x' } });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, environment: 'mainland' });
  });

  it.each([42, { token: TOKEN }, ['a']])(
    'treats a non-string token (%j) as none',
    async (value) => {
      await fakeBrowser.storage.local.set({ token: value });
      expect(await loadToken()).toBe('');
    },
  );

  it('saves a new token trimmed and lifts the daily-quota block of the old one', async () => {
    await quotaBlockedUntilItem.setValue(Date.parse('2026-12-05T16:00:00Z'));

    expect(await saveToken(`  ${TOKEN}\n`)).toBe(TOKEN);
    expect(await loadToken()).toBe(TOKEN);
    expect(await quotaBlockedUntilItem.getValue()).toBe(0);
  });

  it('keeps the daily-quota block when the same token is saved again', async () => {
    const until = Date.parse('2026-12-05T16:00:00Z');
    await tokenItem.setValue(TOKEN);
    await quotaBlockedUntilItem.setValue(until);

    await saveToken(` ${TOKEN} `);
    expect(await quotaBlockedUntilItem.getValue()).toBe(until);
  });

  it('trims white space pasted around the token', async () => {
    await fakeBrowser.storage.local.set({ token: `  ${TOKEN}\n` });
    expect(await loadToken()).toBe(TOKEN);
  });

  it.each(['yes', 1, null])('treats a collapsed flag of %j as open', async (value) => {
    await fakeBrowser.storage.local.set({ overlayCollapsed: value });
    expect(await loadOverlayCollapsed()).toBe(false);
  });
});
