import { useEffect, useRef, useState } from 'preact/hooks';
import { frenchDate } from '../../utils/directory/date.ts';
import type { DirectoryService, DirectoryStructure } from '../../utils/directory/types.ts';
import type { DirectoryStore } from '../../utils/storage/directory-store.ts';
import { M, number, say } from './messages.ts';
import { useDirectoryMeta } from './use-directory-meta.ts';
import './directory.css';

const LIMIT = 20;

/**
 * The support desk's search: by SIRET, SIREN or name, accent-insensitive, results as the desk types; a
 * structure's flags and services at a click, to answer a caller in seconds.
 */
export function DirectorySearch({ store, idPrefix = 'directory-search' }: { store: DirectoryStore; idPrefix?: string }) {
  const { meta } = useDirectoryMeta(store);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<DirectoryStructure[] | null>(null);
  const [chosen, setChosen] = useState<{ structure: DirectoryStructure; services: DirectoryService[] } | null>(null);
  const latest = useRef(0);
  const id = (name: string) => `${idPrefix}-${name}`;

  useEffect(() => {
    if (meta) void store.warmSearch().catch(() => {});
    setResults(null);
    setChosen(null);
  }, [meta?.database]);

  const search = async (text: string) => {
    setQuery(text);
    const ticket = ++latest.current;
    if (text.trim().length < 2) {
      setResults(null);
      return;
    }
    const found = await store.search(text, LIMIT).catch(() => []);
    // Only the answer to the last keystroke is shown.
    if (ticket === latest.current) setResults(found);
  };

  const choose = async (structure: DirectoryStructure) => {
    setChosen((await store.structure(structure.id).catch(() => null)) ?? { structure, services: [] });
  };

  if (meta === undefined) return null;
  return (
    <section class="ca-directory-search" aria-labelledby={id('title')} data-ca-directory-search="">
      <h2 id={id('title')}>{say(M.searchTitle)}</h2>
      {!meta ? (
        <p class="ca-notice" data-ca-directory-search-none="">
          {say(M.searchNone)}
        </p>
      ) : (
        <>
          <p class="ca-directory__muted">{say(M.directoryOf, { date: frenchDate(meta.date) })}</p>
          <form class="ca-directory__search-form" role="search" onSubmit={(event) => event.preventDefault()}>
            <label for={id('query')}>{say(M.searchLabel)}</label>
            <input
              id={id('query')}
              class="ca-input"
              type="search"
              autocomplete="off"
              spellcheck={false}
              data-ca-action="search-directory"
              aria-describedby={id('hint')}
              aria-controls={id('results')}
              value={query}
              onInput={(event) => void search(event.currentTarget.value)}
            />
            <span id={id('hint')} class="ca-directory__muted">
              {say(M.searchHint)}
            </span>
          </form>
          <p role="status" class="ca-visually-hidden">
            {results === null ? '' : results.length === 0 ? say(M.searchEmpty) : say(M.searchCount, { count: results.length })}
          </p>
          {results !== null && results.length === 0 && <p data-ca-directory-results="empty">{say(M.searchEmpty)}</p>}
          {results !== null && results.length > 0 && (
            <>
              <ul id={id('results')} class="ca-directory__results" data-ca-directory-results="">
                {results.map((structure) => (
                  <li key={structure.id}>
                    <button
                      type="button"
                      class="ca-directory__result"
                      data-ca-directory-result={structure.id}
                      aria-current={chosen?.structure.id === structure.id ? 'true' : undefined}
                      onClick={() => void choose(structure)}
                    >
                      <strong>{structure.name || structure.id}</strong>
                      {!structure.active && <span class="ca-directory__tag">{say(M.inactive)}</span>}
                      <br />
                      <span class="ca-directory__muted">
                        {structure.id}
                        {structure.postalCode || structure.city ? ` — ${[structure.postalCode, structure.city].filter(Boolean).join(' ')}` : ''}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
              {results.length === LIMIT && <p class="ca-directory__muted">{say(M.searchMore, { count: LIMIT })}</p>}
            </>
          )}
          {chosen && <StructureDetail structure={chosen.structure} services={chosen.services} idPrefix={idPrefix} />}
        </>
      )}
    </section>
  );
}

const yesNo = (value: boolean) => <span class={value ? 'ca-directory__flag--yes' : undefined}>{say(value ? M.yes : M.no)}</span>;

function StructureDetail({ structure, services, idPrefix }: { structure: DirectoryStructure; services: DirectoryService[]; idPrefix: string }) {
  const [filter, setFilter] = useState('');
  const folded = filter.trim().toLowerCase();
  const shown = folded ? services.filter((service) => `${service.code} ${service.name}`.toLowerCase().includes(folded)) : services;
  const address = [structure.address, [structure.postalCode, structure.city].filter(Boolean).join(' '), structure.country].filter(Boolean).join(', ');
  return (
    <article class="ca-directory__detail" data-ca-directory-structure={structure.id} aria-labelledby={`${idPrefix}-detail-title`}>
      <h3 id={`${idPrefix}-detail-title`}>
        {structure.name || structure.id}
        {!structure.active && <span class="ca-directory__tag">{say(M.inactive)}</span>}
      </h3>
      <dl class="ca-directory__facts">
        <dt>{say(M.identifier)}</dt>
        <dd>
          {structure.idType ? `${structure.idType} ` : ''}
          {structure.id}
        </dd>
        <dt>{say(M.structureActive)}</dt>
        <dd data-ca-directory-flag="active">{yesNo(structure.active)}</dd>
        <dt>{say(M.engagementRequired)}</dt>
        <dd data-ca-directory-flag="engagement">{yesNo(structure.engagementRequired)}</dd>
        <dt>{say(M.serviceRequired)}</dt>
        <dd data-ca-directory-flag="service">{yesNo(structure.serviceRequired)}</dd>
        <dt>{say(M.eitherRequired)}</dt>
        <dd data-ca-directory-flag="either">{yesNo(structure.engagementOrServiceRequired)}</dd>
        <dt>{say(M.paymentStatus)}</dt>
        <dd>{yesNo(structure.paymentStatusReported)}</dd>
        {address && (
          <>
            <dt>{say(M.address)}</dt>
            <dd>{address}</dd>
          </>
        )}
      </dl>
      <h4>{say(M.servicesOf, { count: number(services.length) })}</h4>
      {services.length === 0 ? (
        <p>{say(M.noServices)}</p>
      ) : (
        <>
          {services.length > 10 && (
            <p class="ca-directory__search-form">
              <label for={`${idPrefix}-filter`}>{say(M.filterServices)}</label>
              <input id={`${idPrefix}-filter`} class="ca-input" type="search" value={filter} onInput={(event) => setFilter(event.currentTarget.value)} />
            </p>
          )}
          <table class="ca-directory__table" data-ca-directory-services="">
            <thead>
              <tr>
                <th scope="col">{say(M.serviceCode)}</th>
                <th scope="col">{say(M.serviceName)}</th>
                <th scope="col">{say(M.serviceActive)}</th>
                <th scope="col">{say(M.serviceEngagement)}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((service) => (
                <tr key={service.code} data-ca-directory-service={service.code}>
                  <td>
                    <code>{service.code}</code>
                  </td>
                  <td>{service.name}</td>
                  <td>{yesNo(service.active)}</td>
                  <td>{yesNo(service.engagementRequired)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </article>
  );
}
