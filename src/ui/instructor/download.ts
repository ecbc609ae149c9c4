/** Browser helpers for files and the clipboard: reading a dropped file, copying text (downloads: ../download.ts). */

/** Copies text to the clipboard; resolves to whether it worked. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    area.remove();
    return copied;
  }
}

/** Reads a file's text if it is at most maxBytes; refuses larger ones before reading a byte. */
export async function readFileText(
  file: File,
  maxBytes: number,
): Promise<{ ok: true; value: string } | { ok: false; error: string }> {
  if (file.size > maxBytes)
    return {
      ok: false,
      error: `${file.name} is too large (${Math.ceil(file.size / 1024)} KB): at most ${Math.round(maxBytes / 1024)} KB.`,
    };
  try {
    return { ok: true, value: await file.text() };
  } catch {
    return { ok: false, error: `${file.name} could not be read.` };
  }
}
