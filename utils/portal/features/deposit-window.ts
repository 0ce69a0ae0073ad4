import type { DepositFileInfo } from '../../rules/types.ts';
import type { PortalFeature, PortalSession } from '../session.ts';

/** Files above this are refused by CPP anyway: their bytes are not scanned. */
const SCAN_LIMIT = 10 * 1024 * 1024;
const CHUNK = 1024 * 1024;
const OVERLAP = 16;

const latin1 = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);
const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * What can be told cheaply about the file chosen in "Choix du fichier à importer", without sending it anywhere:
 * its name and size, whether it starts like a PDF, whether it is password-protected (`/Encrypt`), and whether it
 * has fonts at all (no `/Font` and no compressed objects: images only, CPP will read nothing). The bytes are
 * scanned in slices so that the page never freezes.
 */
export async function inspectDepositFile(file: Blob & { name: string }): Promise<DepositFileInfo> {
  const info: DepositFileInfo = { name: file.name, sizeBytes: file.size };
  const head = latin1(new Uint8Array(await file.slice(0, 1024).arrayBuffer()));
  info.isPdf = head.includes('%PDF-');
  if (!info.isPdf || file.size > SCAN_LIMIT) return info;
  let encrypted = false;
  let fonts = false;
  let objectStreams = false;
  for (let offset = 0; offset < file.size; offset += CHUNK) {
    const text = latin1(new Uint8Array(await file.slice(Math.max(0, offset - OVERLAP), offset + CHUNK).arrayBuffer()));
    encrypted ||= /\/Encrypt\b/.test(text);
    fonts ||= /\/Font\b/.test(text);
    objectStreams ||= /\/ObjStm\b/.test(text);
    await pause();
  }
  info.encrypted = encrypted;
  if (fonts) info.hasTextLayer = true;
  else if (!objectStreams && !encrypted) info.hasTextLayer = false;
  return info;
}

/**
 * Calls `onChosen` each time a file is chosen (or cleared, with null) in the deposit window's "Choix du fichier
 * à importer", until `signal` aborts. `isStillChosen` tells a late answer about a file the user already replaced.
 */
export function onDepositFileChosen(
  session: PortalSession,
  signal: AbortSignal,
  onChosen: (file: File | null, isStillChosen: () => boolean) => void,
): void {
  session.document.addEventListener(
    'change',
    (event) => {
      const input = event.target as HTMLInputElement | null;
      if (input?.tagName !== 'INPUT' || input.type !== 'file' || session.fieldFor(input)?.key !== 'depositFile') return;
      const file = input.files?.[0] ?? null;
      onChosen(file, () => !signal.aborted && input.files?.[0] === file);
    },
    { capture: true, signal },
  );
}

/** The deposit window: the chosen file is inspected locally and checked with the window's other fields. */
export function depositWindowFeature(): PortalFeature {
  const inspected = new WeakMap<object, DepositFileInfo>();
  let current: DepositFileInfo | undefined;
  return {
    id: 'deposit-window',
    pages: ['depot'],
    start(session, signal) {
      current = undefined;
      onDepositFileChosen(session, signal, (file, isStillChosen) => {
        current = file ? { name: file.name, sizeBytes: file.size } : undefined;
        if (!file) return;
        const known = inspected.get(file);
        if (known) {
          current = known;
          return;
        }
        inspectDepositFile(file)
          .then((info) => {
            inspected.set(file, info);
            if (!isStillChosen()) return;
            current = info;
            session.check();
          })
          .catch(() => {
            // The file could not be read (removed, permissions): its name and size are still checked.
          });
      });
    },
    prepare(input) {
      if (!current || input.snapshot.fields.depositFile !== current.name) return input;
      return { ...input, snapshot: { ...input.snapshot, depositFile: current } };
    },
  };
}
