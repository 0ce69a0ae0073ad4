import { foldForCompare, normalizeSpaces } from '../model/text.ts';
import { radioCaption } from './read.ts';
import type { FieldControl, LocatedField } from './locate.ts';

/** Tells the page's own scripts (jQuery's handlers included) that the value changed, as typing would. */
function announce(control: FieldControl): void {
  const window = control.ownerDocument.defaultView;
  if (!window) return;
  control.dispatchEvent(new window.Event('input', { bubbles: true }));
  control.dispatchEvent(new window.Event('change', { bubbles: true }));
}

/** Sets the value through the element's own setter, so that frameworks tracking the value see a real change. */
function setNativeValue(control: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  const window = control.ownerDocument.defaultView;
  const prototype = control.tagName === 'TEXTAREA' ? window?.HTMLTextAreaElement.prototype : window?.HTMLInputElement.prototype;
  const setter = prototype ? Object.getOwnPropertyDescriptor(prototype, 'value')?.set : undefined;
  if (setter) setter.call(control, value);
  else control.value = value;
}

const codeOf = (text: string) => /^\s*([A-Z0-9_]+)\s*(?:[:\-–]|$)/i.exec(text)?.[1]?.toUpperCase();

/**
 * The option a value names: its code ("A1", "EUR", "VIREMENT"), its caption, or the start of its caption
 * ("A1" → "A1: Dépôt par un fournisseur d'une facture", never "A12: …"). Empty value → the empty option.
 */
export function findOption(select: HTMLSelectElement, value: string): HTMLOptionElement | undefined {
  const options = [...select.options];
  const wanted = foldForCompare(value);
  if (wanted === '') return options.find((option) => option.value === '') ?? options[0];
  return (
    options.find((option) => foldForCompare(option.value) === wanted) ??
    options.find((option) => foldForCompare(option.text) === wanted) ??
    options.find((option) => codeOf(option.text)?.toLowerCase() === wanted) ??
    options.find((option) => {
      const caption = foldForCompare(option.text);
      return caption.startsWith(wanted) && !/[0-9a-z]/.test(caption.charAt(wanted.length));
    })
  );
}

/** After a select2-wrapped select changed, its combobox shows the new caption even if the page's select2 did not react. */
function refreshSelect2Caption(select: HTMLSelectElement): void {
  const rendered = select.ownerDocument.getElementById(`select2-${select.id}-container`) ??
    select.nextElementSibling?.querySelector('.select2-selection__rendered');
  if (!rendered) return;
  const caption = normalizeSpaces(select.options[select.selectedIndex]?.text ?? '');
  if (normalizeSpaces(rendered.textContent ?? '') !== caption) {
    rendered.textContent = caption;
    rendered.setAttribute('title', caption);
  }
}

/**
 * Writes a value into a portal field the way a person would: the value (a select's option, a radio's choice),
 * then bubbling `input` and `change`, so that the portal's own scripts see it. Returns false when the value
 * cannot be written (no such option, read-only field).
 */
export function writeField(field: LocatedField, value: string): boolean {
  if (field.kind === 'readonly' || field.kind === 'file') return false;
  if (field.kind === 'radio' && field.controls[0]?.tagName === 'INPUT') {
    const wanted = foldForCompare(value);
    const radio = (field.controls as HTMLInputElement[]).find(
      (each) => foldForCompare(radioCaption(each)) === wanted || foldForCompare(each.value) === wanted,
    );
    if (!radio) return false;
    radio.click(); // a click checks it and fires the events the portal listens to, exactly as a person's click
    if (!radio.checked) {
      radio.checked = true;
      announce(radio);
    }
    return true;
  }
  const control = field.controls[0];
  if (!control || control.disabled) return false;
  if (control.tagName === 'SELECT') {
    const select = control as HTMLSelectElement;
    const option = findOption(select, value);
    if (!option) return false;
    select.value = option.value;
    option.selected = true;
    announce(select);
    refreshSelect2Caption(select);
    return true;
  }
  if ((control as HTMLInputElement).readOnly) return false;
  const date = (control as HTMLInputElement).type === 'date' ? /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(value.trim()) : null;
  setNativeValue(control as HTMLInputElement, date ? `${date[3]}-${date[2]}-${date[1]}` : value);
  announce(control);
  return true;
}
