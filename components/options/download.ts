/**
 * Saves text as a file through the browser's own download (a Blob URL): nothing leaves the machine.
 * A byte-order mark first, so that a French spreadsheet reads the accents of a CSV right.
 */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob(['\ufeff', text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Long enough for the download to start; the URL is useless afterwards.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
