import type { FieldKey, PageKind } from '../model/fields.ts';
import { normalizeSpaces } from '../model/text.ts';
import type { AttachmentInfo, FormSnapshot } from '../rules/types.ts';
import { cssEscape, labelTextOf } from './dom.ts';
import type { FieldControl, LocatedField } from './locate.ts';
import { foldWords } from './words.ts';

/** What a person reads for a radio: its label's words ("OUI", "Facture"), else its value. */
export function radioCaption(radio: HTMLInputElement): string {
  const document = radio.ownerDocument;
  const byFor = radio.id ? document.querySelector(`label[for="${cssEscape(radio.id)}"]`) : null;
  const label = byFor ?? radio.closest('label');
  if (label) {
    const text = normalizeSpaces(labelTextOf(label));
    if (text) return text;
  }
  const next = radio.nextSibling;
  if (next?.nodeType === 3 && normalizeSpaces(next.nodeValue ?? '')) return normalizeSpaces(next.nodeValue ?? '');
  return radio.value;
}

function readControl(control: FieldControl): string {
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    const option = select.options[select.selectedIndex];
    return option ? normalizeSpaces(option.text) : '';
  }
  if (control.tagName === 'INPUT' && (control as HTMLInputElement).type === 'file') {
    const input = control as HTMLInputElement;
    const file = input.files?.[0];
    return file ? file.name : (input.value.split(/[\\/]/).pop() ?? '');
  }
  if (control.tagName === 'INPUT' && (control as HTMLInputElement).type === 'date') {
    // A date picker holds yyyy-mm-dd; a person reads (and the rules expect) dd/mm/yyyy.
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(control.value);
    return match ? `${match[3]}/${match[2]}/${match[1]}` : control.value;
  }
  return control.value;
}

/** The value of a field as a person sees it: a select's caption, a radio's words, a text as typed. */
export function readField(field: LocatedField): string {
  if (field.textElement && field.controls.length === 0) return normalizeSpaces(field.textElement.textContent ?? '');
  if (field.kind === 'radio' && field.controls[0]?.tagName === 'INPUT') {
    const checked = field.controls.find((control) => (control as HTMLInputElement).checked) as HTMLInputElement | undefined;
    return checked ? radioCaption(checked) : '';
  }
  const control = field.controls[0];
  return control ? readControl(control) : '';
}

/** The form as the rules see it: each located field's value, and which labels show a star. */
export function snapshotOf(page: PageKind, fields: readonly LocatedField[]): FormSnapshot {
  const values: Partial<Record<FieldKey, string>> = {};
  const starred: FieldKey[] = [];
  for (const field of fields) {
    values[field.key] = readField(field);
    if (field.starred) starred.push(field.key);
  }
  return { page, fields: values, ...(starred.length ? { starred } : {}) };
}

/**
 * Whether CPP's own recognition filled the field: the portal highlights those values in blue
 * ("les données reconnues automatiquement sont en surbrillance bleue"). A class naming it, or a bluish
 * background on the field or its select2 box.
 */
export function isRecognisedByCpp(field: LocatedField, window: Window): boolean {
  const elements = [field.visual, ...field.controls, field.controls[0]?.closest('.radios, .choix, .input-group') ?? null].filter(
    (element): element is Element => Boolean(element),
  );
  return elements.some((element) => {
    if (/reconn|surbrillance|highlight|auto-?fill|prerempli/i.test(element.getAttribute('class') ?? '')) return true;
    const background = window.getComputedStyle(element).backgroundColor;
    return isBluish(background);
  });
}

/** A light blue background (CPP's highlight), not white, grey or the assistant's own marks. */
export function isBluish(color: string): boolean {
  const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(color);
  if (!match) return false;
  const [red, green, blue, alpha] = [Number(match[1]), Number(match[2]), Number(match[3]), match[4] === undefined ? 1 : Number(match[4])];
  return alpha > 0.2 && blue > 150 && blue - red >= 25 && blue >= green;
}

/** The header of the attachments table's column that holds each file's name (« Nom du fichier ↑↓ »). */
const FILE_NAME_HEADER = 'nom du fichier';
/** How far up from the file input the attachments table is looked for (its block). */
const MAX_TABLE_DISTANCE = 8;

/** The files chosen right now in the « Ajouter des pièces jointes » input: names and sizes, never their content. */
export function chosenAttachments(field: LocatedField): AttachmentInfo[] {
  const input = field.controls[0];
  if (input?.tagName !== 'INPUT' || (input as HTMLInputElement).type !== 'file') return [];
  return [...((input as HTMLInputElement).files ?? [])].map((file) => ({ name: file.name, sizeBytes: file.size }));
}

/**
 * The names listed in the attachments table of the input's block (one row per file added: Type, Désignation,
 * Nom du fichier): the cells under « Nom du fichier ». The table may list files added earlier, whose input is
 * emptied since.
 */
export function listedAttachmentNames(field: LocatedField): string[] {
  let block: Element | null = field.controls[0] ?? null;
  for (let step = 0; block && step < MAX_TABLE_DISTANCE; step++, block = block.parentElement) {
    for (const table of block.querySelectorAll('table')) {
      const header = [...table.querySelectorAll('tr')].find((row) => row.querySelector('th'));
      const column = header ? [...header.children].findIndex((cell) => foldWords(labelTextOf(cell)).startsWith(FILE_NAME_HEADER)) : -1;
      if (column < 0) continue;
      return [...table.querySelectorAll('tr')]
        .filter((row) => row !== header && !row.querySelector('th'))
        .map((row) => normalizeSpaces(row.children[column]?.textContent ?? ''))
        .filter((name) => name !== '');
    }
  }
  return [];
}
