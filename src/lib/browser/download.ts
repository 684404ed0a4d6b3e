// Saves a file on the reader's device: a blob: URL followed as a download. Nothing is uploaded,
// and a download is no fetch, so the page's CSP (no blob: in connect-src) allows it.

/** Saves `content` (text of MIME type `type`, or a Blob) as the file `name`. */
export function saveFile(name: string, content: string | Blob, type = 'text/plain'): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
