import { useRef, useState } from 'preact/hooks';
import { frenchDate } from '../../utils/directory/date.ts';
import type { DirectoryMeta } from '../../utils/storage/directory.ts';
import type { ImportOutcome, ImportProgress, RunningImport } from '../../utils/storage/directory-import.ts';
import type { DirectoryStore } from '../../utils/storage/directory-store.ts';
import { M, number, say } from './messages.ts';
import { useDirectoryMeta } from './use-directory-meta.ts';
import './directory.css';

/** A directory older than this is worth replacing (Chorus Pro publishes one every week). */
const OLD_AFTER_DAYS = 21;

const PHASES: Record<string, (typeof M)[keyof typeof M]> = {
  strings: M.phaseStrings,
  structures: M.phaseStructures,
  services: M.phaseServices,
  saving: M.phaseSaving,
};

function failureText(outcome: Extract<ImportOutcome, { ok: false }>): string {
  switch (outcome.code) {
    case 'busy':
      return say(M.busy);
    case 'timeout':
      return say(M.timeout);
    case 'quota':
      return say(M.quota);
    case 'cancelled':
      return say(M.cancelled);
    case 'unexpected':
      return say(M.unexpected, { detail: outcome.message || '?' });
    default:
      // The reader's own French message (not the directory, a missing column, not an .xlsx…).
      return outcome.message;
  }
}

export function dateText(meta: DirectoryMeta): string {
  if (meta.dateSource === 'import') return say(M.dateFromImport, { date: frenchDate(meta.importedAt.slice(0, 10)) });
  return say(meta.dateSource === 'file-name' ? M.dateFromName : M.dateFromProperties, { date: frenchDate(meta.date) });
}

export interface DirectoryImportProps {
  /** Where the directory is kept, read and imported (the entry point's). */
  store: DirectoryStore;
  /** Heading level of the section's title (2 on the settings page, 3 inside the guide's section). */
  level?: 2 | 3;
  idPrefix?: string;
}

/**
 * Importing the Chorus Pro directory from the file the user downloaded: read in a worker with a progress bar,
 * kept in IndexedDB; its date, counts and « Supprimer l'annuaire ». A wrong file changes nothing.
 */
export function DirectoryImport({ store, level = 2, idPrefix = 'directory' }: DirectoryImportProps) {
  const { meta, reload } = useDirectoryMeta(store);
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const running = useRef<RunningImport | null>(null);
  const Heading = level === 2 ? 'h2' : 'h3';
  const id = (name: string) => `${idPrefix}-${name}`;

  const onFile = async (file: File | undefined) => {
    if (!file || running.current) return;
    setError('');
    setStatus('');
    setProgress({ phase: 'strings', done: 0, total: file.size });
    const started = store.startImport(file, setProgress);
    running.current = started;
    const outcome = await started.result;
    running.current = null;
    setProgress(null);
    if (outcome.ok) {
      await reload();
      setStatus(say(M.imported, { date: frenchDate(outcome.meta.date), structures: number(outcome.meta.counts.structures), services: number(outcome.meta.counts.services) }));
    } else {
      if (outcome.code === 'timeout' || outcome.code === 'cancelled') void store.cleanUpStoppedImport();
      setError(failureText(outcome));
    }
  };

  const remove = async () => {
    setError('');
    await store.remove();
    await reload();
    setStatus(say(M.deleted));
  };

  if (meta === undefined) return null;
  const percent = progress && progress.total > 0 ? Math.min(100, Math.floor((progress.done / progress.total) * 100)) : 0;
  const ageDays = meta ? Math.floor((Date.now() - Date.parse(meta.date)) / 86_400_000) : 0;

  return (
    <section class="options-section ca-directory" aria-labelledby={id('title')} data-ca-directory={meta ? 'imported' : 'none'}>
      <Heading id={id('title')}>{say(M.title)}</Heading>
      {meta ? (
        <>
          <dl class="ca-directory__facts" data-ca-directory-facts="">
            <dt>{say(M.date)}</dt>
            <dd data-ca-directory-date={meta.date}>{dateText(meta)}</dd>
            <dt>{say(M.structures)}</dt>
            <dd data-ca-directory-structures={meta.counts.structures}>{say(M.structuresValue, { count: number(meta.counts.structures), active: number(meta.counts.activeStructures) })}</dd>
            <dt>{say(M.services)}</dt>
            <dd data-ca-directory-services={meta.counts.services}>{say(M.servicesValue, { count: number(meta.counts.services), active: number(meta.counts.activeServices) })}</dd>
            <dt>{say(M.requiring)}</dt>
            <dd>
              {number(meta.counts.engagementRequired)} / {number(meta.counts.serviceRequired)}
            </dd>
            <dt>{say(M.importedAt)}</dt>
            <dd>{new Date(meta.importedAt).toLocaleString('fr-FR', { dateStyle: 'short', timeStyle: 'short' })}</dd>
            <dt>{say(M.file)}</dt>
            <dd>{meta.fileName}</dd>
          </dl>
          {ageDays > OLD_AFTER_DAYS && <p class="ca-notice">{say(M.old, { days: OLD_AFTER_DAYS })}</p>}
          {meta.problems.length > 0 && (
            <details class="ca-directory__problems">
              <summary>{say(M.problems, { count: meta.problems.reduce((sum, problem) => sum + problem.count, 0) })}</summary>
              <ul>
                {meta.problems.map((problem) => (
                  <li key={problem.code}>
                    {problem.message} ({number(problem.count)}) — {problem.examples.join(' ; ')}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      ) : (
        <div class="ca-directory__about" data-ca-directory-about="">
          <p>
            <strong>{say(M.none)}</strong> {say(M.whatFor)}
          </p>
          <ul>
            <li>{say(M.whatFor1)}</li>
            <li>{say(M.whatFor2)}</li>
            <li>{say(M.whatFor3)}</li>
          </ul>
        </div>
      )}
      <p class="ca-directory__help">{say(M.whereFrom)}</p>
      <p class="ca-directory__import">
        <label for={id('file')}>{say(meta ? M.replaceLabel : M.importLabel)}</label>
        <input
          id={id('file')}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-ca-action="import-directory"
          disabled={progress !== null}
          aria-describedby={error ? id('error') : undefined}
          onChange={(event) => {
            void onFile(event.currentTarget.files?.[0]);
            event.currentTarget.value = '';
          }}
        />
      </p>
      {progress && (
        <div class="ca-directory__progress">
          <label for={id('progress')}>{say(M.progressLabel)}</label>
          <progress id={id('progress')} max={100} value={percent} data-ca-directory-progress="" />
          <button type="button" class="ca-button" data-ca-action="cancel-directory-import" onClick={() => running.current?.cancel()}>
            {say(M.cancel)}
          </button>
        </div>
      )}
      <p role="status" aria-live="polite" class="ca-directory__status" data-ca-directory-status="">
        {progress ? say(PHASES[progress.phase] ?? M.phaseOther, { percent }) : status}
      </p>
      {error && (
        <div id={id('error')} class="ca-notice ca-notice--error" role="alert" data-ca-directory-error="">
          <p>{error}</p>
          {meta && <p>{say(M.keptPrevious)}</p>}
        </div>
      )}
      {meta && !progress && (
        <p>
          <button type="button" class="ca-button ca-button--danger" data-ca-action="delete-directory" onClick={() => void remove()}>
            {say(M.delete)}
          </button>
        </p>
      )}
    </section>
  );
}
