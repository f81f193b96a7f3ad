import type { OptionsStrings } from './zh';

/** English copy of the options page (token and settings). */
export const EN_OPTIONS: OptionsStrings = {
  optionsTitle: 'Fanlens settings',
  tokenTitle: 'Just One API token',
  tokenHelp:
    'The token is a paid secret: it stays in this browser and goes only to the chosen ' +
    'Just One API environment.',
  tokenLabel: 'Token',
  tokenShow: 'Show',
  tokenHide: 'Hide',
  save: 'Save',
  tokenSaved: 'Token saved',
  tokenCleared: 'Token removed',
  saveFailed: 'Could not save; try again',
  settingsTitle: 'API and cache',
  settingsSaved: 'Settings saved',
  numberRange: 'Enter a whole number from {min} to {max}; not saved',
  environmentLabel: 'API environment',
  environmentGlobal: 'Global (default)',
  environmentMainland: 'Mainland China (HTTP)',
  endpointLabel: 'Audience endpoint',
  endpointFansProfile: 'fans_profile (current)',
  endpointKolFansPortrait: 'get-kol-fans-portrait (deprecated)',
  acceptCacheLabel: 'Let the API answer from its own cache (deprecated endpoint only)',
  overlayLoadLabel: 'Panel on creator pages',
  overlayLoadAuto: 'Load as soon as a creator page opens',
  overlayLoadClick: 'Load only after a click (saves calls)',
  cacheHoursLabel: 'Keep answers for (hours, 0 keeps nothing)',
  timeoutLabel: 'Request timeout (seconds, 60 or more advised)',
  clearCache: 'Clear cache',
  cacheCleared: '{count} kept answers removed',
  privacyTitle: 'Privacy',
  privacyText:
    'Fanlens collects nothing: the token and kept answers stay in this browser, and ' +
    'requests go only to the Just One API environment you chose.',
};
