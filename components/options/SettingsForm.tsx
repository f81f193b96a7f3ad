import { useEffect, useState } from 'preact/hooks';
import { askBackground } from '@/utils/ask-background';
import { t, type Lang } from '@/utils/i18n';
import {
  CACHE_HOURS_RANGE,
  DEFAULT_SETTINGS,
  ENVIRONMENTS,
  TIMEOUT_SECONDS_RANGE,
  type Settings,
} from '@/utils/settings';
import { loadSettings, saveSettings } from '@/utils/storage';
import { NumberField } from './NumberField';
import { SelectField } from './SelectField';

/** Every setting is saved as soon as it changes; the line under the form confirms it. */
export function SettingsForm({ lang }: { lang: Lang }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [status, setStatus] = useState('');

  useEffect(() => void loadSettings().then(setSettings), []);

  async function change<K extends keyof Settings>(key: K, value: Settings[K]) {
    const next = { ...settings, [key]: value };
    setSettings(next);
    await saveSettings(next);
    setStatus(t(lang, 'settingsSaved'));
  }

  async function clearCache() {
    try {
      const { removed } = await askBackground({ type: 'cache/clear' });
      setStatus(t(lang, 'cacheCleared', { count: removed }));
    } catch {
      setStatus(t(lang, 'saveFailed'));
    }
  }

  return (
    <form class="fanlens-card" data-form="settings" onSubmit={(event) => event.preventDefault()}>
      <h2>{t(lang, 'settingsTitle')}</h2>

      <SelectField
        name="environment"
        label={t(lang, 'environmentLabel')}
        value={settings.environment}
        options={[
          { value: 'global', label: `${t(lang, 'environmentGlobal')} · ${ENVIRONMENTS.global}` },
          {
            value: 'mainland',
            label: `${t(lang, 'environmentMainland')} · ${ENVIRONMENTS.mainland}`,
          },
        ]}
        onChange={(value) => change('environment', value)}
      />

      <SelectField
        name="endpoint"
        label={t(lang, 'endpointLabel')}
        value={settings.endpoint}
        options={[
          { value: 'fansProfile', label: t(lang, 'endpointFansProfile') },
          { value: 'kolFansPortrait', label: t(lang, 'endpointKolFansPortrait') },
        ]}
        onChange={(value) => change('endpoint', value)}
      />

      <label class="fanlens-check">
        <input
          type="checkbox"
          name="acceptCache"
          checked={settings.acceptCache}
          disabled={settings.endpoint !== 'kolFansPortrait'}
          onChange={(e) => change('acceptCache', e.currentTarget.checked)}
        />
        {t(lang, 'acceptCacheLabel')}
      </label>

      <SelectField
        name="overlayLoad"
        label={t(lang, 'overlayLoadLabel')}
        value={settings.overlayLoad}
        options={[
          { value: 'auto', label: t(lang, 'overlayLoadAuto') },
          { value: 'click', label: t(lang, 'overlayLoadClick') },
        ]}
        onChange={(value) => change('overlayLoad', value)}
      />

      <NumberField
        lang={lang}
        name="cacheHours"
        label={t(lang, 'cacheHoursLabel')}
        value={settings.cacheHours}
        {...CACHE_HOURS_RANGE}
        onSave={(value) => change('cacheHours', value)}
      />

      <NumberField
        lang={lang}
        name="timeoutSeconds"
        label={t(lang, 'timeoutLabel')}
        value={settings.timeoutSeconds}
        {...TIMEOUT_SECONDS_RANGE}
        onSave={(value) => change('timeoutSeconds', value)}
      />

      <div class="fanlens-row">
        <button type="button" data-action="clear-cache" onClick={clearCache}>
          {t(lang, 'clearCache')}
        </button>
      </div>
      <p class="fanlens-status" role="status">
        {status}
      </p>
    </form>
  );
}
