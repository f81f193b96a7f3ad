import { storage } from 'wxt/utils/storage';
import { parseSettings, type Settings } from './settings';

/**
 * Every stored item, declared once. All live in extension-local storage; the token is read
 * only by the background service worker and the options page.
 */

/** The user's Just One API token: a paid secret, never sent anywhere but the API. */
export const tokenItem = storage.defineItem<string>('local:token', { fallback: '', version: 1 });

/**
 * Saves the token (trimmed; '' removes it). A daily-quota block belongs to the old token, so
 * a new one may be tried at once instead of waiting for midnight.
 */
export async function saveToken(token: string): Promise<string> {
  const trimmed = token.trim();
  const changed = trimmed !== (await loadToken());
  await tokenItem.setValue(trimmed);
  if (changed) await quotaBlockedUntilItem.removeValue();
  return trimmed;
}

/** The saved token, trimmed; '' when there is none or the stored value is not a string. */
export async function loadToken(): Promise<string> {
  const token: unknown = await tokenItem.getValue();
  return typeof token === 'string' ? token.trim() : '';
}

/**
 * Settings are stored as one object. Reading goes through `parseSettings`, so a corrupt or
 * older value never breaks a view: each bad field falls back to its default on its own.
 */
const settingsItem = storage.defineItem<unknown>('local:settings', { fallback: {}, version: 1 });

export async function loadSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(parseSettings(settings));
}

export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(parseSettings(value)));
}

/** Whether the overlay is collapsed to its small tab; remembered across pages. */
export const overlayCollapsedItem = storage.defineItem<boolean>('local:overlayCollapsed', {
  fallback: false,
  version: 1,
});

export async function loadOverlayCollapsed(): Promise<boolean> {
  return (await overlayCollapsedItem.getValue()) === true;
}

/** After a daily-quota answer (code 303): epoch ms before which no request is made. */
export const quotaBlockedUntilItem = storage.defineItem<number>('local:quotaBlockedUntil', {
  fallback: 0,
  version: 1,
});
