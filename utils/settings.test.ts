import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings } from './settings';

describe('settings', () => {
  it('has the documented defaults', () => {
    expect(DEFAULT_SETTINGS).toEqual({
      environment: 'global',
      endpoint: 'fansProfile',
      acceptCache: true,
      overlayLoad: 'auto',
      cacheHours: 24,
      timeoutSeconds: 60,
    });
  });

  it('drops only the field that is wrong and keeps the rest', () => {
    const settings = parseSettings({ environment: 'mainland', cacheHours: 'soon', extra: 1 });
    expect(settings.environment).toBe('mainland');
    expect(settings.cacheHours).toBe(24);
    expect(settings).not.toHaveProperty('extra');
  });

  it.each([null, undefined, 'text', 42, []])('falls back to defaults for %s', (value) => {
    expect(parseSettings(value)).toEqual(DEFAULT_SETTINGS);
  });
});
