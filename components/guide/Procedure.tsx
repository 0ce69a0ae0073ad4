import { useMemo, useState } from 'preact/hooks';
import { t } from '../../utils/i18n/index.ts';
import { ALL_STEP_IDS, filterProcedure } from '../../utils/guide/procedure.ts';

/**
 * The city's procedure as a checklist the desk ticks during a call. Ticks live in memory only (a call is short;
 * "Nouvel appel" starts again), and the search filters the steps as the staff types.
 */
export function Procedure() {
  const [query, setQuery] = useState('');
  const [done, setDone] = useState<ReadonlySet<string>>(new Set());
  const sections = useMemo(() => filterProcedure(query), [query]);
  const shown = sections.reduce((count, section) => count + section.steps.length, 0);

  const toggle = (id: string, checked: boolean) => {
    const next = new Set(done);
    if (checked) next.add(id);
    else next.delete(id);
    setDone(next);
  };

  return (
    <section class="guide-procedure" aria-labelledby="procedure-title">
      <h2 id="procedure-title" tabIndex={-1}>{t('guide_procedure_title')}</h2>
      <div class="guide-procedure__tools ca-no-print">
        <label for="procedure-search">{t('guide_search_label')}</label>
        <input
          id="procedure-search"
          class="ca-input"
          type="search"
          data-ca-action="search-procedure"
          value={query}
          placeholder={t('guide_search_placeholder')}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <p class="guide-procedure__count" role="status" aria-live="polite">
          {query.trim() === '' ? t('guide_progress', done.size, ALL_STEP_IDS.length) : shown === 0 ? t('guide_search_none') : t('guide_search_count', shown)}
        </p>
      </div>
      {sections.map((section) => (
        <section class="guide-section" key={section.id} data-ca-section={section.id} aria-labelledby={`section-${section.id}`}>
          <h3 id={`section-${section.id}`}>{t(section.title)}</h3>
          <ul class="guide-steps">
            {section.steps.map((step) => (
              <li class={`guide-step${step.citySpecific ? ' guide-step--city' : ''}`} key={step.id} data-ca-step={step.id}>
                <input
                  type="checkbox"
                  id={`step-${step.id}`}
                  checked={done.has(step.id)}
                  aria-describedby={`step-${step.id}-detail`}
                  onChange={(event) => toggle(step.id, event.currentTarget.checked)}
                />
                <div class="guide-step__text">
                  <label for={`step-${step.id}`} class="guide-step__title">
                    {t(step.title)}
                    {step.citySpecific && <span class="guide-step__tag">{t('guide_city_tag')}</span>}
                  </label>
                  <p id={`step-${step.id}-detail`} class="guide-step__detail">
                    {t(step.detail)}
                  </p>
                </div>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
