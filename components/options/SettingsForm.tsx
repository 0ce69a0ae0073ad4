import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/index.ts';
import type { Settings } from '../../utils/storage/settings.ts';
import type { OptionsStore } from './OptionsApp.tsx';

/** Autofill suggestions and the panel's side; each change is saved at once and said so. */
export function SettingsForm({ store }: { store: Pick<OptionsStore, 'loadSettings' | 'saveSettings'> }) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    store.loadSettings().then(setSettings, () => undefined);
  }, []);

  const update = async (patch: Partial<Settings>) => {
    setSettings(await store.saveSettings(patch));
    setSaved(true);
  };

  if (!settings) return null;
  return (
    <section aria-labelledby="settings-title" class="options-section">
      <h2 id="settings-title">{t('options_settings_title')}</h2>
      <p class="options-check">
        <input
          type="checkbox"
          id="setting-autofill"
          data-ca-setting="autofillSuggestions"
          checked={settings.autofillSuggestions}
          aria-describedby="setting-autofill-help"
          onChange={(event) => void update({ autofillSuggestions: event.currentTarget.checked })}
        />
        <label for="setting-autofill">{t('options_autofill_label')}</label>
      </p>
      <p id="setting-autofill-help" class="options-help">
        {t('options_autofill_help')}
      </p>
      <fieldset class="options-fieldset">
        <legend>{t('options_position_legend')}</legend>
        {(['right', 'left'] as const).map((side) => (
          <p class="options-check" key={side}>
            <input
              type="radio"
              name="panel-position"
              id={`setting-position-${side}`}
              value={side}
              data-ca-setting="panelPosition"
              checked={settings.panelPosition === side}
              onChange={() => void update({ panelPosition: side })}
            />
            <label for={`setting-position-${side}`}>{t(side === 'right' ? 'options_position_right' : 'options_position_left')}</label>
          </p>
        ))}
      </fieldset>
      <p class="options-select">
        <label for="setting-language">{t('options_language_label')}</label>
        <select
          id="setting-language"
          class="ca-input"
          data-ca-setting="language"
          value={settings.language}
          onChange={async (event) => {
            await update({ language: event.currentTarget.value as Settings['language'] });
            // The page's words were read at start: reload them in the new language.
            location.reload();
          }}
        >
          <option value="auto">{t('options_language_auto')}</option>
          <option value="fr">Français</option>
          <option value="en">English</option>
        </select>
      </p>
      <p role="status" class="options-status">
        {saved ? t('options_saved') : ''}
      </p>
    </section>
  );
}
