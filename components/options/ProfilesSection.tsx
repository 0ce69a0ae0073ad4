import { useEffect, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/index.ts';
import { BUILT_IN_PROFILES, type Profile } from '../../utils/rules/profiles.ts';
import { parseProfileFile } from '../../utils/rules/profile-file.ts';
import type { OptionsStore } from './OptionsApp.tsx';

const isBuiltIn = (profile: Profile) => BUILT_IN_PROFILES.some((builtIn) => builtIn.id === profile.id);

/** The public bodies the assistant knows: Saint-Étienne built in, others imported from a JSON file. */
export function ProfilesSection({ store }: { store: Pick<OptionsStore, 'loadProfiles' | 'importProfile' | 'removeProfile'> }) {
  const [profiles, setProfiles] = useState<Profile[] | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [status, setStatus] = useState('');

  const reload = async () => setProfiles(await store.loadProfiles());
  useEffect(() => {
    void reload();
  }, []);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setStatus('');
    // A profile is a few kilobytes; a large file is a wrong file.
    const parsed = file.size > 1024 * 1024 ? { ok: false as const, errors: [t('options_profile_too_large')] } : parseProfileFile(await file.text());
    if (!parsed.ok) {
      setErrors(parsed.errors);
      return;
    }
    setErrors([]);
    await store.importProfile(parsed.profile);
    await reload();
    setStatus(t('options_profile_imported', parsed.profile.name));
  };

  const remove = async (profile: Profile) => {
    await store.removeProfile(profile.id);
    await reload();
    setStatus(t('options_profile_removed', profile.name));
  };

  if (!profiles) return null;
  return (
    <section aria-labelledby="profiles-title" class="options-section">
      <h2 id="profiles-title">{t('options_profiles_title')}</h2>
      <p class="options-help">{t('options_profiles_help')}</p>
      <ul class="options-profiles" data-ca-profiles="list">
        {profiles.map((profile) => (
          <li key={profile.id} data-ca-profile={profile.id}>
            <span class="options-profile__name">{profile.name}</span>
            {profile.recipientSirets.length > 0 && <span class="options-profile__sirets"> — SIRET {profile.recipientSirets.join(', ')}</span>}
            {isBuiltIn(profile) ? (
              <span class="options-profile__tag"> {t('options_profile_builtin')}</span>
            ) : (
              <button
                type="button"
                class="ca-button ca-button--danger"
                data-ca-action="remove-profile"
                aria-label={t('options_profile_remove', profile.name)}
                onClick={() => void remove(profile)}
              >
                {t('options_delete')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p class="options-import">
        <label for="profile-file">{t('options_profile_import_label')}</label>
        <input
          id="profile-file"
          type="file"
          accept="application/json,.json"
          data-ca-action="import-profile"
          aria-describedby={errors.length ? 'profile-errors' : undefined}
          onChange={(event) => {
            void onFile(event.currentTarget.files?.[0]);
            event.currentTarget.value = '';
          }}
        />
      </p>
      {errors.length > 0 && (
        <div id="profile-errors" class="ca-notice ca-notice--error" role="alert" data-ca-profile-errors="">
          <p>{t('options_profile_invalid')}</p>
          <ul>
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      <p role="status" class="options-status">
        {status}
      </p>
    </section>
  );
}
