/** Saves text or a data URL as a file through a temporary link. */

/** Downloads `text` as a file named `name`. */
export function downloadText(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(name, url);
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Downloads a URL (object or data URL) as a file named `name`. */
export function downloadUrl(name: string, url: string): void {
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
}
